package org.parallax.model;


import java.util.Objects;

/**
 * A framing marker found in one sentence. Immutable.
 *
 * @param type   what kind of marker
 * @param text   the words as they stand in the sentence
 * @param start  start offset in the sentence's original text
 * @param end    exclusive end offset in the sentence's original text
 * @param detail a canonical value: the actor's canonical name, "loaded"/"neutral" for reporting
 *               verbs, the hedge's strength ("high", "low"), or empty
 */
public record FramingMarker(MarkerType type, String text, int start, int end, String detail) {
    public FramingMarker {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        detail = detail == null ? "" : detail;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
