package org.parallax.model;


import java.util.List;
import java.util.Objects;

/**
 * A run of consecutive sentences of the left article aligned with a run of the right article (either
 * side may be empty). Immutable.
 *
 * @param left  sentence indices of the left article, ascending
 * @param right sentence indices of the right article, ascending
 * @param kind  identical, modified, left-only or right-only
 * @param moved true when the unit stands in another order in the two articles
 * @param score confidence in [0, 1]
 */
public record AlignmentUnit(List<Integer> left, List<Integer> right, UnitKind kind, boolean moved, double score) {
    public AlignmentUnit {
        left = List.copyOf(left);
        right = List.copyOf(right);
        Objects.requireNonNull(kind, "kind");
        if (left.isEmpty() && right.isEmpty()) {
            throw new IllegalArgumentException("a unit needs at least one sentence");
        }
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
    }
}
