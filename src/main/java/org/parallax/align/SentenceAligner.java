package org.parallax.align;

import java.util.List;

/**
 * Aligns the sentences of two articles. Implementations are immutable, thread-safe and
 * deterministic; every sentence of both sides lands in exactly one unit.
 */
public interface SentenceAligner {
    Alignment align(List<String> left, List<String> right);
}
