package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * What one source blames in one article: its attributions in text order, the actors it blames, and
 * the actors of the central claim it leaves unnamed there. Immutable.
 *
 * @param source       the source ({@link Attribution#source()}); empty for claims the article makes
 *                     without a source
 * @param lead         the most telling of its attributions: a central actor with words of certainty
 *                     before a central actor, before an actor more specific than the accused, before a
 *                     hedged one; denials last; ties by text order
 * @param attributions this source's attributions in the article, in text order (denials included)
 * @param actors       canonical names of the actors it blames (not only denies), in order of first mention
 * @param notNamed     canonical names of the central claim's actors (see {@link AttributionTable#central()})
 *                     it does not blame in this article
 */
public record SourceAttribution(String source, Attribution lead, List<Attribution> attributions, List<String> actors,
        List<String> notNamed) {
    public SourceAttribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lead, "lead");
        attributions = List.copyOf(attributions);
        actors = List.copyOf(actors);
        notNamed = List.copyOf(notNamed);
        if (attributions.isEmpty()) {
            throw new IllegalArgumentException("a source needs at least one attribution");
        }
    }

    /** True when the article gives no source for these claims. */
    public boolean unattributed() {
        return source.isEmpty();
    }
}
