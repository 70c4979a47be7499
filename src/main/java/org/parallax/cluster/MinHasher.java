package org.parallax.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Word shingles of a text in comparison form, and their MinHash signature. Words are runs of
 * letters and digits (a compound's removed hyphen already joined it); a shingle is
 * {@code shingleWords} words in a row, hashed to a feature index below {@link #FEATURES}.
 *
 * <p>The signature is the one Spark MLlib's {@code MinHashLSH} computes for the same feature indices
 * and seed: value {@code t} is the least {@code ((1 + i) * a + b) mod 2,038,074,743} over the
 * features {@code i}, with {@code (a, b)} the table's coefficients drawn from
 * {@code java.util.Random(seed)}. So the Spark job buckets every article as {@code cluster} does and
 * finds the same candidate pairs. Signatures are the same in every run. Immutable and thread-safe.
 */
final class MinHasher {

    /** Size of the feature space shingles are hashed into: 2^30, below {@link #PRIME}. */
    static final int FEATURES = 1 << 30;
    /** MLlib's MinHash prime. */
    static final long PRIME = 2_038_074_743L;
    /** The seed of the hash functions, MLlib's {@code setSeed}. */
    static final long SEED = 20210719L;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final int shingleWords;
    private final long[] a;
    private final long[] b;

    MinHasher(int shingleWords, int size) {
        this.shingleWords = shingleWords;
        Random random = new Random(SEED);
        this.a = new long[size];
        this.b = new long[size];
        for (int t = 0; t < size; t++) {
            a[t] = 1 + random.nextInt((int) PRIME - 1);
            b[t] = random.nextInt((int) PRIME - 1);
        }
    }

    /** The words of a comparison form. */
    static List<String> words(String comparisonForm) {
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(comparisonForm)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The distinct shingles' feature indices of the texts (shingles do not reach across texts), sorted. */
    long[] shingles(List<String> comparisonForms) {
        List<String> words = new ArrayList<>();
        long[] out = new long[16];
        int n = 0;
        for (String text : comparisonForms) {
            words.clear();
            words.addAll(words(text));
            for (int i = 0; i + shingleWords <= words.size(); i++) {
                long h = 0x9E3779B97F4A7C15L;
                for (int k = 0; k < shingleWords; k++) {
                    h = mix(h ^ fnv(words.get(i + k)));
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = (h ^ (h >>> 32)) & (FEATURES - 1);
            }
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /**
     * The MinHash signature of a set of feature indices (each below {@link #FEATURES}); all values
     * {@code Long.MAX_VALUE} for an empty set.
     */
    long[] signature(long[] features) {
        long[] sig = new long[a.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long f : features) {
            long x = 1 + f;
            for (int t = 0; t < a.length; t++) {
                long h = (x * a[t] + b[t]) % PRIME;
                if (h < sig[t]) {
                    sig[t] = h;
                }
            }
        }
        return sig;
    }

    /** FNV-1a over the UTF-16 units of {@code s}. */
    static long fnv(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return h;
    }

    /** The finaliser of SplitMix64: every input bit changes about half the output bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
