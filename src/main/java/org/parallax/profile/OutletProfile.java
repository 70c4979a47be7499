package org.parallax.profile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One outlet across the events of a site: the sums of its {@link OutletEvent}s and the rates drawn
 * from them. Immutable.
 *
 * @param id                    the outlet
 * @param name                  its name as most of its articles write it (ties: the first in code-point order)
 * @param events                the events it has an article in, in site order
 * @param articles              its articles
 * @param sentences             their sentences as segmented
 * @param hedgesHigh            statements of certainty
 * @param hedgesLow             hedges of doubt
 * @param attributionsNamed     attributions to a named source
 * @param attributionsAnonymous attributions to no named source
 * @param namedSources          the distinct named sources over all its articles, sorted
 * @param actors                the actors it names, most often first, ties by name
 * @param omitted               claims most of its peers carry and it does not, event by event in site
 *                              order, in story order within an event
 * @param leads                 articles that have a lead
 * @param leadsMajority         leads in a claim most of the event's outlets carry
 * @param leadsUnique           leads in a claim no other outlet carries
 */
public record OutletProfile(OutletId id, String name, List<EventRef> events, int articles, int sentences,
        int hedgesHigh, int hedgesLow, int attributionsNamed, int attributionsAnonymous, List<String> namedSources,
        List<Actor> actors, List<OmittedClaim> omitted, int leads, int leadsMajority, int leadsUnique) {

    /** An actor and how often the outlet names it. */
    public record Actor(String name, int count) {
        public Actor {
            Objects.requireNonNull(name, "name");
        }
    }

    public OutletProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        events = List.copyOf(events);
        namedSources = List.copyOf(namedSources);
        actors = List.copyOf(actors);
        omitted = List.copyOf(omitted);
    }

    /** Hedges of doubt per 100 sentences; 0 without sentences. */
    public double hedgeRate() {
        return per100(hedgesLow, sentences);
    }

    /** Statements of certainty per 100 sentences; 0 without sentences. */
    public double certaintyRate() {
        return per100(hedgesHigh, sentences);
    }

    /** Per cent of its leads that lie in a claim most outlets of the event carry; 0 without leads. */
    public double leadMajorityShare() {
        return per100(leadsMajority, leads);
    }

    /** Per cent of its leads that lie in a claim only it carries; 0 without leads. */
    public double leadUniqueShare() {
        return per100(leadsUnique, leads);
    }

    /** A rate or share as the site writes it: one decimal, a point, no grouping ("12.5"). */
    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static double per100(int count, int total) {
        return total == 0 ? 0 : 100.0 * count / total;
    }
}
