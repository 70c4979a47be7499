package org.parallax.model;


import java.util.Objects;

/** A run of original text with its diff operation. Immutable. */
public record DiffSegment(DiffOp op, String text) {
    public DiffSegment {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
    }
}
