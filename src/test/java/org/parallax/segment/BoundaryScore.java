package org.parallax.segment;

import org.parallax.model.Sentence;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sentence-boundary accuracy of one segmenter over a set of cases. A boundary is the number of
 * non-white-space characters before a sentence start (the first sentence excluded), so segmenters
 * that trim differently are compared fairly. Precision, recall and F1 are micro-averaged over all
 * boundaries of all cases; a case is correct when its predicted boundaries equal the gold ones.
 */
record BoundaryScore(String segmenter, int truePositives, int falsePositives, int falseNegatives,
                     int casesCorrect, int cases) {

    static BoundaryScore empty(String segmenter) {
        return new BoundaryScore(segmenter, 0, 0, 0, 0, 0);
    }

    /** This score with one more case counted. */
    BoundaryScore add(Set<Integer> gold, Set<Integer> predicted) {
        int tp = (int) predicted.stream().filter(gold::contains).count();
        return new BoundaryScore(segmenter, truePositives + tp, falsePositives + predicted.size() - tp,
                falseNegatives + gold.size() - tp, casesCorrect + (gold.equals(predicted) ? 1 : 0), cases + 1);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double shareCorrect() {
        return cases == 0 ? 0 : (double) casesCorrect / cases;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%-34s P %.3f  R %.3f  F1 %.3f  cases correct %d/%d (%.1f%%)",
                segmenter, precision(), recall(), f1(), casesCorrect, cases, 100 * shareCorrect());
    }

    /** Boundaries of a segmentation given as sentences. */
    static Set<Integer> ofSentences(List<String> sentences) {
        Set<Integer> boundaries = new TreeSet<>();
        int count = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0 && count > 0) {
                boundaries.add(count);
            }
            count += nonSpaceCount(sentences.get(i), 0, sentences.get(i).length());
        }
        boundaries.remove(count);
        return boundaries;
    }

    /** Boundaries of a segmentation given as sentence start offsets into {@code text}. */
    static Set<Integer> ofOffsets(String text, int[] starts) {
        int total = nonSpaceCount(text, 0, text.length());
        Set<Integer> boundaries = new TreeSet<>();
        for (int start : starts) {
            int count = nonSpaceCount(text, 0, start);
            if (count > 0 && count < total) {
                boundaries.add(count);
            }
        }
        return boundaries;
    }

    private static int nonSpaceCount(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!RuleCorrectedSentenceSplitter.isSpace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
