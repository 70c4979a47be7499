package org.parallax.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds words a text must contain (one of them, lower-cased) for a lexicon pattern to match, so
 * that most patterns are skipped by a substring test. The analysis is deliberately shallow: it looks
 * at the top level of a regular expression for a plain run of letters, or for a group that is only
 * an alternation of plain words ({@code (?i:teilt|teilte)}), not followed by a quantifier; when in
 * doubt it returns nothing, which only costs speed.
 */
final class RequiredWords {
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]+(?:\\|[\\p{L}]+)*");

    private RequiredWords() {
    }

    /** For a lexicon phrase: its longest word, without a trailing *. */
    static List<String> ofPhrase(String phrase) {
        String best = "";
        for (String word : phrase.strip().split("\\s+")) {
            String w = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best.isEmpty() ? List.of() : List.of(best.toLowerCase(Locale.ROOT));
    }

    /** For a regular expression: the best set of alternatives found at its top level, or none. */
    static List<String> of(String regex) {
        List<List<String>> candidates = new ArrayList<>();
        int depth = 0;
        int groupStart = -1;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                flush(literal, regex, i, candidates, depth);
                i = skipEscape(regex, i);
                continue;
            }
            if (c == '[') {
                flush(literal, regex, i, candidates, depth);
                i = skipClass(regex, i);
                continue;
            }
            if (c == '(') {
                flush(literal, regex, i, candidates, depth);
                if (depth == 0) {
                    groupStart = i;
                }
                depth++;
                continue;
            }
            if (c == ')') {
                flush(literal, regex, i, candidates, depth);
                depth--;
                if (depth < 0) {
                    return List.of();
                }
                if (depth == 0 && !quantified(regex, i + 1)) {
                    List<String> alternatives = alternatives(regex.substring(groupStart, i + 1));
                    if (!alternatives.isEmpty()) {
                        candidates.add(alternatives);
                    }
                }
                continue;
            }
            if (c == '|' && depth == 0) {
                return List.of();
            }
            if (depth == 0 && Character.isLetter(c)) {
                literal.append(c);
            } else {
                flush(literal, regex, i, candidates, depth);
            }
        }
        flush(literal, regex, regex.length(), candidates, depth);
        List<String> best = List.of();
        int bestShortest = 0;
        for (List<String> set : candidates) {
            int shortest = set.stream().mapToInt(String::length).min().orElse(0);
            if (shortest > bestShortest) {
                best = set;
                bestShortest = shortest;
            }
        }
        return bestShortest >= 2 ? best : List.of();
    }

    /** A top-level run of letters is required unless a quantifier makes its last letter optional. */
    private static void flush(StringBuilder literal, String regex, int next, List<List<String>> candidates, int depth) {
        if (literal.length() == 0) {
            return;
        }
        String word = literal.toString();
        literal.setLength(0);
        if (quantified(regex, next)) {
            word = word.substring(0, word.length() - 1);
        }
        if (!word.isEmpty()) {
            candidates.add(List.of(word.toLowerCase(Locale.ROOT)));
        }
    }

    /** The words of a group that is only an alternation of plain words, possibly nested in (?:...) or (?i:...). */
    private static List<String> alternatives(String group) {
        String inner = group;
        while (inner.startsWith("(") && inner.endsWith(")")) {
            inner = inner.substring(1, inner.length() - 1);
            if (inner.startsWith("?:")) {
                inner = inner.substring(2);
            } else if (inner.startsWith("?i:")) {
                inner = inner.substring(3);
            } else if (inner.startsWith("?")) {
                return List.of();
            }
        }
        if (!WORDS.matcher(inner).matches()) {
            return List.of();
        }
        return Arrays.stream(inner.split("\\|")).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static boolean quantified(String regex, int i) {
        return i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0;
    }

    private static int skipEscape(String regex, int i) {
        if (i + 1 >= regex.length()) {
            return i;
        }
        char e = regex.charAt(i + 1);
        if ((e == 'p' || e == 'P') && i + 2 < regex.length() && regex.charAt(i + 2) == '{') {
            int close = regex.indexOf('}', i + 2);
            return close < 0 ? regex.length() : close;
        }
        if (e == 'Q') {
            int close = regex.indexOf("\\E", i + 2);
            return close < 0 ? regex.length() : close + 1;
        }
        return i + 1;
    }

    private static int skipClass(String regex, int i) {
        int depth = 0;
        for (int k = i; k < regex.length(); k++) {
            char c = regex.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return regex.length();
    }
}
