package org.parallax.normalise;

import java.util.Arrays;
import java.util.Objects;

/**
 * The comparison form of a text, with a map back to the characters of the original. Immutable.
 *
 * <p>{@code normal} is what later stages compare: quotes, dashes, spacing, case and spelling
 * variants folded. {@code origin[i]} is the index in {@code original} of the character that produced
 * {@code normal.charAt(i)}; {@code origin[normal.length()]} is {@code original.length()}. A span
 * {@code [s, e)} of the normal form maps to {@code [originalStart(s), originalEnd(e))} of the original.
 */
public record NormalForm(String original, String normal, int[] origin) {

    public NormalForm {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(normal, "normal");
        if (origin.length != normal.length() + 1) {
            throw new IllegalArgumentException("origin map must have one entry per normal character plus one");
        }
        origin = origin.clone();
    }

    /** Index in the original text where the normal character at {@code normalIndex} comes from. */
    public int originalStart(int normalIndex) {
        return origin[normalIndex];
    }

    /**
     * Exclusive end in the original text of a normal-form span ending at {@code normalEnd}: the
     * original code point that produced {@code normal[normalEnd - 1]} is included together with the
     * combining marks and invisible characters that follow it, trailing white space is not.
     */
    public int originalEnd(int normalEnd) {
        if (normalEnd == 0) {
            return origin[0];
        }
        int last = origin[normalEnd - 1];
        int end = last + Character.charCount(original.codePointAt(last));
        while (end < original.length() && NfkcFolder.extendsChunk(original.codePointAt(end))) {
            end += Character.charCount(original.codePointAt(end));
        }
        return end;
    }

    /** The normal form with every space removed: equal for "groß angelegt" and "großangelegt". */
    public String compact() {
        return normal.replace(" ", "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalForm other && original.equals(other.original) && normal.equals(other.normal)
                && Arrays.equals(origin, other.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, normal, Arrays.hashCode(origin));
    }

    @Override
    public String toString() {
        return "NormalForm[" + normal + "]";
    }
}
