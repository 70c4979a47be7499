package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * The comparison of two articles: their ids, the similarity of the pair, every unit in the left
 * article's order, and what each article has over its whole text that the other lacks. Immutable.
 *
 * @param contrast actors, hedges and sources only one side has anywhere, type by type (hedge, actor,
 *                 attribution); in each type the left side's in text order, then the right side's
 */
public record PairComparison(String left, String right, double similarity, List<UnitComparison> units,
        List<ArticleContrast> contrast) {
    public PairComparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        units = List.copyOf(units);
        contrast = List.copyOf(contrast);
    }

    /** A pair without whole-article contrast. */
    public PairComparison(String left, String right, double similarity, List<UnitComparison> units) {
        this(left, right, similarity, units, List.of());
    }
}
