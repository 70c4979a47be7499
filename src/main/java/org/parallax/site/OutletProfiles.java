package org.parallax.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.claims.Prominence;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.FramingMarker;

/**
 * How each outlet reports across the events of a site: how often it hedges and how often it states
 * certainty, how many of its sources it names, which actors it names (blamed or speaking), and how
 * often it puts a statement in its lead. Counted per event with {@link #add}, then written as
 * {@code outlets.csv} (RFC 4180, UTF-8, one row per outlet sorted by name). Counts are whole numbers,
 * so the result does not depend on the order events are added in. Not thread-safe.
 */
public final class OutletProfiles {

    /** Columns of {@code outlets.csv}. */
    public static final List<String> COLUMNS = List.of("outlet", "events", "articles", "sentences",
            "hedges_per_100_sentences", "certainty_per_100_sentences", "attributions", "sources_named",
            "sources_unnamed", "unattributed_claims", "actors_named", "claims", "claims_in_lead", "lead_share");

    /** How many actors the {@code actors_named} column lists, most often named first. */
    static final int TOP_ACTORS = 5;

    private static final class Tally {
        final TreeSet<String> events = new TreeSet<>();
        int articles;
        int sentences;
        int hedges;
        int certainty;
        int attributions;
        int named;
        int unnamed;
        int unattributed;
        int claims;
        int lead;
        final TreeMap<String, Integer> actors = new TreeMap<>();
    }

    private final Map<String, Tally> outlets = new TreeMap<>();

    /** Adds the articles of one event's comparison. */
    public void add(String event, Comparison comparison) {
        for (Article a : comparison.articles()) {
            Tally t = outlets.computeIfAbsent(a.metadata().outlet(), k -> new Tally());
            t.events.add(event);
            t.articles++;
            t.sentences += a.sentences().size();
            for (int i = 0; i < a.sentences().size(); i++) {
                for (FramingMarker m : comparison.markers(a.id(), i)) {
                    switch (m.type()) {
                        case HEDGE -> {
                            if ("high".equals(m.detail())) {
                                t.certainty++;
                            } else {
                                t.hedges++;
                            }
                        }
                        case ATTRIBUTION -> {
                            t.attributions++;
                            if (m.detail().isEmpty()) {
                                t.unnamed++;
                            } else {
                                t.named++;
                            }
                        }
                        case UNATTRIBUTED -> t.unattributed++;
                        case ACTOR -> t.actors.merge(m.detail().isEmpty() ? m.text() : m.detail(), 1, Integer::sum);
                        default -> {
                            // quotes, numbers, dates, reporting verbs: not part of the profile
                        }
                    }
                }
            }
            for (Claim c : comparison.claims()) {
                List<Integer> indices = c.members().get(a.id());
                if (indices != null && !indices.isEmpty()) {
                    t.claims++;
                    if (Prominence.of(a, indices).equals("lead")) {
                        t.lead++;
                    }
                }
            }
        }
    }

    /** Adds everything counted in {@code other}. */
    public void addAll(OutletProfiles other) {
        other.outlets.forEach((outlet, o) -> {
            Tally t = outlets.computeIfAbsent(outlet, k -> new Tally());
            t.events.addAll(o.events);
            t.articles += o.articles;
            t.sentences += o.sentences;
            t.hedges += o.hedges;
            t.certainty += o.certainty;
            t.attributions += o.attributions;
            t.named += o.named;
            t.unnamed += o.unnamed;
            t.unattributed += o.unattributed;
            t.claims += o.claims;
            t.lead += o.lead;
            o.actors.forEach((k, v) -> t.actors.merge(k, v, Integer::sum));
        });
    }

    /** The CSV text: a header, then one row per outlet; lines end with CRLF. */
    public String csv() {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        outlets.forEach((outlet, t) -> {
            List<Map.Entry<String, Integer>> actors = new ArrayList<>(t.actors.entrySet());
            actors.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            List<String> top = actors.stream().limit(TOP_ACTORS).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
            List<String> row = List.of(outlet, String.valueOf(t.events.size()), String.valueOf(t.articles),
                    String.valueOf(t.sentences), per100(t.hedges, t.sentences), per100(t.certainty, t.sentences),
                    String.valueOf(t.attributions), String.valueOf(t.named), String.valueOf(t.unnamed),
                    String.valueOf(t.unattributed), String.join("; ", top), String.valueOf(t.claims),
                    String.valueOf(t.lead), t.claims == 0 ? "" : String.format(Locale.ROOT, "%.4f", (double) t.lead / t.claims));
            b.append(String.join(",", row.stream().map(OutletProfiles::field).toList())).append("\r\n");
        });
        return b.toString();
    }

    private static String per100(int count, int sentences) {
        return sentences == 0 ? "" : String.format(Locale.ROOT, "%.2f", 100.0 * count / sentences);
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
