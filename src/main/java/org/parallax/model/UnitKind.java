package org.parallax.model;


/** How the two sides of an alignment unit relate; {@link #id()} is the contract's JSON value. */
public enum UnitKind {
    /** Equal after comparison normalisation. */
    IDENTICAL("identical"),
    /** Tells the same thing in other words, or with additions or omissions. */
    MODIFIED("modified"),
    /** Present in the left article only. */
    LEFT_ONLY("left-only"),
    /** Present in the right article only. */
    RIGHT_ONLY("right-only");

    private final String id;

    UnitKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
