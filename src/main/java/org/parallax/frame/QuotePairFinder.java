package org.parallax.frame;

import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations by pairing quotation marks: „…“ „…” ‚…‘ “…” ‘…’ "…" '…' «…» »…« ‹…› ›…‹.
 * An opening „ or « without its closing mark runs to the end of the sentence (a quotation that
 * continues in the next sentence). Apostrophes (don’t, don't, Chinas’, hackers') are not taken for
 * single quotes: a single quote opens only where no letter precedes it and closes only where no
 * letter follows it.
 * Immutable.
 */
final class QuotePairFinder implements MarkerFinder {

    @Override
    public List<FramingMarker> find(String s) {
        List<FramingMarker> found = new ArrayList<>();
        boolean[] used = new boolean[s.length()];
        for (int i = 0; i < s.length(); i++) {
            if (used[i]) {
                continue;
            }
            char c = s.charAt(i);
            String closers = closersOf(c);
            if (closers == null || !mayOpen(s, i)) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < s.length(); j++) {
                if (!used[j] && closers.indexOf(s.charAt(j)) >= 0 && mayClose(s, j)) {
                    close = j;
                    break;
                }
            }
            int end;
            if (close >= 0) {
                used[close] = true;
                end = close + 1;
            } else if (c == '„' || c == '«') {
                end = s.stripTrailing().length();
            } else {
                continue;
            }
            used[i] = true;
            if (hasLetterOrDigit(s, i + 1, close >= 0 ? close : end)) {
                found.add(new FramingMarker(MarkerType.QUOTE, s.substring(i, end), i, end, ""));
            }
        }
        return found;
    }

    private static String closersOf(char c) {
        return switch (c) {
            case '„' -> "“”\"";
            case '‚' -> "‘’";
            case '“' -> "”";
            case '‘' -> "’";
            case '\'' -> "'";
            case '"' -> "\"";
            case '«' -> "»";
            case '»' -> "«";
            case '‹' -> "›";
            case '›' -> "‹";
            default -> null;
        };
    }

    /** A single quote opens only before a letter and not inside a word. */
    private static boolean mayOpen(String s, int i) {
        char c = s.charAt(i);
        if (c == '‘' || c == '‚' || c == '‹' || c == '›' || c == '\'') {
            boolean afterLetter = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
            return !afterLetter && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
        }
        return i + 1 < s.length();
    }

    /** ’, ‘ and ' close only when no letter follows (else they are apostrophes: "don’t"). */
    private static boolean mayClose(String s, int j) {
        char c = s.charAt(j);
        if (c == '’' || c == '‘' || c == '\'') {
            return j + 1 >= s.length() || !Character.isLetter(s.charAt(j + 1));
        }
        return true;
    }

    private static boolean hasLetterOrDigit(String s, int from, int to) {
        for (int k = from; k < to && k < s.length(); k++) {
            if (Character.isLetterOrDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
