package org.parallax.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Word shingles of a text in comparison form, and their MinHash signature. Words are runs of
 * letters and digits (a compound's removed hyphen already joined it); a shingle is
 * {@code shingleWords} words in a row, hashed to 64 bits. The signature's hash functions come from a
 * fixed seed, so signatures are the same in every run. Immutable and thread-safe.
 */
final class MinHasher {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long SEED = 0x5EED_2021_0719L;

    private final int shingleWords;
    private final long[] seeds;

    MinHasher(int shingleWords, int size) {
        this.shingleWords = shingleWords;
        SplittableRandom random = new SplittableRandom(SEED);
        this.seeds = new long[size];
        for (int i = 0; i < size; i++) {
            seeds[i] = random.nextLong();
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

    /** The distinct shingle hashes of the texts (shingles do not reach across texts), sorted. */
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
                out[n++] = h;
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

    /** The MinHash signature of a shingle set; all values {@code Long.MAX_VALUE} for an empty set. */
    long[] signature(long[] shingles) {
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(s ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
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
