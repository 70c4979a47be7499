package org.parallax.normalise;

import java.util.Arrays;

/**
 * A growing text whose every UTF-16 unit remembers the index of the original code point it came
 * from. Mutable, confined to one normalisation call.
 */
final class MappedText {

    private char[] text;
    private int[] origin;
    private int length;

    MappedText(int capacity) {
        text = new char[capacity];
        origin = new int[capacity + 1];
    }

    void append(char c, int from) {
        if (length + 1 >= origin.length) {
            int size = Math.max(length + 2, origin.length * 2);
            origin = Arrays.copyOf(origin, size);
            text = Arrays.copyOf(text, size);
        }
        text[length] = c;
        origin[length] = from;
        length++;
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
        return length;
    }

    char charAt(int i) {
        return text[i];
    }

    String text() {
        return new String(text, 0, length);
    }

    /** Origin of unit {@code i}; {@code i == length()} is not defined here, see {@link #originMap}. */
    int originAt(int i) {
        return origin[i];
    }

    /** The origin map with its closing entry {@code end} (one past the last original character). */
    int[] originMap(int end) {
        int[] exact = Arrays.copyOf(origin, length + 1);
        exact[length] = end;
        return exact;
    }
}
