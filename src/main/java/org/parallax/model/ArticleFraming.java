package org.parallax.model;


import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The framing of one whole article, counted over the markers of all its sentences. Immutable.
 *
 * @param hedgesHigh            hedges of certainty ("mit sehr hoher Wahrscheinlichkeit", "high confidence")
 * @param hedgesLow             hedges of doubt ("mutmaßlich", "reportedly")
 * @param attributions          attributions, anonymous ones included
 * @param quotations            direct quotations
 * @param namedSources          distinct named sources (canonical, sorted); anonymous ones are not listed
 * @param actors                actors named, whether blamed or speaking as a source, most often first,
 *                              ties by name
 * @param reportingVerbsNeutral neutral reporting verbs (sagte, said)
 * @param reportingVerbsLoaded  loaded reporting verbs (behauptete, claimed)
 * @param unattributedClaims    claims made without any source
 */
public record ArticleFraming(int hedgesHigh, int hedgesLow, int attributions, int quotations,
        List<String> namedSources, List<ActorCount> actors, int reportingVerbsNeutral, int reportingVerbsLoaded,
        int unattributedClaims) {

    /**
     * How often an actor is named in an article. Immutable.
     *
     * @param actor canonical name ("China: Ministry of State Security")
     * @param count at least 1
     */
    public record ActorCount(String actor, int count) {
        public ActorCount {
            Objects.requireNonNull(actor, "actor");
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive: " + count);
            }
        }
    }

    public ArticleFraming {
        namedSources = List.copyOf(namedSources);
        actors = List.copyOf(actors);
        for (int n : new int[] {hedgesHigh, hedgesLow, attributions, quotations, reportingVerbsNeutral,
                reportingVerbsLoaded, unattributedClaims}) {
            if (n < 0) {
                throw new IllegalArgumentException("negative count: " + n);
            }
        }
    }

    /** Counts the given markers (the markers of every sentence of one article). */
    public static ArticleFraming of(Collection<FramingMarker> markers) {
        int high = 0;
        int low = 0;
        int attributions = 0;
        int quotes = 0;
        int neutral = 0;
        int loaded = 0;
        int unattributed = 0;
        TreeSet<String> sources = new TreeSet<>();
        TreeMap<String, Integer> actorCounts = new TreeMap<>();
        for (FramingMarker m : markers) {
            switch (m.type()) {
                case HEDGE -> {
                    if ("high".equals(m.detail())) {
                        high++;
                    } else {
                        low++;
                    }
                }
                case ATTRIBUTION -> {
                    attributions++;
                    if (!m.detail().isEmpty()) {
                        sources.add(m.detail());
                    }
                }
                case QUOTE -> quotes++;
                case REPORTING_VERB -> {
                    if ("loaded".equals(m.detail())) {
                        loaded++;
                    } else {
                        neutral++;
                    }
                }
                case ACTOR -> actorCounts.merge(m.detail().isEmpty() ? m.text() : m.detail(), 1, Integer::sum);
                case UNATTRIBUTED -> unattributed++;
                default -> { }
            }
        }
        List<ActorCount> actors = new ArrayList<>();
        actorCounts.forEach((name, count) -> actors.add(new ActorCount(name, count)));
        actors.sort((a, b) -> a.count() != b.count() ? b.count() - a.count() : a.actor().compareTo(b.actor()));
        return new ArticleFraming(high, low, attributions, quotes, List.copyOf(sources), actors, neutral, loaded,
                unattributed);
    }

    /** Number of distinct named sources. */
    public int namedSourceCount() {
        return namedSources.size();
    }
}
