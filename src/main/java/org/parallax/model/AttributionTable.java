package org.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "Who said what" over all articles of a comparison: for the actor blamed most (the accused), each
 * article's pairs of source and actor blamed, with certainty words and sentence. Immutable.
 *
 * @param accused the canonical name of the accused ("China"); empty when no article blames anyone
 * @param actors  the accused and the actors that belong to it ("China: Ministry of State Security",
 *                "Chinese territory"), most often blamed first, ties by name
 * @param central the actors of the central claim: those blamed together with a statement of high
 *                certainty anywhere, or else the actor blamed most often
 * @param sources every source that blames the accused in some article, carried by most articles first,
 *                then by first mention; the empty source (claims without a source) last
 * @param outlets one entry per article, in the comparison's article order
 */
public record AttributionTable(String accused, List<String> actors, List<String> central, List<String> sources,
        List<OutletAttribution> outlets) {
    public AttributionTable {
        Objects.requireNonNull(accused, "accused");
        actors = List.copyOf(actors);
        central = List.copyOf(central);
        sources = List.copyOf(sources);
        outlets = List.copyOf(outlets);
    }

    /** A table without attributions. */
    public static AttributionTable empty() {
        return new AttributionTable("", List.of(), List.of(), List.of(), List.of());
    }

    /** True when no article blames anyone. */
    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /** The entry of the article {@code id}. */
    public Optional<OutletAttribution> outlet(String id) {
        return outlets.stream().filter(o -> o.article().equals(id)).findFirst();
    }
}
