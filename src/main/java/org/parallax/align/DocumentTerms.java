package org.parallax.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One family of terms (character n-grams, stems or anchors) of one document, counted once so that
 * every pair the document is in only has to merge two vocabularies: the document's distinct terms in
 * sorted order, and per sentence its distinct terms (as indices into that vocabulary, ascending),
 * their log term frequencies and the number of sentences each term is in. Immutable.
 */
final class DocumentTerms {

    /** Sorted distinct codes (for code terms), otherwise null. */
    private final long[] codes;
    /** Sorted distinct strings (for string terms), otherwise null. */
    private final String[] words;
    /** Per sentence, its distinct local term ids, ascending. */
    private final int[][] ids;
    /** Per sentence and term, {@code 1 + ln(count)}. */
    private final double[][] tf;
    /** Per local term id, the number of sentences holding it. */
    private final int[] df;

    private DocumentTerms(long[] codes, String[] words, int[][] raw) {
        this.codes = codes;
        this.words = words;
        int vocabulary = codes != null ? codes.length : words.length;
        this.df = new int[vocabulary];
        this.ids = new int[raw.length][];
        this.tf = new double[raw.length][];
        for (int s = 0; s < raw.length; s++) {
            int[] r = raw[s];
            Arrays.sort(r);
            int distinct = 0;
            for (int k = 0; k < r.length; k++) {
                if (k == 0 || r[k] != r[k - 1]) {
                    distinct++;
                }
            }
            int[] id = new int[distinct];
            float[] count = new float[distinct];
            int v = -1;
            for (int k = 0; k < r.length; k++) {
                if (k == 0 || r[k] != r[k - 1]) {
                    id[++v] = r[k];
                    count[v] = 1;
                    df[r[k]]++;
                } else {
                    count[v]++;
                }
            }
            double[] f = new double[distinct];
            for (int k = 0; k < distinct; k++) {
                f[k] = 1 + Math.log(count[k]);
            }
            ids[s] = id;
            tf[s] = f;
        }
    }

    /** Terms given as codes, per sentence (repeated terms repeated, any order). */
    static DocumentTerms ofCodes(List<long[]> sentences) {
        int total = 0;
        for (long[] c : sentences) {
            total += c.length;
        }
        long[] all = new long[total];
        int n = 0;
        for (long[] c : sentences) {
            System.arraycopy(c, 0, all, n, c.length);
            n += c.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                all[distinct++] = all[k];
            }
        }
        long[] vocabulary = Arrays.copyOf(all, distinct);
        int[][] raw = new int[sentences.size()][];
        for (int s = 0; s < raw.length; s++) {
            long[] c = sentences.get(s);
            int[] id = new int[c.length];
            for (int k = 0; k < c.length; k++) {
                id[k] = Arrays.binarySearch(vocabulary, c[k]);
            }
            raw[s] = id;
        }
        return new DocumentTerms(vocabulary, null, raw);
    }

    /** Terms given as strings, per sentence (repeated terms repeated, any order). */
    static DocumentTerms ofStrings(List<List<String>> sentences) {
        TreeSet<String> all = new TreeSet<>();
        sentences.forEach(all::addAll);
        String[] vocabulary = all.toArray(new String[0]);
        Map<String, Integer> rank = new HashMap<>(vocabulary.length * 2);
        for (int k = 0; k < vocabulary.length; k++) {
            rank.put(vocabulary[k], k);
        }
        int[][] raw = new int[sentences.size()][];
        for (int s = 0; s < raw.length; s++) {
            List<String> terms = sentences.get(s);
            int[] id = new int[terms.size()];
            for (int k = 0; k < id.length; k++) {
                id[k] = rank.get(terms.get(k));
            }
            raw[s] = id;
        }
        return new DocumentTerms(null, vocabulary, raw);
    }

    int sentences() {
        return ids.length;
    }

    int vocabularySize() {
        return df.length;
    }

    int[] ids(int sentence) {
        return ids[sentence];
    }

    double[] tf(int sentence) {
        return tf[sentence];
    }

    /** The most sentences any one term is in (0 without terms). */
    int maxDf() {
        int max = 0;
        for (int d : df) {
            max = Math.max(max, d);
        }
        return max;
    }

    int df(int localId) {
        return df[localId];
    }

    /**
     * Merges the vocabularies of {@code a} and {@code b} (terms of the same family): fills
     * {@code mapA} and {@code mapB} with each local term's rank among the distinct terms of both,
     * in sorted order, and returns the number of distinct terms.
     */
    static int union(DocumentTerms a, DocumentTerms b, int[] mapA, int[] mapB) {
        int na = a.vocabularySize();
        int nb = b.vocabularySize();
        boolean byCode = a.codes != null;
        if (byCode != (b.codes != null)) {
            throw new IllegalArgumentException("terms of different families");
        }
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < na || j < nb) {
            int c;
            if (i >= na) {
                c = 1;
            } else if (j >= nb) {
                c = -1;
            } else {
                c = byCode ? Long.compare(a.codes[i], b.codes[j]) : a.words[i].compareTo(b.words[j]);
            }
            if (c <= 0) {
                mapA[i++] = n;
            }
            if (c >= 0) {
                mapB[j++] = n;
            }
            n++;
        }
        return n;
    }
}
