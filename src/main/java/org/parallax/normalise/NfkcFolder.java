package org.parallax.normalise;

import java.text.Normalizer;
import java.util.BitSet;

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

    /** BMP characters that NFKC leaves unchanged when they stand alone; never modified after class init. */
    private static final BitSet STABLE = stableCharacters();

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
            if (end == i + 1 && STABLE.get(cp)) {
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

    /** A character that belongs to the chunk of the code point before it. */
    static boolean extendsChunk(int cp) {
        return joinsPrevious(cp) || isInvisible(cp);
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

    private static BitSet stableCharacters() {
        BitSet stable = new BitSet(0x10000);
        char[] one = new char[1];
        for (int c = 0; c < 0x10000; c++) {
            if (c < 0x80) {
                stable.set(c);
                continue;
            }
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            if (c >= 0x3400 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xE000 && c <= 0xF8FF) {
                // CJK ideographs, Yi, Hangul syllables and private use have no compatibility
                // decompositions; skipping the check more than halves the time of building the table.
                stable.set(c);
                continue;
            }
            one[0] = (char) c;
            if (Normalizer.isNormalized(new String(one), Normalizer.Form.NFKC)) {
                stable.set(c);
            }
        }
        return stable;
    }
}
