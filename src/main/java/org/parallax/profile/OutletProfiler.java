package org.parallax.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sums each outlet's {@link OutletEvent}s into its {@link OutletProfile}. Stateless and
 * thread-safe.
 */
public final class OutletProfiler {

    /** Orders profiles by name, case and accents ignored, then by key. */
    public static final Comparator<OutletProfile> BY_NAME = Comparator
            .comparing((OutletProfile p) -> p.id().key()).thenComparing(OutletProfile::name);

    /**
     * The outlets' profiles, sorted by key.
     *
     * @param outletEvents every outlet of every event, events in site order
     */
    public List<OutletProfile> profile(List<OutletEvent> outletEvents) {
        Map<OutletId, List<OutletEvent>> byOutlet = new LinkedHashMap<>();
        outletEvents.forEach(e -> byOutlet.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e));
        List<OutletProfile> profiles = new ArrayList<>();
        byOutlet.forEach((id, events) -> profiles.add(profile(id, events)));
        profiles.sort(BY_NAME);
        return profiles;
    }

    private static OutletProfile profile(OutletId id, List<OutletEvent> events) {
        TreeMap<String, Integer> spellings = new TreeMap<>();
        LinkedHashSet<EventRef> refs = new LinkedHashSet<>();
        TreeSet<String> sources = new TreeSet<>();
        TreeMap<String, Integer> actorCounts = new TreeMap<>();
        List<OmittedClaim> omitted = new ArrayList<>();
        int articles = 0;
        int sentences = 0;
        int high = 0;
        int low = 0;
        int named = 0;
        int anonymous = 0;
        int leads = 0;
        int majority = 0;
        int unique = 0;
        for (OutletEvent e : events) {
            spellings.merge(e.name(), e.articles(), Integer::sum);
            refs.add(e.event());
            sources.addAll(e.namedSources());
            e.actors().forEach((actor, n) -> actorCounts.merge(actor, n, Integer::sum));
            omitted.addAll(e.omitted());
            articles += e.articles();
            sentences += e.sentences();
            high += e.hedgesHigh();
            low += e.hedgesLow();
            named += e.attributionsNamed();
            anonymous += e.attributionsAnonymous();
            leads += e.leads();
            majority += e.leadsMajority();
            unique += e.leadsUnique();
        }
        String name = spellings.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        List<OutletProfile.Actor> actors = new ArrayList<>();
        actorCounts.forEach((actor, n) -> actors.add(new OutletProfile.Actor(actor, n)));
        actors.sort(Comparator.comparingInt(OutletProfile.Actor::count).reversed().thenComparing(OutletProfile.Actor::name));
        return new OutletProfile(id, name, List.copyOf(refs), articles, sentences, high, low, named, anonymous,
                List.copyOf(sources), actors, omitted, leads, majority, unique);
    }
}
