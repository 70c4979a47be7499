package org.parallax.normalise;

import java.text.Normalizer;

/**
 * Turns text into its comparison form ({@link NormalForm}): two outlets' spellings of the same words
 * get the same form, and every character of the form maps back to the original character it came
 * from. Immutable and thread-safe; configure with the {@code withX} methods.
 *
 * <p>The comparison form, in the order the rules apply:
 * <ol>
 *   <li>Unicode NFKC (ligatures, full-width forms, superscripts, compatibility spaces).</li>
 *   <li>Invisible characters are removed: soft hyphen U+00AD, U+200B–U+200D, word joiner U+2060,
 *       byte-order mark U+FEFF.</li>
 *   <li>White space of any kind (including no-break, thin and narrow no-break space) becomes one
 *       space; the form is trimmed.</li>
 *   <li>Numbers with thousands groups lose their separators: {@code 50.000}, {@code 50,000},
 *       {@code 50’000} and {@code 50 000} with a no-break, thin, narrow or figure space all become
 *       {@code 50000}. Only unambiguous numbers are touched: every group after the first has exactly
 *       three digits, the first group has one to three digits and does not start with 0, and the
 *       number does not go on with the same separator. So {@code 3,5}, {@code 3.5},
 *       {@code 19.07.2021}, {@code 19.30} and {@code 2019, 2020} stay as they are. A following
 *       decimal part with the other separator is kept: {@code 1.234,5 -> 1234,5}.</li>
 *   <li>Gender forms become {@code *}: {@code Journalist:innen}, {@code Journalist*innen},
 *       {@code Journalist_innen}, {@code Journalist·innen}, {@code Journalist/-innen},
 *       {@code Journalist/innen} and {@code JournalistInnen} all become {@code journalist*innen}
 *       (likewise singular {@code in}). A brand written in camel case
 *       ({@code LinkedIn}) takes the same form, which is harmless since every outlet spells it so.</li>
 *   <li>Quotes of every style („“ ‚‘ «» ‹› "" '' “” ’ ` ´ ʼ) become {@code "}; the same characters
 *       used as an apostrophe (a letter or digit before and a letter after: {@code don’t},
 *       {@code Merkel's}) become {@code '}.</li>
 *   <li>Dashes and hyphens (- ‐ ‑ ‒ – — ― − and their small and full-width forms) become {@code -};
 *       between a letter or digit and a letter, or a letter and a digit, the hyphen of a compound
 *       is removed: {@code E-Mail-Server -> emailserver}, like {@code Emailserver}. A dash
 *       between spaces or digits ({@code 2020-2021}) stays.</li>
 *   <li>Case folding (simple, one code point to one code point).</li>
 *   <li>Optionally ß (and ẞ) become {@code ss}.</li>
 * </ol>
 * Words written apart or together ("groß angelegt", "großangelegt") differ only by a space: compare
 * {@link NormalForm#compact()} or use {@link #sameComparisonForm(String, String)}.
 *
 * <p>Normalising runs in time linear in the text; characters of German and English text are handled
 * without allocating. The comparison form is idempotent: normalising it again changes nothing.
 */
public final class TextNormaliser {

    private static final TextNormaliser DEFAULTS = new TextNormaliser(false);

    /** Replacement of every gender marker. */
    private static final char GENDER_MARK = '*';

    private final boolean foldSharpS;

    private TextNormaliser(boolean foldSharpS) {
        this.foldSharpS = foldSharpS;
    }

    /** Default settings: ß kept apart from ss. */
    public static TextNormaliser defaults() {
        return DEFAULTS;
    }

    /** A normaliser that also folds ß to ss (Swiss outlets write "ss"). */
    public TextNormaliser withSharpSFolding(boolean fold) {
        return fold == foldSharpS ? this : new TextNormaliser(fold);
    }

    /** Whether ß is folded to ss. */
    public boolean foldsSharpS() {
        return foldSharpS;
    }

    /** The comparison form of {@code text}, as a plain string. */
    public String comparisonForm(String text) {
        return normalise(text).normal();
    }

    /** The comparison form of {@code text} without spaces: "groß angelegt" and "großangelegt" agree. */
    public String compactForm(String text) {
        return normalise(text).compact();
    }

    /**
     * Whether two texts are the same after normalisation, spaces ignored: they differ at most in
     * quote and dash style, spacing, case, invisible characters, number grouping, gender form,
     * compound spelling and (when enabled) ß/ss.
     */
    public boolean sameComparisonForm(String a, String b) {
        return compactForm(a).equals(compactForm(b));
    }

    /** The comparison form of {@code text} with its map back to the original characters. */
    public NormalForm normalise(String text) {
        MappedText folded = NfkcFolder.fold(text);
        MappedText out = new MappedText(folded.length() + 16);
        Context in = new Context(text, folded);
        int pendingSpace = -1;
        int j = 0;
        int n = folded.length();
        while (j < n) {
            int cp = in.codePointAt(j);
            int next = j + Character.charCount(cp);
            int j0 = j;
            if (isSpace(cp)) {
                if (pendingSpace < 0 && out.length() > 0) {
                    pendingSpace = folded.originAt(j);
                }
                j = next;
                continue;
            }
            if (pendingSpace >= 0) {
                out.append(' ', pendingSpace);
                pendingSpace = -1;
            }
            if (isAsciiDigit(cp) && in.startsNumber(j)) {
                int end = in.thousandsEnd(j);
                if (end > 0) {
                    for (int k = j; k < end; k++) {
                        if (isAsciiDigit(folded.charAt(k))) {
                            out.append(folded.charAt(k), folded.originAt(k));
                        }
                    }
                    j = end;
                    continue;
                }
            }
            int genderEnd = in.genderEnd(j);
            if (genderEnd > 0) {
                out.append(GENDER_MARK, folded.originAt(j));
                for (int k = in.genderSuffixStart(j); k < genderEnd; k++) {
                    if (!in.isJoiner(k)) {
                        out.append(Context.foldCase(folded.charAt(k)), folded.originAt(k));
                    }
                }
                j = genderEnd;
                continue;
            }
            if (isQuote(cp)) {
                boolean apostrophe = in.isWordCharBefore(j) && in.isLetterAt(next);
                out.append(apostrophe ? '\'' : '"', folded.originAt(j));
            } else if (isDash(cp)) {
                if (!in.joinsCompound(j, next)) {
                    out.append('-', folded.originAt(j));
                }
            } else if (cp < 0x80) {
                out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp), folded.originAt(j));
            } else {
                int lower = Character.toLowerCase(Character.toUpperCase(cp));
                if (foldSharpS && lower == 'ß') {
                    out.append('s', folded.originAt(j));
                    int marksEnd = in.marksEnd(next);
                    if (marksEnd == next) {
                        out.append('s', folded.originAt(j));
                    } else {
                        // "ß" and its accents become "s" and the accented "s" composed, as a second
                        // normalisation would compose them ("ß\u0301" gives "s\u015B", not "ss\u0301")
                        String composed = Normalizer.normalize("s" + in.text(next, marksEnd), Normalizer.Form.NFC);
                        composed.codePoints().forEach(c -> out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)),
                                folded.originAt(j0)));
                        j = marksEnd;
                        continue;
                    }
                } else {
                    out.appendCodePoint(lower, folded.originAt(j));
                }
            }
            j = next;
        }
        return new NormalForm(text, out.text(), out.originMap(text.length()));
    }

    /** Whether the normaliser folds {@code cp} into a space: any white space or space separator. */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    static boolean isQuote(int cp) {
        return switch (cp) {
            case '"', '\'', '`', '\u00B4', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201A', '\u201B',
                    '\u201C', '\u201D', '\u201E', '\u201F', '\u2039', '\u203A', '\u02BC' -> true;
            default -> false;
        };
    }

    static boolean isDash(int cp) {
        return switch (cp) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58',
                    '\uFE63', '\uFF0D' -> true;
            default -> false;
        };
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Looks around a position of the NFKC-folded text; the rules that depend on neighbours live here. */
    private record Context(String original, MappedText folded) {

        int codePointAt(int j) {
            char c = folded.charAt(j);
            if (Character.isHighSurrogate(c) && j + 1 < folded.length()
                    && Character.isLowSurrogate(folded.charAt(j + 1))) {
                return Character.toCodePoint(c, folded.charAt(j + 1));
            }
            return c;
        }

        int codePointBefore(int j) {
            char c = folded.charAt(j - 1);
            if (Character.isLowSurrogate(c) && j >= 2 && Character.isHighSurrogate(folded.charAt(j - 2))) {
                return Character.toCodePoint(folded.charAt(j - 2), c);
            }
            return c;
        }

        boolean isLetterAt(int j) {
            return j < folded.length() && isLetter(codePointAt(j));
        }

        boolean isLetterBefore(int j) {
            int base = baseBefore(j);
            return base >= 0 && isLetter(base);
        }

        boolean isWordCharBefore(int j) {
            int base = baseBefore(j);
            return base >= 0 && (isLetter(base) || Character.isDigit(base));
        }

        /**
         * The code point before {@code j} with the combining marks after it skipped, or -1: a
         * character and its marks read as one ("ß" with a caron before an apostrophe reads as the
         * letter it becomes when ß folding composes it), so the form does not change on a second pass.
         */
        private int baseBefore(int j) {
            int k = j;
            while (k > 0) {
                int cp = codePointBefore(k);
                int type = Character.getType(cp);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK;
                if (!mark || isLetter(cp)) {
                    return cp;
                }
                k -= Character.charCount(cp);
            }
            return -1;
        }

        /**
         * A letter, or a mark that case folding makes one (U+0345 becomes iota), so that the form's
         * letters are read alike when it is normalised again; except the modifier letter apostrophe,
         * which is read as a quote.
         */
        private static boolean isLetter(int cp) {
            return (Character.isLetter(cp) || Character.isLetter(Character.toLowerCase(Character.toUpperCase(cp))))
                    && !isQuote(cp);
        }

        boolean isDigitAt(int j) {
            return j >= 0 && j < folded.length() && isAsciiDigit(folded.charAt(j));
        }

        /** A dash at {@code [j, next)} that joins the parts of a compound word. */
        boolean joinsCompound(int j, int next) {
            if (j == 0 || next >= folded.length()) {
                return false;
            }
            return isWordCharBefore(j) && isLetterAt(next) || isLetterBefore(j) && isDigitAt(next);
        }

        /** The digit at {@code j} is not the continuation of a number already begun. */
        boolean startsNumber(int j) {
            if (isDigitAt(j - 1)) {
                return false;
            }
            // Apostrophes and spaces do not survive as separators in the normal form, so only a point
            // or comma between digits marks a number already begun (keeps the form idempotent).
            char before = j >= 1 ? folded.charAt(j - 1) : 0;
            return !((before == '.' || before == ',') && isDigitAt(j - 2));
        }

        /**
         * End of a number with thousands groups starting at {@code j}, or -1 if the digits from
         * {@code j} are not such a number.
         */
        int thousandsEnd(int j) {
            int k = j;
            while (isDigitAt(k)) {
                k++;
            }
            int lead = k - j;
            if (lead > 3 || folded.charAt(j) == '0' || !isGroupSeparator(k)) {
                return -1;
            }
            char separator = separatorKind(k);
            int groups = 0;
            while (isGroupSeparator(k) && separatorKind(k) == separator && isDigitAt(k + 1)) {
                int g = k + 1;
                while (isDigitAt(g)) {
                    g++;
                }
                if (g - (k + 1) != 3) {
                    return -1;
                }
                groups++;
                k = g;
            }
            if (groups == 0) {
                return -1;
            }
            if (isGroupSeparator(k) && separatorKind(k) == separator && isDigitAt(k + 1)) {
                return -1;
            }
            return k;
        }

        private boolean isGroupSeparator(int k) {
            return k >= 0 && k < folded.length() && separatorKind(k) != 0;
        }

        /** The kind of thousands separator at {@code k}: '.', ',', '\'' or ' ' (a narrow space), else 0. */
        private char separatorKind(int k) {
            char c = folded.charAt(k);
            return switch (c) {
                case '.', ',' -> c;
                case '\'', '\u2019' -> '\'';
                case ' ' -> isGroupingSpace(original.charAt(folded.originAt(k))) ? ' ' : 0;
                default -> 0;
            };
        }

        private static boolean isGroupingSpace(char c) {
            return c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
        }

        /**
         * End of a gender suffix whose marker is at {@code j} ({@code :in}, {@code *innen},
         * {@code /-innen}, {@code Innen} ...), or -1.
         */
        int genderEnd(int j) {
            char c = folded.charAt(j);
            if (!isGenderMarker(c) || !isLetterBefore(j)) {
                return -1;
            }
            switch (c) {
                case ':', '*', '_', '\u00B7', '/' -> {
                    int k = j + 1;
                    if (c == '/' && k < folded.length() && isDash(folded.charAt(k))) {
                        k++;
                    }
                    if (k < folded.length() && foldCase(folded.charAt(k)) == 'i') {
                        return suffixEnd(k + 1);
                    }
                    return -1;
                }
                case 'I' -> {
                    return Character.isLowerCase(codePointBefore(j)) ? suffixEnd(j + 1) : -1;
                }
                default -> {
                    return -1;
                }
            }
        }

        /**
         * The suffix letters compared as the form will show them (case folded), so that "Journalist:INNEN"
         * and "Journalist:ınnen" are gender forms too and normalising the form again changes nothing.
         */
        private static char foldCase(char c) {
            return (char) Character.toLowerCase(Character.toUpperCase((int) c));
        }

        private static boolean isGenderMarker(char c) {
            return c == ':' || c == '*' || c == '_' || c == '\u00B7' || c == '/' || c == 'I';
        }

        /** Index of the "i" or "I" of the gender suffix whose marker is at {@code j}. */
        int genderSuffixStart(int j) {
            int k = j;
            while (foldCase(folded.charAt(k)) != 'i') {
                k++;
            }
            return k;
        }

        /**
         * After the "i" of a gender suffix: "n" or "nnen" ending the word. A suffix followed by the
         * gender mark itself is not one, so that the normal form of "a:innenInnen" stays as it is.
         */
        private int suffixEnd(int k) {
            int end = lettersEnd(k, "nnen");
            if (end > 0 && endsSuffix(end)) {
                return end;
            }
            end = lettersEnd(k, "n");
            return end > 0 && endsSuffix(end) ? end : -1;
        }

        /**
         * End of {@code letters} (case folded) from {@code k}, the dashes that join a compound skipped
         * as the form drops them ("Ärzt:i-n" reads as "Ärzt:in"), or -1.
         */
        private int lettersEnd(int k, String letters) {
            int at = k;
            for (int i = 0; i < letters.length(); i++) {
                while (isJoiner(at)) {
                    at++;
                }
                if (at >= folded.length() || foldCase(folded.charAt(at)) != letters.charAt(i)) {
                    return -1;
                }
                at++;
            }
            return at;
        }

        /** A dash at {@code k} that the form drops because it joins the parts of a compound. */
        boolean isJoiner(int k) {
            return k < folded.length() && isDash(folded.charAt(k)) && joinsCompound(k, k + 1);
        }

        /** End of the run of combining marks from {@code k}. */
        int marksEnd(int k) {
            int at = k;
            while (at < folded.length()) {
                int type = Character.getType(codePointAt(at));
                if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                        && type != Character.ENCLOSING_MARK) {
                    break;
                }
                at += Character.charCount(codePointAt(at));
            }
            return at;
        }

        String text(int from, int to) {
            StringBuilder b = new StringBuilder(to - from);
            for (int k = from; k < to; k++) {
                b.append(folded.charAt(k));
            }
            return b.toString();
        }

        private boolean endsSuffix(int k) {
            return k >= folded.length() || !isLetterAt(k) && folded.charAt(k) != GENDER_MARK;
        }
    }
}
