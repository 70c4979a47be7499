package org.parallax.align;

import java.util.List;

/**
 * How much two runs of consecutive sentences say the same thing: a value in [0, 1], 1 for runs that
 * are equal after comparison normalisation. Implementations are immutable and thread-safe.
 */
public interface SentenceSimilarity {
    double similarity(List<String> left, List<String> right);
}
