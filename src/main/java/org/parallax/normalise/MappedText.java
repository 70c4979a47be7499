package org.parallax.normalise;

import java.util.Arrays;

/**
 * A growing text whose every UTF-16 unit remembers the index of the original code point it came
 * from. Mutable, confined to one normalisation call.
 */
final class MappedText {

    private final StringBuilder text;
    private int[] origin;

    MappedText(int capacity) {
        text = new StringBuilder(capacity);
        origin = new int[capacity + 1];
    }

    void append(char c, int from) {
        int n = text.length();
        if (n + 1 >= origin.length) {
            origin = Arrays.copyOf(origin, Math.max(n + 2, origin.length * 2));
        }
        text.append(c);
        origin[n] = from;
    }

    void appendCodePoint(int cp, int from) {
        if (Character.isBmpCodePoint(cp)) {
            append((char) cp, from);
        } else {
            append(Character.highSurrogate(cp), from);
            append(Character.lowSurrogate(cp), from);
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    String text() {
        return text.toString();
    }

    /** Origin of unit {@code i}; {@code i == length()} is not defined here, see {@link #originMap}. */
    int originAt(int i) {
        return origin[i];
    }

    /** The origin map with its closing entry {@code end} (one past the last original character). */
    int[] originMap(int end) {
        int[] exact = Arrays.copyOf(origin, text.length() + 1);
        exact[text.length()] = end;
        return exact;
    }
}
