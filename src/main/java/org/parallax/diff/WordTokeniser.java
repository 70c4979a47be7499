package org.parallax.diff;

import java.util.ArrayList;
import java.util.List;
import org.parallax.normalise.NormalForm;
import org.parallax.normalise.TextNormaliser;

/**
 * Cuts a text into {@link Token}s on its comparison form, so that normalisation never splits a
 * token differently on two sides ({@code E-Mail-Server} and {@code Emailserver} are one token each,
 * {@code 50 000} with a no-break space is one number). The tokens' texts concatenate to the input
 * exactly. Stateless.
 */
final class WordTokeniser {

    private WordTokeniser() {
    }

    static List<Token> tokenise(String text, TextNormaliser normaliser) {
        NormalForm form = normaliser.normalise(text);
        String normal = form.normal();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < normal.length()) {
            int cp = normal.codePointAt(i);
            if (cp == ' ') {
                i++;
                continue;
            }
            int end = i + Character.charCount(cp);
            if (isWordPart(cp)) {
                while (end < normal.length()) {
                    int c = normal.codePointAt(end);
                    if (isWordPart(c) || joinsWord(normal, end, c)) {
                        end += Character.charCount(c);
                    } else {
                        break;
                    }
                }
            }
            spans.add(new int[] {i, end});
            i = end;
        }
        List<Token> tokens = new ArrayList<>(spans.size());
        if (spans.isEmpty()) {
            if (!text.isEmpty()) {
                tokens.add(new Token(text, ""));
            }
            return tokens;
        }
        int k = 0;
        while (k < spans.size()) {
            int start = form.originalStart(spans.get(k)[0]);
            int from = k == 0 ? 0 : start;
            StringBuilder key = new StringBuilder(normal.substring(spans.get(k)[0], spans.get(k)[1]));
            int next = k + 1;
            // A single original character that produced several tokens (as "½" does) stays one token.
            while (next < spans.size() && form.originalStart(spans.get(next)[0]) <= start) {
                key.append(normal, spans.get(next)[0], spans.get(next)[1]);
                next++;
            }
            int to = next < spans.size() ? form.originalStart(spans.get(next)[0]) : text.length();
            tokens.add(new Token(text.substring(from, to), key.toString()));
            k = next;
        }
        return tokens;
    }

    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Characters that stay inside a word when a word character follows: the apostrophe
     * ({@code don't}), the gender mark ({@code journalist*innen}) and, between digits, the decimal
     * point or comma and the colon of a time ({@code 3,5}, {@code 19.07.2021}, {@code 19:30}).
     */
    private static boolean joinsWord(String normal, int at, int c) {
        if (at + 1 >= normal.length() || at == 0) {
            return false;
        }
        int next = normal.codePointAt(at + 1);
        return switch (c) {
            case '\'', '*' -> Character.isLetter(next);
            case '.', ',', ':' -> Character.isDigit(normal.charAt(at - 1)) && Character.isDigit(next);
            default -> false;
        };
    }
}
