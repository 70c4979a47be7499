package org.parallax.frame;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A way of writing a source, with its canonical name ("Weißen Hauses" -> "Weißes Haus"). Immutable.
 *
 * @param canonical the canonical name
 * @param pattern   the compiled phrase
 */
record SourceAlias(String canonical, Pattern pattern) {
    SourceAlias {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(pattern, "pattern");
    }
}
