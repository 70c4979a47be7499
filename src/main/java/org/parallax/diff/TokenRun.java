package org.parallax.diff;

/**
 * A run of tokens {@code [leftFrom, leftTo)} of the left text and {@code [rightFrom, rightTo)} of the
 * right text that are either equal or changed as a whole.
 */
record TokenRun(boolean equal, int leftFrom, int leftTo, int rightFrom, int rightTo) {

    TokenRun {
        if (leftFrom > leftTo || rightFrom > rightTo) {
            throw new IllegalArgumentException("negative token run");
        }
    }

    boolean isEmpty() {
        return leftFrom == leftTo && rightFrom == rightTo;
    }

    /** This run and {@code next}, which follows it directly, as one change. */
    TokenRun changeThrough(TokenRun next) {
        return new TokenRun(false, leftFrom, next.leftTo, rightFrom, next.rightTo);
    }
}
