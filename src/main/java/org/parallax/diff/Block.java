package org.parallax.diff;

/**
 * A run of tokens {@code [leftFrom, leftTo)} of the left text and {@code [rightFrom, rightTo)} of the
 * right text that are either equal or changed as a whole.
 */
record Block(boolean equal, int leftFrom, int leftTo, int rightFrom, int rightTo) {

    Block {
        if (leftFrom > leftTo || rightFrom > rightTo) {
            throw new IllegalArgumentException("negative block");
        }
    }

    boolean isEmpty() {
        return leftFrom == leftTo && rightFrom == rightTo;
    }

    /** This block and {@code next}, which follows it directly, as one change. */
    Block changeThrough(Block next) {
        return new Block(false, leftFrom, next.leftTo, rightFrom, next.rightTo);
    }
}
