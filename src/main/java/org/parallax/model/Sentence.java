package org.parallax.model;


import java.util.Objects;

/**
 * One sentence of an article. Immutable.
 *
 * @param index  position of the sentence in the article, from 0
 * @param block  index of the block it belongs to
 * @param text   original text, for display
 * @param normal comparison form (see {@code org.parallax.normalise.TextNormaliser})
 */
public record Sentence(int index, int block, String text, String normal) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normal, "normal");
    }
}
