package org.parallax.profile;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one outlet's articles show in one event; the counts are summed over its articles there
 * (usually one). Immutable and serializable, so that a worker that compared the event can hand
 * it on to the one that profiles every event.
 *
 * @param id                     the outlet
 * @param name                   the outlet's name as its first article in the event writes it
 * @param event                  the event
 * @param articles               the outlet's articles in the event
 * @param sentences              their sentences as segmented
 * @param hedgesHigh             statements of certainty ("with high confidence")
 * @param hedgesLow              hedges of doubt ("reportedly")
 * @param attributionsNamed      attributions to a named source
 * @param attributionsAnonymous  attributions to no named source ("officials said")
 * @param namedSources           the distinct named sources, sorted
 * @param actors                 actor to how often the outlet names it, sorted by actor
 * @param omitted                the claims more than half of its peers carry and it does not, in story order
 * @param leads                  articles that have a lead (a first sentence in a paragraph)
 * @param leadsMajority          leads in a claim more than half of the event's outlets carry, at least one
 *                               other among them
 * @param leadsUnique            leads in a claim no other outlet of the event carries
 */
public record OutletEvent(OutletId id, String name, EventRef event, int articles, int sentences, int hedgesHigh,
        int hedgesLow, int attributionsNamed, int attributionsAnonymous, List<String> namedSources,
        Map<String, Integer> actors, List<OmittedClaim> omitted, int leads, int leadsMajority, int leadsUnique)
        implements Serializable {
    public OutletEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(event, "event");
        namedSources = List.copyOf(namedSources);
        actors = java.util.Collections.unmodifiableMap(new TreeMap<>(actors));
        omitted = List.copyOf(omitted);
    }
}
