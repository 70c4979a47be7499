package org.parallax.segment;

import java.util.List;

/**
 * Splits one block of text (a paragraph or a headline) into sentences. Implementations are immutable
 * and thread-safe.
 *
 * <p>Nothing is lost: the returned sentences, concatenated, hold every non-white-space character of
 * the input in order. Each sentence is trimmed.
 */
public interface SentenceSplitter {
    List<String> split(String block);
}
