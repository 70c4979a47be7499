package org.parallax.normalise;

import java.text.Normalizer;

/**
 * First pass of the normaliser: Unicode NFKC and removal of invisible characters (soft hyphen,
 * zero-width space/joiners, word joiner, byte-order mark), keeping case and every visible mark.
 * Stateless and thread-safe.
 *
 * <p>The text is cut into chunks of one base code point followed by its combining marks (and
 * Hangul jamo, and invisible characters, removed before NFKC), since NFKC never composes across
 * such a boundary. A chunk
 * of one character that NFKC leaves alone (nearly all of German and English text) is copied
 * without any allocation; other chunks are normalised as a whole and every resulting character
 * maps to the chunk's first code point.
 */
final class NfkcFolder {

    /**
     * For each BMP character, whether NFKC leaves it unchanged when it stands alone: 0 not yet known,
     * 1 stable, 2 changed. Filled as characters are met rather than all at start-up (which cost about
     * 100 ms of every run). Threads may race to fill an entry; they write the same value, so the race
     * is harmless.
     */
    private static final byte[] STABLE = new byte[0x10000];

    private NfkcFolder() {
    }

    static MappedText fold(String text) {
        MappedText out = new MappedText(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            while (end < text.length() && extendsChunk(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (isInvisible(cp) && end == i + Character.charCount(cp)) {
                i = end;
                continue;
            }
            if (cp == '\u00B4') {
                // The acute accent is written for an apostrophe; NFKC would make it a space and a combining accent.
                out.append('\'', i);
                i = end;
                continue;
            }
            if (end == i + 1 && stable(cp)) {
                out.append((char) cp, i);
            } else {
                // Invisible characters go before NFKC so that they cannot keep a mark from its base.
                StringBuilder visible = new StringBuilder(end - i);
                for (int k = i; k < end; ) {
                    int c = text.codePointAt(k);
                    if (!isInvisible(c)) {
                        visible.appendCodePoint(c);
                    }
                    k += Character.charCount(c);
                }
                String chunk = Normalizer.normalize(visible, Normalizer.Form.NFKC);
                // Case folding comes later and may make a chunk composable ("W" with a ring above has no
                // precomposed form, "w" with it has: U+1E98); such a chunk is taken folded and composed
                // at once, so that normalising the comparison form again changes nothing.
                String caseFolded = foldCase(chunk);
                String recomposed = Normalizer.normalize(caseFolded, Normalizer.Form.NFKC);
                if (!recomposed.equals(caseFolded)) {
                    chunk = recomposed;
                }
                for (int k = 0; k < chunk.length(); ) {
                    int c = chunk.codePointAt(k);
                    if (!isInvisible(c)) {
                        out.appendCodePoint(c, i);
                    }
                    k += Character.charCount(c);
                }
            }
            i = end;
        }
        return out;
    }

    /** Simple case folding of every code point, as the normaliser applies it. */
    private static String foldCase(String chunk) {
        StringBuilder out = new StringBuilder(chunk.length());
        chunk.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return out.toString();
    }

    /** Soft hyphen, zero-width space, zero-width (non-)joiner, word joiner, byte-order mark. */
    static boolean isInvisible(int cp) {
        return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
    }

    /**
     * A character that belongs to the chunk of the code point before it: a mark, an invisible
     * character, or a character whose NFKC form begins with a mark (half-width katakana voiced mark
     * U+FF9E becomes U+3099), which NFKC orders among the marks before it.
     */
    static boolean extendsChunk(int cp) {
        return joinsPrevious(cp) || isInvisible(cp) || (cp >= 0x80 && !stable(cp) && foldsToMark(cp));
    }

    /** Whether the NFKC form of {@code cp} alone begins with a combining mark. */
    private static boolean foldsToMark(int cp) {
        String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return !folded.isEmpty() && joinsPrevious(folded.codePointAt(0));
    }

    /** A combining mark or a Hangul jamo (conjoining, compatibility or half-width): NFKC may merge it with what precedes. */
    static boolean joinsPrevious(int cp) {
        if (cp < 0x0300) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || (cp >= 0x1160 && cp <= 0x11FF)
                || (cp >= 0x3131 && cp <= 0x318E) || (cp >= 0xFFA0 && cp <= 0xFFDC);
    }

    /** Whether the character {@code c} stands unchanged under NFKC. */
    private static boolean stable(int c) {
        if (c < 0x80) {
            return true;
        }
        if (c > 0xFFFF) {
            return Normalizer.isNormalized(new String(Character.toChars(c)), Normalizer.Form.NFKC);
        }
        byte known = STABLE[c];
        if (known == 0) {
            boolean unchanged = !Character.isSurrogate((char) c)
                    && Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFKC);
            known = unchanged ? (byte) 1 : (byte) 2;
            STABLE[c] = known;
        }
        return known == 1;
    }
}
