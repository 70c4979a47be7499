package org.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who blames whom in one article: one entry per source that it reports blaming the accused. Immutable.
 *
 * @param article the article's id
 * @param sources the sources it reports, in the order of {@link AttributionTable#sources()}
 */
public record OutletAttribution(String article, List<SourceAttribution> sources) {
    public OutletAttribution {
        Objects.requireNonNull(article, "article");
        sources = List.copyOf(sources);
    }

    /** What {@code source} blames in this article, if the article reports it. */
    public Optional<SourceAttribution> source(String source) {
        return sources.stream().filter(s -> s.source().equals(source)).findFirst();
    }
}
