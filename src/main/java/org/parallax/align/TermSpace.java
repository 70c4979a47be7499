package org.parallax.align;

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

    private final int vocabularySize;

    private TermSpace(SparseVector[] left, SparseVector[] right, int vocabularySize) {
        this.left = left;
        this.right = right;
        this.vocabularySize = vocabularySize;
    }

    /** The term space of one family of terms of a document pair, from each document's own counts. */
    static TermSpace of(DocumentTerms leftTerms, DocumentTerms rightTerms) {
        int[] leftMap = new int[leftTerms.vocabularySize()];
        int[] rightMap = new int[rightTerms.vocabularySize()];
        int distinct = DocumentTerms.union(leftTerms, rightTerms, leftMap, rightMap);
        int[] dfLeft = new int[distinct];
        int[] dfRight = new int[distinct];
        for (int t = 0; t < leftMap.length; t++) {
            dfLeft[leftMap[t]] = leftTerms.df(t);
        }
        for (int t = 0; t < rightMap.length; t++) {
            dfRight[rightMap[t]] = rightTerms.df(t);
        }
        double sentences = Math.max(leftTerms.sentences(), rightTerms.sentences());
        // the weight depends on the document frequency alone: one logarithm per frequency, not per term
        float[] byDf = new float[(int) sentences + 1];
        for (int df = 0; df < byDf.length; df++) {
            byDf[df] = (float) (Math.log((sentences + 1) / (df + 1)) + 1);
        }
        float[] idf = new float[distinct];
        for (int t = 0; t < distinct; t++) {
            idf[t] = byDf[Math.max(dfLeft[t], dfRight[t])];
        }
        return new TermSpace(vectors(leftTerms, leftMap, idf), vectors(rightTerms, rightMap, idf), distinct);
    }

    /** Per sentence, its terms' ids in the pair's vocabulary (ascending, as the merge keeps order) and weights. */
    private static SparseVector[] vectors(DocumentTerms terms, int[] map, float[] idf) {
        SparseVector[] out = new SparseVector[terms.sentences()];
        for (int s = 0; s < out.length; s++) {
            int[] local = terms.ids(s);
            double[] tf = terms.tf(s);
            int[] vid = new int[local.length];
            float[] w = new float[local.length];
            for (int k = 0; k < local.length; k++) {
                vid[k] = map[local[k]];
                w[k] = (float) (tf[k] * idf[vid[k]]);
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

    /** Number of distinct terms of both sides: every term id is below it. */
    int vocabularySize() {
        return vocabularySize;
    }

    int leftSize() {
        return left.length;
    }

    int rightSize() {
        return right.length;
    }
}
