package org.parallax.align;

import java.util.regex.Pattern;

/**
 * Tells headlines and sub-headings from body sentences by their shape, for aligners that get plain
 * sentences: a heading is short and has no final punctuation. Body sentences pair with body
 * sentences first; a heading only takes a body sentence that nothing else wants, so a sub-heading
 * that repeats a sentence's key words does not steal that sentence's real partner. Immutable.
 */
final class HeadingShape {

    /** Most words of a heading. */
    static final int MAX_WORDS = 12;
    /** Ends with sentence punctuation, optionally followed by closing quotes or brackets. */
    static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?:;…]['\"“”„«»‹›‘’)\\]]*\\s*$");
    /** A run of letters or digits: a word. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private HeadingShape() {
    }

    /** Whether {@code sentence} looks like a heading: at most {@link #MAX_WORDS} words and no final punctuation. */
    static boolean isHeading(String sentence) {
        if (FINAL_PUNCTUATION.matcher(sentence).find()) {
            return false;
        }
        var words = WORD.matcher(sentence);
        int n = 0;
        while (words.find()) {
            if (++n > MAX_WORDS) {
                return false;
            }
        }
        return n > 0;
    }

    /** Per sentence, whether it is a heading. */
    static boolean[] headings(java.util.List<String> sentences) {
        boolean[] out = new boolean[sentences.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = isHeading(sentences.get(k));
        }
        return out;
    }
}
