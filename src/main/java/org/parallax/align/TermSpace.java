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

    static TermSpace build(List<List<String>> leftTerms, List<List<String>> rightTerms) {
        Map<String, int[]> df = new HashMap<>();
        countDocumentFrequency(leftTerms, df, 0);
        countDocumentFrequency(rightTerms, df, 1);
        String[] sorted = df.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        Map<String, Integer> ids = new HashMap<>(sorted.length * 2);
        double n = Math.max(leftTerms.size(), rightTerms.size());
        float[] idf = new float[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            ids.put(sorted[k], k);
            idf[k] = (float) (Math.log((n + 1) / (Math.max(df.get(sorted[k])[0], df.get(sorted[k])[1]) + 1)) + 1);
        }
        return new TermSpace(vectors(leftTerms, ids, idf), vectors(rightTerms, ids, idf));
    }

    private static void countDocumentFrequency(List<List<String>> sentences, Map<String, int[]> df, int side) {
        for (List<String> terms : sentences) {
            for (String t : new java.util.HashSet<>(terms)) {
                df.computeIfAbsent(t, k -> new int[2])[side]++;
            }
        }
    }

    private static SparseVector[] vectors(List<List<String>> sentences, Map<String, Integer> ids, float[] idf) {
        SparseVector[] out = new SparseVector[sentences.size()];
        for (int s = 0; s < out.length; s++) {
            List<String> terms = sentences.get(s);
            int[] raw = new int[terms.size()];
            for (int k = 0; k < raw.length; k++) {
                raw[k] = ids.get(terms.get(k));
            }
            Arrays.sort(raw);
            List<int[]> runs = new ArrayList<>();
            for (int k = 0; k < raw.length; ) {
                int e = k;
                while (e < raw.length && raw[e] == raw[k]) {
                    e++;
                }
                runs.add(new int[] {raw[k], e - k});
                k = e;
            }
            int[] vid = new int[runs.size()];
            float[] w = new float[runs.size()];
            for (int k = 0; k < vid.length; k++) {
                vid[k] = runs.get(k)[0];
                w[k] = (float) ((1 + Math.log(runs.get(k)[1])) * idf[vid[k]]);
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
