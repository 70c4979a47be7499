package org.parallax.frame;

import org.parallax.model.MarkerType;

import java.util.List;
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
 * @param anyOf       lower-case words of which the sentence must contain one for the pattern to match
 *                    (a quick test before the regular expression runs); empty when none is known
 */
record LexiconRule(MarkerType type, String detail, Pattern pattern, boolean thirdPerson, String origin,
        List<String> anyOf) {
    static final String SOURCE_DETAIL = "{source}";

    LexiconRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(origin, "origin");
        anyOf = List.copyOf(anyOf);
    }

    /** False when the lower-cased sentence cannot match: it contains none of {@link #anyOf()}. */
    boolean mayMatch(String lowerSentence) {
        if (anyOf.isEmpty()) {
            return true;
        }
        for (String word : anyOf) {
            if (lowerSentence.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when the pattern has a group named "span" that narrows the marker. */
    boolean hasSpanGroup() {
        return pattern.pattern().contains("(?<span>");
    }

    /** True when the pattern has a group named "source". */
    boolean hasSourceGroup() {
        return pattern.pattern().contains("(?<source>");
    }
}
