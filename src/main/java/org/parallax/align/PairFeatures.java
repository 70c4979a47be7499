package org.parallax.align;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of one document pair and the similarity of any run of left sentences with any run of
 * right sentences. A run's vector is the sum of its sentences' vectors; its cosine is computed from
 * cached sentence-by-sentence dot products, so trying 1:2 or 3:1 units costs a few additions. Not
 * thread-safe (it caches); one instance serves one call of the aligner.
 */
final class PairFeatures {

    static final int CHARS = 0;
    static final int STEMS = 1;
    static final int ANCHORS = 2;
    /** Most sentence pairs for which {@link #allDots()} is offered (3 doubles each). */
    private static final long ALL_PAIRS_LIMIT = 1 << 16;

    private final TermSpace[] spaces;
    private final double[] weights;
    private final String[] leftCompact;
    private final String[] rightCompact;
    /** sameLeft[s][d][i] = dot of left i and left i+d+1 in space s. */
    private final double[][][] sameLeft;
    private final double[][][] sameRight;
    private final DotCache cells = new DotCache();
    /**
     * Per space, the weights of left sentence {@link #denseRow} by term id (zero elsewhere): the
     * sentence pairs are mostly asked for row by row, and a right sentence's dot with a spread row
     * is one look-up per term instead of a merge of two lists.
     */
    private final float[][] dense;
    private int denseRow = -1;
    /** See {@link #allDots()}; null until computed. */
    private double[] allDots;
    /** Per space, the most sentences of one side that hold the same term. */
    private final int[] maxDf;
    private final int nRight;
    /** Per sentence, whether it is shaped like a heading ({@link HeadingShape}). */
    private final boolean[] headingLeft;
    private final boolean[] headingRight;

    PairFeatures(PreparedSentences left, PreparedSentences right, AlignerOptions options) {
        leftCompact = compact(left);
        rightCompact = compact(right);
        headingLeft = HeadingShape.headings(left.sentences());
        headingRight = HeadingShape.headings(right.sentences());
        spaces = new TermSpace[] {TermSpace.of(left.grams(), right.grams()), TermSpace.of(left.stems(), right.stems()),
            TermSpace.of(left.anchors(), right.anchors())};
        maxDf = new int[] {Math.max(left.grams().maxDf(), right.grams().maxDf()),
            Math.max(left.stems().maxDf(), right.stems().maxDf()), Math.max(left.anchors().maxDf(), right.anchors().maxDf())};
        weights = new double[] {options.charWeight(), options.stemWeight(), options.anchorWeight()};
        nRight = right.size();
        int maxOffset = Math.max(0, options.maxRun() - 1);
        sameLeft = new double[3][maxOffset][];
        sameRight = new double[3][maxOffset][];
        dense = new float[3][];
        for (int s = 0; s < 3; s++) {
            dense[s] = new float[spaces[s].vocabularySize()];
            neighbourDots(spaces[s], true, sameLeft[s], dense[s]);
            neighbourDots(spaces[s], false, sameRight[s], dense[s]);
        }
    }

    private static String[] compact(PreparedSentences prepared) {
        String[] out = new String[prepared.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = prepared.compact(k);
        }
        return out;
    }

    /** Character n-grams of the letters and digits, words separated (and framed) by one space. */
    static List<String> charGrams(String normal, int n) {
        StringBuilder b = framed(normal);
        List<String> out = new ArrayList<>(Math.max(0, b.length() - n + 1));
        if (b.length() <= 1) {
            return out;
        }
        if (b.length() < n) {
            out.add(b.toString());
            return out;
        }
        for (int k = 0; k + n <= b.length(); k++) {
            out.add(b.substring(k, k + n));
        }
        return out;
    }

    /** The letters and digits of {@code normal}, each word framed by one space. */
    private static StringBuilder framed(String normal) {
        StringBuilder b = new StringBuilder(normal.length() + 2).append(' ');
        for (int k = 0; k < normal.length(); ) {
            int cp = normal.codePointAt(k);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(cp);
            } else if (b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
            k += Character.charCount(cp);
        }
        if (b.charAt(b.length() - 1) != ' ') {
            b.append(' ');
        }
        return b;
    }

    /**
     * The character n-grams of {@link #charGrams}, each packed into a long (16 bits a character),
     * computed from the framed text without building the n-gram strings.
     */
    static long[] charGramCodes(String normal, int n) {
        StringBuilder b = framed(normal);
        if (b.length() <= 1) {
            return new long[0];
        }
        if (b.length() < n) {
            return new long[] {code(b, 0, b.length())};
        }
        long[] out = new long[b.length() - n + 1];
        for (int k = 0; k < out.length; k++) {
            out[k] = code(b, k, k + n);
        }
        return out;
    }

    private static long code(CharSequence text, int from, int to) {
        long code = 0;
        for (int c = from; c < to; c++) {
            code = (code << 16) | text.charAt(c);
        }
        return code;
    }

    /**
     * Fills {@code same[d][i]} with the dot of sentence i and sentence i + d + 1 of one side: each
     * sentence is spread once into {@code dense} (all zeros, and left so) and multiplied with its
     * next neighbours.
     */
    private static void neighbourDots(TermSpace space, boolean leftSide, double[][] same, float[] dense) {
        int n = leftSide ? space.leftSize() : space.rightSize();
        for (int d = 0; d < same.length; d++) {
            same[d] = new double[Math.max(0, n - d - 1)];
        }
        for (int i = 0; i < n && same.length > 0; i++) {
            SparseVector v = leftSide ? space.left(i) : space.right(i);
            v.spread(dense);
            for (int d = 0; d < same.length && i + d + 1 < n; d++) {
                same[d][i] = (leftSide ? space.left(i + d + 1) : space.right(i + d + 1)).dot(dense);
            }
            v.clear(dense);
        }
    }

    TermSpace space(int s) {
        return spaces[s];
    }

    double weight(int s) {
        return weights[s];
    }

    int leftSize() {
        return leftCompact.length;
    }

    int rightSize() {
        return rightCompact.length;
    }

    /**
     * Whether a unit pairs headings with body sentences: all sentences of one side are headings
     * and not all of the other.
     */
    boolean mixesHeadingAndBody(int i0, int a, int j0, int b) {
        return allHeadings(headingLeft, i0, a) != allHeadings(headingRight, j0, b);
    }

    private static boolean allHeadings(boolean[] heading, int start, int length) {
        for (int k = start; k < start + length; k++) {
            if (!heading[k]) {
                return false;
            }
        }
        return true;
    }

    String leftCompact(int i) {
        return leftCompact[i];
    }

    String rightCompact(int j) {
        return rightCompact[j];
    }

    private int cell(int i, int j) {
        if (allDots != null) {
            return i * nRight + j;
        }
        long key = (long) i * (nRight + 1L) + j;
        int slot = cells.find(key);
        if (slot >= 0) {
            return slot;
        }
        if (denseRow != i) {
            for (int s = 0; s < 3; s++) {
                if (denseRow >= 0) {
                    spaces[s].left(denseRow).clear(dense[s]);
                }
                spaces[s].left(i).spread(dense[s]);
            }
            denseRow = i;
        }
        return cells.put(key, spaces[0].right(j).dot(dense[0]), spaces[1].right(j).dot(dense[1]),
                spaces[2].right(j).dot(dense[2]));
    }

    private double value(int cell, int space) {
        return allDots != null ? allDots[cell * 3 + space] : cells.value(cell, space);
    }

    /**
     * Whether no term of either side is in more than {@code maxPostings} of its sentences and the
     * sides are small enough to multiply every left sentence with every right one: then the
     * candidate search scores every pair with exactly these dot products (see {@link CandidateIndex}).
     */
    boolean allPairsFeasible(int maxPostings) {
        if ((long) leftSize() * rightSize() > ALL_PAIRS_LIMIT) {
            return false;
        }
        for (int s = 0; s < 3; s++) {
            if (maxDf[s] > maxPostings) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dot products of every left with every right sentence, three per pair (by space), at
     * {@code (i * rightSize + j) * 3 + space}; computed once, then also used for the similarities.
     * Each equals {@code left(i).dot(right(j))} bit for bit.
     */
    double[] allDots() {
        if (allDots == null) {
            double[] out = new double[leftSize() * rightSize() * 3];
            for (int i = 0; i < leftSize(); i++) {
                for (int s = 0; s < 3; s++) {
                    spaces[s].left(i).spread(dense[s]);
                }
                for (int j = 0; j < nRight; j++) {
                    int c = (i * nRight + j) * 3;
                    out[c] = spaces[0].right(j).dot(dense[0]);
                    out[c + 1] = spaces[1].right(j).dot(dense[1]);
                    out[c + 2] = spaces[2].right(j).dot(dense[2]);
                }
                for (int s = 0; s < 3; s++) {
                    spaces[s].left(i).clear(dense[s]);
                }
            }
            if (denseRow >= 0) {
                for (int s = 0; s < 3; s++) {
                    spaces[s].left(denseRow).spread(dense[s]);
                }
            }
            allDots = out;
        }
        return allDots;
    }

    /** Similarity of one left sentence with one right sentence. */
    double similarity(int i, int j) {
        return similarity(i, 1, j, 1);
    }

    /**
     * Similarity in [0, 1] of left sentences {@code [i0, i0 + a)} with right sentences
     * {@code [j0, j0 + b)}: 1 when both runs have the same compact comparison form, otherwise the
     * weighted mean of the cosines of the three term spaces (anchors only count when both runs
     * have some: an omitted number is no evidence against a pair, a changed one is).
     */
    double similarity(int i0, int a, int j0, int b) {
        double[] dot = new double[3];
        if (a == 1 || b == 1) {
            // one row or one column: the same order of additions whichever article is on the left
            for (int i = i0; i < i0 + a; i++) {
                for (int j = j0; j < j0 + b; j++) {
                    int c = cell(i, j);
                    dot[0] += value(c, 0);
                    dot[1] += value(c, 1);
                    dot[2] += value(c, 2);
                }
            }
        } else {
            // several rows and columns: add in ascending order, which does not depend on the sides
            double[][] parts = new double[3][a * b];
            for (int i = i0; i < i0 + a; i++) {
                for (int j = j0; j < j0 + b; j++) {
                    int c = cell(i, j);
                    for (int s = 0; s < 3; s++) {
                        parts[s][(i - i0) * b + j - j0] = value(c, s);
                    }
                }
            }
            for (int s = 0; s < 3; s++) {
                java.util.Arrays.sort(parts[s]);
                for (double v : parts[s]) {
                    dot[s] += v;
                }
            }
        }
        double sum = 0;
        double total = 0;
        boolean anyAnchor = false;
        for (int s = 0; s < 3; s++) {
            double nl = runNorm2(s, true, i0, a);
            double nr = runNorm2(s, false, j0, b);
            if (s == ANCHORS) {
                anyAnchor = nl > 0 && nr > 0;
                if (!anyAnchor) {
                    continue;
                }
            }
            double cos = nl > 0 && nr > 0 ? dot[s] / Math.sqrt(nl * nr) : 0;
            sum += weights[s] * Math.min(1, Math.max(0, cos));
            total += weights[s];
        }
        double sim = total > 0 ? sum / total : 0;
        if (sameCompact(i0, a, j0, b)) {
            return 1;
        }
        return Math.min(sim, Math.nextDown(1.0));
    }

    private double runNorm2(int s, boolean leftSide, int start, int length) {
        TermSpace space = spaces[s];
        double[][] same = leftSide ? sameLeft[s] : sameRight[s];
        double n = 0;
        for (int k = start; k < start + length; k++) {
            n += (leftSide ? space.left(k) : space.right(k)).norm2();
            for (int d = 1; k + d < start + length; d++) {
                // runs longer than the aligner's units (whole-run similarity) multiply directly
                n += 2 * (d <= same.length ? same[d - 1][k]
                        : leftSide ? space.left(k).dot(space.left(k + d)) : space.right(k).dot(space.right(k + d)));
            }
        }
        return n;
    }

    /** True when the joined compact forms of both runs are equal. */
    boolean sameCompact(int i0, int a, int j0, int b) {
        int ll = 0;
        for (int i = i0; i < i0 + a; i++) {
            ll += leftCompact[i].length();
        }
        for (int j = j0; j < j0 + b; j++) {
            ll -= rightCompact[j].length();
        }
        if (ll != 0) {
            return false;
        }
        StringBuilder l = new StringBuilder();
        for (int i = i0; i < i0 + a; i++) {
            l.append(leftCompact[i]);
        }
        StringBuilder r = new StringBuilder();
        for (int j = j0; j < j0 + b; j++) {
            r.append(rightCompact[j]);
        }
        return l.toString().contentEquals(r);
    }
}
