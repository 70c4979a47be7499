package org.parallax.frame;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One marker rule of a lexicon. Immutable.
 *
 * @param type        marker type produced
 * @param detail      canonical detail, or {@link #SOURCE_DETAIL} to take it from the named group "source"
 * @param pattern     compiled phrase or regular expression
 * @param thirdPerson only matches in a clause without a first-person "ich"
 * @param origin      file and line, for messages
 */
record LexiconRule(MarkerType type, String detail, Pattern pattern, boolean thirdPerson, String origin) {
    static final String SOURCE_DETAIL = "{source}";

    LexiconRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(origin, "origin");
    }
}
