package org.parallax.model;


import java.util.List;
import java.util.Objects;

/**
 * One aligned unit of a pair with its word diff and framing differences. Immutable.
 *
 * @param anchor  stable id of the unit inside its pair's section of the report ("u12")
 * @param unit    which sentences of each side, kind, moved flag and score
 * @param diff    word diff of the left side's text against the right side's, with both sides' original
 *                spelling of equal runs (empty for one-sided units)
 * @param framing framing differences between the two sides, most telling first
 */
public record UnitComparison(String anchor, AlignmentUnit unit, List<AlignedSegment> diff,
        List<FramingDifference> framing) {
    public UnitComparison {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(unit, "unit");
        diff = List.copyOf(diff);
        framing = List.copyOf(framing);
    }
}
