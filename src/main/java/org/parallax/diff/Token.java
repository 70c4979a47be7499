package org.parallax.diff;

/**
 * A word, number or punctuation mark of a text. {@code text} is the original text with the white
 * space (and anything else the normal form dropped) that follows it; {@code key} is its comparison
 * form.
 */
record Token(String text, String key) {
}
