package org.parallax.site;

import org.parallax.model.Comparison;

/** Compares the articles of one event. Implementations are thread-safe: events are built in parallel. */
@FunctionalInterface
public interface EventComparer {
    Comparison compare(CorpusEvent event);
}
