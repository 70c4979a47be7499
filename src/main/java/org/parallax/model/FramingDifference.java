package org.parallax.model;


import java.util.Objects;

/**
 * A framing difference inside one aligned unit. Immutable.
 *
 * @param type        what kind of marker differs
 * @param side        the side that carries {@code text}
 * @param text        the marker's words on that side
 * @param counterpart the other side's marker of the same type when it was changed rather than
 *                    dropped (for example "hieß es" against "so das Weiße Haus"), else empty
 */
public record FramingDifference(MarkerType type, Side side, String text, String counterpart) {
    public FramingDifference {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(text, "text");
        counterpart = counterpart == null ? "" : counterpart;
    }

    /** True when the other side has a marker of the same type in other words. */
    public boolean changed() {
        return !counterpart.isEmpty();
    }
}
