package org.parallax.model;

import java.util.Locale;

/** One side of a pair of articles: the left one (the pivot, in the pivot's pairs) or the right one. */
public enum Side {
    LEFT,
    RIGHT;

    /** The name in the JSON report: "left" or "right". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
