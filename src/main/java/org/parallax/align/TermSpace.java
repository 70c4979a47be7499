package org.parallax.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One family of terms (character n-grams, stems or anchors) of both sides of a document pair as
 * TF-IDF vectors. Term ids follow the terms' sorted order, so swapping the sides yields the same ids
 * and bit-identical dot products. A term's document frequency is the larger of its counts on the
 * two sides (sentences per side likewise): a term in one sentence on each side is as rare as a term
 * in one sentence, so the words a matching pair shares are not weighted down for being shared.
 */
final class TermSpace {

    private final SparseVector[] left;
    private final SparseVector[] right;

    private TermSpace(SparseVector[] left, SparseVector[] right) {
        this.left = left;
        this.right = right;
    }

    /** Term spaces of string terms (stems, anchors): each distinct string becomes its rank in sorted order. */
    static TermSpace ofStrings(List<List<String>> leftTerms, List<List<String>> rightTerms) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        leftTerms.forEach(all::addAll);
        rightTerms.forEach(all::addAll);
        Map<String, Long> rank = new HashMap<>(all.size() * 2);
        long r = 0;
        for (String t : all) {
            rank.put(t, r++);
        }
        return build(codes(leftTerms, rank), codes(rightTerms, rank));
    }

    private static List<long[]> codes(List<List<String>> sentences, Map<String, Long> rank) {
        List<long[]> out = new ArrayList<>(sentences.size());
        for (List<String> terms : sentences) {
            long[] c = new long[terms.size()];
            for (int k = 0; k < c.length; k++) {
                c[k] = rank.get(terms.get(k));
            }
            out.add(c);
        }
        return out;
    }

    /** Term spaces of terms given as codes; ids are the ranks of the distinct codes. */
    static TermSpace build(List<long[]> leftTerms, List<long[]> rightTerms) {
        int total = 0;
        for (long[] c : leftTerms) {
            total += c.length;
        }
        for (long[] c : rightTerms) {
            total += c.length;
        }
        long[] all = new long[total];
        int n = 0;
        for (long[] c : leftTerms) {
            System.arraycopy(c, 0, all, n, c.length);
            n += c.length;
        }
        for (long[] c : rightTerms) {
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
        int[][] leftIds = ids(leftTerms, vocabulary);
        int[][] rightIds = ids(rightTerms, vocabulary);
        int[] dfLeft = documentFrequency(leftIds, distinct);
        int[] dfRight = documentFrequency(rightIds, distinct);
        double sentences = Math.max(leftTerms.size(), rightTerms.size());
        float[] idf = new float[distinct];
        for (int t = 0; t < distinct; t++) {
            idf[t] = (float) (Math.log((sentences + 1) / (Math.max(dfLeft[t], dfRight[t]) + 1)) + 1);
        }
        return new TermSpace(vectors(leftIds, idf), vectors(rightIds, idf));
    }

    /** Per sentence, the sorted term ids (repeated terms repeated). */
    private static int[][] ids(List<long[]> sentences, long[] vocabulary) {
        int[][] out = new int[sentences.size()][];
        for (int s = 0; s < out.length; s++) {
            long[] c = sentences.get(s);
            int[] id = new int[c.length];
            for (int k = 0; k < c.length; k++) {
                id[k] = Arrays.binarySearch(vocabulary, c[k]);
            }
            Arrays.sort(id);
            out[s] = id;
        }
        return out;
    }

    private static int[] documentFrequency(int[][] sentences, int vocabulary) {
        int[] df = new int[vocabulary];
        for (int[] id : sentences) {
            for (int k = 0; k < id.length; k++) {
                if (k == 0 || id[k] != id[k - 1]) {
                    df[id[k]]++;
                }
            }
        }
        return df;
    }

    private static SparseVector[] vectors(int[][] sentences, float[] idf) {
        SparseVector[] out = new SparseVector[sentences.length];
        for (int s = 0; s < out.length; s++) {
            int[] raw = sentences[s];
            int distinct = 0;
            for (int k = 0; k < raw.length; k++) {
                if (k == 0 || raw[k] != raw[k - 1]) {
                    distinct++;
                }
            }
            int[] vid = new int[distinct];
            float[] w = new float[distinct];
            int v = -1;
            for (int k = 0; k < raw.length; k++) {
                if (k == 0 || raw[k] != raw[k - 1]) {
                    vid[++v] = raw[k];
                    w[v] = 1;
                } else {
                    w[v]++;
                }
            }
            for (int k = 0; k < distinct; k++) {
                w[k] = (float) ((1 + Math.log(w[k])) * idf[vid[k]]);
            }
            out[s] = new SparseVector(vid, w);
        }
        return out;
    }

    SparseVector left(int i) {
        return left[i];
    }

    SparseVector right(int j) {
        return right[j];
    }

    int leftSize() {
        return left.length;
    }

    int rightSize() {
        return right.length;
    }
}
