package org.parallax.align;

import java.util.Arrays;
import java.util.Set;

/**
 * Finds candidate sentence pairs without comparing every sentence with every other: an inverted
 * index over the terms of one side (terms found in more than {@code maxPostings} of its sentences
 * are left out) accumulates an approximate similarity for each sentence of the other side, and the
 * top {@code k} are kept. Done in both directions, so the result does not depend on which article
 * is on the left.
 */
final class CandidateIndex {

    private CandidateIndex() {
    }

    /**
     * Adds {@code i * rightSize + j} for every candidate pair to {@code out}. Small sides whose terms
     * all pass the posting limit are scored from the dot products of every pair, larger ones through
     * the index; both give the same pairs.
     */
    static void topPairs(PairFeatures f, int k, int maxPostings, Set<Long> out) {
        topPairs(f, k, maxPostings, f.allPairsFeasible(maxPostings), out);
    }

    /** {@link #topPairs}, by every pair's dot products ({@code allPairs}, when feasible) or through the index. */
    static void topPairs(PairFeatures f, int k, int maxPostings, boolean allPairs, Set<Long> out) {
        int nl = f.leftSize();
        int nr = f.rightSize();
        if (nl == 0 || nr == 0) {
            return;
        }
        if (allPairs && !f.allPairsFeasible(maxPostings)) {
            throw new IllegalArgumentException("terms over the posting limit: search through the index");
        }
        int[][] fromRight;
        int[][] fromLeft;
        if (allPairs) {
            int[][][] both = searchAllPairs(f, k);
            fromRight = both[0];
            fromLeft = both[1];
        } else {
            fromRight = search(f, true, k, maxPostings);
            fromLeft = search(f, false, k, maxPostings);
        }
        for (int j = 0; j < nr; j++) {
            for (int i : fromRight[j]) {
                out.add((long) i * nr + j);
            }
        }
        for (int i = 0; i < nl; i++) {
            for (int j : fromLeft[i]) {
                out.add((long) i * nr + j);
            }
        }
    }

    /**
     * For each query sentence, the best {@code k} indexed sentences. With {@code indexLeft} the left
     * side is indexed and right sentences are the queries.
     */
    private static int[][] search(PairFeatures f, boolean indexLeft, int k, int maxPostings) {
        int indexed = indexLeft ? f.leftSize() : f.rightSize();
        int queries = indexLeft ? f.rightSize() : f.leftSize();
        double[][] acc = new double[3][indexed];
        double[][] norms = new double[3][indexed];
        Postings[] postings = new Postings[3];
        for (int s = 0; s < 3; s++) {
            TermSpace space = f.space(s);
            SparseVector[] docs = new SparseVector[indexed];
            for (int d = 0; d < indexed; d++) {
                docs[d] = indexLeft ? space.left(d) : space.right(d);
                norms[s][d] = Math.sqrt(docs[d].norm2());
            }
            postings[s] = new Postings(docs, maxPostings);
        }
        int[] touched = new int[indexed];
        boolean[] seen = new boolean[indexed];
        double[] score = new double[indexed];
        int[][] out = new int[queries][];
        double weightSum = f.weight(0) + f.weight(1) + f.weight(2);
        for (int q = 0; q < queries; q++) {
            int nTouched = 0;
            double[] qNorm = new double[3];
            for (int s = 0; s < 3; s++) {
                SparseVector v = indexLeft ? f.space(s).right(q) : f.space(s).left(q);
                qNorm[s] = Math.sqrt(v.norm2());
                Postings p = postings[s];
                for (int t = 0; t < v.size(); t++) {
                    int id = v.id(t);
                    if (id >= p.start.length - 1) {
                        continue;
                    }
                    double w = v.weight(t);
                    for (int e = p.start[id]; e < p.start[id + 1]; e++) {
                        int d = p.doc[e];
                        if (!seen[d]) {
                            seen[d] = true;
                            touched[nTouched++] = d;
                        }
                        acc[s][d] += w * p.weight[e];
                    }
                }
            }
            for (int t = 0; t < nTouched; t++) {
                int d = touched[t];
                double sc = 0;
                for (int s = 0; s < 3; s++) {
                    if (acc[s][d] > 0) {
                        sc += f.weight(s) * acc[s][d] / (norms[s][d] * qNorm[s]);
                    }
                    acc[s][d] = 0;
                }
                score[d] = sc / weightSum;
                seen[d] = false;
            }
            out[q] = best(touched, nTouched, score, k);
        }
        return out;
    }

    /**
     * What {@link #search} finds in both directions when no term is left out of the index: the
     * accumulated score of a pair is then the dot product of its two sentences in each space, summed
     * in the same order of term ids, so the exact dot products of every pair give the same scores.
     * Returns the candidates per right sentence and per left sentence.
     */
    private static int[][][] searchAllPairs(PairFeatures f, int k) {
        int nl = f.leftSize();
        int nr = f.rightSize();
        double[] dots = f.allDots();
        double[][] leftNorm = new double[3][nl];
        double[][] rightNorm = new double[3][nr];
        for (int s = 0; s < 3; s++) {
            for (int i = 0; i < nl; i++) {
                leftNorm[s][i] = Math.sqrt(f.space(s).left(i).norm2());
            }
            for (int j = 0; j < nr; j++) {
                rightNorm[s][j] = Math.sqrt(f.space(s).right(j).norm2());
            }
        }
        double weightSum = f.weight(0) + f.weight(1) + f.weight(2);
        double[] score = new double[nl * nr];
        boolean[] touched = new boolean[nl * nr];
        for (int i = 0; i < nl; i++) {
            for (int j = 0; j < nr; j++) {
                int c = i * nr + j;
                double sc = 0;
                boolean any = false;
                for (int s = 0; s < 3; s++) {
                    double acc = dots[c * 3 + s];
                    if (acc > 0) {
                        // a shared term has a positive product: exactly the pairs the postings touch
                        any = true;
                        sc += f.weight(s) * acc / (leftNorm[s][i] * rightNorm[s][j]);
                    }
                }
                score[c] = sc / weightSum;
                touched[c] = any;
            }
        }
        int[] list = new int[Math.max(nl, nr)];
        double[] column = new double[nl];
        int[][] fromRight = new int[nr][];
        for (int j = 0; j < nr; j++) {
            int n = 0;
            for (int i = 0; i < nl; i++) {
                column[i] = score[i * nr + j];
                if (touched[i * nr + j]) {
                    list[n++] = i;
                }
            }
            fromRight[j] = best(list, n, column, k);
        }
        double[] row = new double[nr];
        int[][] fromLeft = new int[nl][];
        for (int i = 0; i < nl; i++) {
            int n = 0;
            for (int j = 0; j < nr; j++) {
                row[j] = score[i * nr + j];
                if (touched[i * nr + j]) {
                    list[n++] = j;
                }
            }
            fromLeft[i] = best(list, n, row, k);
        }
        return new int[][][] {fromRight, fromLeft};
    }

    /** The {@code k} highest-scoring of the touched documents, best first, ties to the lower index. */
    private static int[] best(int[] touched, int n, double[] score, int k) {
        int m = Math.min(k, n);
        int[] top = new int[m];
        int filled = 0;
        for (int t = 0; t < n; t++) {
            int d = touched[t];
            if (filled == m && !better(d, top[m - 1], score)) {
                continue;
            }
            int at = filled < m ? filled++ : m - 1;
            while (at > 0 && better(d, top[at - 1], score)) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = d;
        }
        return top;
    }

    private static boolean better(int x, int y, double[] score) {
        return score[x] > score[y] || (score[x] == score[y] && x < y);
    }

    /** Compressed postings lists: for term id t, entries start[t] .. start[t + 1] - 1. */
    private static final class Postings {
        final int[] start;
        final int[] doc;
        final float[] weight;

        Postings(SparseVector[] docs, int maxPostings) {
            int vocab = 0;
            for (SparseVector v : docs) {
                for (int t = 0; t < v.size(); t++) {
                    vocab = Math.max(vocab, v.id(t) + 1);
                }
            }
            int[] count = new int[vocab];
            for (SparseVector v : docs) {
                for (int t = 0; t < v.size(); t++) {
                    count[v.id(t)]++;
                }
            }
            start = new int[vocab + 1];
            for (int t = 0; t < vocab; t++) {
                start[t + 1] = start[t] + (count[t] <= maxPostings ? count[t] : 0);
            }
            doc = new int[start[vocab]];
            weight = new float[start[vocab]];
            int[] fill = Arrays.copyOf(start, vocab);
            for (int d = 0; d < docs.length; d++) {
                SparseVector v = docs[d];
                for (int t = 0; t < v.size(); t++) {
                    int id = v.id(t);
                    if (count[id] <= maxPostings) {
                        doc[fill[id]] = d;
                        weight[fill[id]++] = v.weight(t);
                    }
                }
            }
        }
    }
}
