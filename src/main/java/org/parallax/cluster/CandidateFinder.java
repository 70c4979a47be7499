package org.parallax.cluster;

import java.util.Arrays;

/**
 * Candidate pairs by MinHash LSH: the signature is cut into bands; two articles whose values agree
 * in all of one band's rows, and whose days lie at most the window apart, are a candidate pair.
 * Each band's keys are sorted rather than hashed into a map, so the work is {@code O(n log n)} per
 * band, and an article is paired with at most {@code maxNeighbours} later articles of one bucket,
 * so a bucket of many near-identical articles stays linear too (they are still joined: each is
 * paired with its next neighbours). An article without a date is paired within its buckets without
 * regard to dates. An article without shingles is never a candidate. Deterministic.
 */
final class CandidateFinder {

    /** Day of an article without a date. */
    static final int UNDATED = Integer.MIN_VALUE;

    private static final int INDEX_BITS = 24;

    private final int bands;
    private final int rows;
    private final int window;
    private final int maxNeighbours;

    CandidateFinder(int bands, int rows, int window, int maxNeighbours) {
        this.bands = bands;
        this.rows = rows;
        this.window = window;
        this.maxNeighbours = maxNeighbours;
    }

    /**
     * The keys of a signature's bands, 32 bits each: all that the finder keeps of an article. Two
     * articles share a band's key when all its rows agree (or, rarely, by chance: such a pair is one
     * candidate more for the aligner to turn down).
     */
    int[] bandKeys(long[] signature) {
        int[] keys = new int[bands];
        for (int b = 0; b < bands; b++) {
            long h = 0x2545F4914F6CDD1DL * (b + 1);
            for (int r = 0; r < rows; r++) {
                h = MinHasher.mix(h ^ signature[b * rows + r]);
            }
            keys[b] = (int) (h >>> 32);
        }
        return keys;
    }

    /**
     * The candidate pairs, each as {@code (long) i << 32 | j} with {@code i < j}, sorted, without
     * repeats.
     *
     * @param bandKeys the {@link #bandKeys} of each article; null for an article without shingles
     * @param days     the day of each article (epoch day), or {@link #UNDATED}
     */
    long[] find(int[][] bandKeys, int[] days) {
        int n = bandKeys.length;
        if (n >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << INDEX_BITS) - 1) + " articles can be clustered at once");
        }
        PairList pairs = new PairList();
        long[] keys = new long[n];
        int[] group = new int[16];
        int[] groupDays = new int[16];
        for (int b = 0; b < bands; b++) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (bandKeys[i] != null) {
                    keys[k++] = (bandKeys[i][b] & 0xFFFFFFFFL) << INDEX_BITS | i;
                }
            }
            Arrays.sort(keys, 0, k);
            int start = 0;
            while (start < k) {
                long bucket = keys[start] >>> INDEX_BITS;
                int end = start + 1;
                while (end < k && keys[end] >>> INDEX_BITS == bucket) {
                    end++;
                }
                if (end - start > 1) {
                    if (group.length < end - start) {
                        group = new int[Math.max(end - start, group.length * 2)];
                        groupDays = new int[group.length];
                    }
                    int size = 0;
                    for (int q = start; q < end; q++) {
                        int i = (int) (keys[q] & ((1 << INDEX_BITS) - 1));
                        groupDays[size] = days[i];
                        group[size++] = i;
                    }
                    pairWithin(group, groupDays, size, window, maxNeighbours, pairs::add);
                }
                start = end;
            }
        }
        return pairs.sortedDistinct();
    }

    /** Takes one candidate pair, {@code i < j}. */
    @FunctionalInterface
    interface PairSink {
        void add(int i, int j);
    }

    /**
     * Pairs the articles of one bucket: each with the following ones by date (then by index), inside
     * the window, at most {@code maxNeighbours} of them.
     *
     * @param group     the articles' indices, {@code size} of them
     * @param groupDays the day of each of them, in the same order, or {@link #UNDATED}
     */
    static void pairWithin(int[] group, int[] groupDays, int size, int window, int maxNeighbours, PairSink pairs) {
        Integer[] order = new Integer[size];
        for (int q = 0; q < size; q++) {
            order[q] = q;
        }
        Arrays.sort(order, (x, y) -> groupDays[x] != groupDays[y] ? Integer.compare(groupDays[x], groupDays[y])
                : Integer.compare(group[x], group[y]));
        for (int p = 0; p < size; p++) {
            int a = order[p];
            int taken = 0;
            for (int q = p + 1; q < size && taken < maxNeighbours; q++) {
                int c = order[q];
                if (groupDays[a] != UNDATED && (long) groupDays[c] - groupDays[a] > window) {
                    break;
                }
                pairs.add(Math.min(group[a], group[c]), Math.max(group[a], group[c]));
                taken++;
            }
        }
    }

    /** A growing list of pairs packed into longs. */
    static final class PairList {
        private long[] values = new long[1024];
        private int size;

        void add(int i, int j) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = (long) i << 32 | j;
        }

        long[] sortedDistinct() {
            long[] v = Arrays.copyOf(values, size);
            Arrays.sort(v);
            int d = 0;
            for (int i = 0; i < v.length; i++) {
                if (i == 0 || v[i] != v[i - 1]) {
                    v[d++] = v[i];
                }
            }
            return Arrays.copyOf(v, d);
        }
    }
}
