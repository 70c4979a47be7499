package org.parallax.model;


import java.util.Objects;

/**
 * A diff segment with the original text of both sides. Immutable. An {@link DiffOp#EQUAL} segment
 * carries both spellings (they may differ in normalisation only); a {@link DiffOp#DELETE} has an
 * empty {@code right}, an {@link DiffOp#INSERT} an empty {@code left}.
 */
public record AlignedSegment(DiffOp op, String left, String right) {

    public AlignedSegment {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (op == DiffOp.DELETE && !right.isEmpty() || op == DiffOp.INSERT && !left.isEmpty()) {
            throw new IllegalArgumentException(op + " segment with text on the wrong side");
        }
    }

    /** The segment as displayed: the left text, except for an insertion. */
    public DiffSegment toSegment() {
        return new DiffSegment(op, op == DiffOp.INSERT ? right : left);
    }
}
