package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into its clauses, for comparing sentences that join two claims with one that
 * tells only one of them ("The attack came from Chinese territory, but no ministry was named" with
 * "The attack came «from Chinese territory», Brussels said"). A clause ends at a comma, semicolon or
 * colon followed by a space, or at a dash between spaces; a piece of fewer than {@link #MIN_WORDS}
 * words that are not {@link FramingWords} ("sagte er", "Da sprach Gott:", "Ja") is no clause of its
 * own and joins its neighbour. Immutable and thread-safe.
 */
final class ClauseSplitter {

    /** Fewest words of a clause. */
    static final int MIN_WORDS = 3;
    /** Where a clause ends: ", ", "; ", ": " or a dash between spaces. */
    static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:](?=\\s)|\\s[-–—](?=\\s)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final FramingWords framing;

    ClauseSplitter(FramingWords framing) {
        this.framing = framing;
    }

    /** The clauses of {@code sentence} in order; the sentence itself when it has fewer than two. */
    List<String> clauses(String sentence) {
        List<String> pieces = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int from = 0;
        while (m.find()) {
            pieces.add(sentence.substring(from, m.end()));
            from = m.end();
        }
        pieces.add(sentence.substring(from));
        List<String> out = new ArrayList<>();
        String pending = "";
        for (String piece : pieces) {
            String joined = pending + piece;
            if (words(joined) >= MIN_WORDS) {
                out.add(joined.strip());
                pending = "";
            } else {
                pending = joined;
            }
        }
        if (!pending.isBlank()) {
            if (out.isEmpty()) {
                out.add(pending.strip());
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + pending.strip());
            }
        }
        return out.size() < 2 ? List.of(sentence) : out;
    }

    private int words(String text) {
        Matcher m = WORD.matcher(framing.without(text.toLowerCase(java.util.Locale.ROOT)));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
