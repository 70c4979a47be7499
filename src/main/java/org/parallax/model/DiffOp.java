package org.parallax.model;


/** One operation of a word diff; {@link #id()} is the contract's JSON value. */
public enum DiffOp {
    EQUAL("equal"), DELETE("delete"), INSERT("insert");

    private final String id;

    DiffOp(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
