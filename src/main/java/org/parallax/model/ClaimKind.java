package org.parallax.model;

/** How one article tells a claim; {@link #id()} is the value used in CSS classes and the claim table. */
public enum ClaimKind {
    /** The article does not carry the claim. */
    OMITTED("omitted"),
    /** No other outlet carries the claim. */
    UNIQUE("unique"),
    /** The article's wording equals another outlet's after comparison normalisation. */
    SHARED("shared"),
    /** Other outlets carry the claim in other words. */
    REWORDED("reworded");

    private final String id;

    ClaimKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
