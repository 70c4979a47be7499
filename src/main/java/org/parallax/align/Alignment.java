package org.parallax.align;

import org.parallax.model.AlignmentUnit;

import java.util.List;

/**
 * The alignment of two articles: units in the left article's order (right-only units placed where
 * they fit best), and a similarity of the whole pair in [0, 1]. Immutable.
 */
public record Alignment(List<AlignmentUnit> units, double similarity) {
    public Alignment {
        units = List.copyOf(units);
    }
}
