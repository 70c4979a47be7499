package org.parallax.fuzz;

import java.util.Map;
import java.util.TreeMap;

/**
 * The characters of a text that "nothing is lost" promises to keep: everything but white space (Java
 * white space and Unicode space separators such as the no-break space).
 */
final class VisibleCharacters {

    private VisibleCharacters() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code text} without its white space, in order. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * How often each visible code point occurs in {@code text}, skipping control characters (which
     * show as nothing) and the code points in {@code ignored}.
     */
    static Map<Integer, Integer> count(String text, String ignored) {
        Map<Integer, Integer> counts = new TreeMap<>();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                        && ignored.indexOf(c) < 0)
                .forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }

    /** Adds the counts of {@code more} to {@code into}. */
    static void addAll(Map<Integer, Integer> into, Map<Integer, Integer> more) {
        more.forEach((c, n) -> into.merge(c, n, Integer::sum));
    }

    /** The first code point that {@code smaller} holds more often than {@code larger}, or -1. */
    static int firstExcess(Map<Integer, Integer> smaller, Map<Integer, Integer> larger) {
        for (Map.Entry<Integer, Integer> e : smaller.entrySet()) {
            if (e.getValue() > larger.getOrDefault(e.getKey(), 0)) {
                return e.getKey();
            }
        }
        return -1;
    }
}
