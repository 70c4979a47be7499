package org.parallax.model;

import java.util.Objects;

/**
 * Something one article of a pair has anywhere in its text and the other has nowhere: an actor it
 * names, a hedge or statement of certainty, a source it cites. Immutable.
 *
 * @param type     {@link MarkerType#ACTOR}, {@link MarkerType#HEDGE} or {@link MarkerType#ATTRIBUTION}
 * @param side     the article that has it
 * @param text     its words where that article first has it
 * @param sentence index of that sentence in that article
 * @param unit     anchor of the pair's unit that holds that sentence ("u12")
 */
public record ArticleContrast(MarkerType type, Side side, String text, int sentence, String unit) {
    public ArticleContrast {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unit, "unit");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must not be negative: " + sentence);
        }
    }
}
