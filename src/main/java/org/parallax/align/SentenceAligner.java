package org.parallax.align;

import java.util.List;

/**
 * Aligns the sentences of two articles. Implementations are immutable, thread-safe and
 * deterministic; every sentence of both sides lands in exactly one unit.
 */
public interface SentenceAligner {
    Alignment align(List<String> left, List<String> right);

    /**
     * Does the work on {@code sentences} that does not depend on the other article, for an article
     * that will be aligned with several others. The default prepares nothing.
     */
    default PreparedSentences prepare(List<String> sentences) {
        return PreparedSentences.of(sentences);
    }

    /** The same alignment as {@link #align(List, List)} of the two articles' sentences. */
    default Alignment align(PreparedSentences left, PreparedSentences right) {
        return align(left.sentences(), right.sentences());
    }
}
