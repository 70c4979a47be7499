package org.parallax.model;


import java.util.List;
import java.util.Objects;

/**
 * The comparison of two articles: their ids, the similarity of the pair and every unit, in the left
 * article's order. Immutable.
 */
public record PairComparison(String left, String right, double similarity, List<UnitComparison> units) {
    public PairComparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        units = List.copyOf(units);
    }
}
