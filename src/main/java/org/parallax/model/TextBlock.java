package org.parallax.model;


import java.util.Objects;

/**
 * One block of article text: a headline, a sub-heading, a paragraph or a list item, with hard-wrapped
 * lines already joined. Immutable.
 */
public record TextBlock(BlockKind kind, String text) {
    public TextBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
