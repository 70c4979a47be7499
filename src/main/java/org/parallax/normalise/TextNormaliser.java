package org.parallax.normalise;

import java.text.Normalizer;

/**
 * Turns text into its comparison form ({@link NormalForm}). Immutable and thread-safe; configure with
 * the {@code withX} methods.
 */
public final class TextNormaliser {

    private static final TextNormaliser DEFAULTS = new TextNormaliser(false);

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
        return new TextNormaliser(fold);
    }

    public boolean foldsSharpS() {
        return foldSharpS;
    }

    /** The comparison form of {@code text}, as a plain string. */
    public String comparisonForm(String text) {
        return normalise(text).normal();
    }

    /** The comparison form of {@code text} with its map back to the original characters. */
    public NormalForm normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
            if (foldSharpS) {
                folded = folded.replace("ß", "ss");
            }
            for (int k = 0; k < folded.length(); k++) {
                char c = folded.charAt(k);
                if (Character.isWhitespace(c)) {
                    pendingSpace = n > 0;
                    continue;
                }
                if (pendingSpace) {
                    out.append(' ');
                    origin = ensure(origin, n + 2);
                    origin[n++] = i;
                    pendingSpace = false;
                }
                out.append(c);
                origin = ensure(origin, n + 2);
                origin[n++] = i;
            }
            i += len;
        }
        int[] exact = java.util.Arrays.copyOf(origin, n + 1);
        exact[n] = text.length();
        return new NormalForm(text, out.toString(), exact);
    }

    private static int[] ensure(int[] a, int size) {
        return a.length >= size ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
    }
}
