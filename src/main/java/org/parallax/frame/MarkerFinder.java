package org.parallax.frame;

import org.parallax.model.FramingMarker;

import java.util.List;

/** Finds framing markers of some kinds in one sentence. Implementations are immutable and thread-safe. */
interface MarkerFinder {
    /** Candidate markers with offsets into {@code sentence}, in any order; overlaps are allowed. */
    List<FramingMarker> find(String sentence);
}
