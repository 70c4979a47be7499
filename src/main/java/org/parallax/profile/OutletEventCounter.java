package org.parallax.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.model.Article;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.FramingMarker;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;
import org.parallax.model.Sentence;

/**
 * Reduces one event's comparison to what each of its outlets shows there, so that a site keeps a
 * few numbers per event instead of whole comparisons. Outlets are told apart by {@link OutletId};
 * an outlet with two articles in an event is one outlet that carries a claim when either article
 * does. Stateless and thread-safe.
 */
public final class OutletEventCounter {

    /** One entry per outlet of the event, in the order of the outlets' first articles. */
    public List<OutletEvent> count(EventRef event, Comparison comparison) {
        Map<OutletId, List<Article>> byOutlet = new LinkedHashMap<>();
        for (Article a : comparison.articles()) {
            byOutlet.computeIfAbsent(OutletId.of(a.metadata().outlet()), k -> new ArrayList<>()).add(a);
        }
        Map<String, OutletId> outletOf = new HashMap<>();
        byOutlet.forEach((id, articles) -> articles.forEach(a -> outletOf.put(a.id(), id)));
        // the outlets that carry each claim, and the claim of every sentence, by the claim's position
        List<Claim> claims = comparison.claims();
        List<Set<OutletId>> carriers = new ArrayList<>();
        Map<String, Integer> claimOfSentence = new HashMap<>();
        for (int c = 0; c < claims.size(); c++) {
            Set<OutletId> outlets = new HashSet<>();
            int position = c;
            claims.get(c).members().forEach((articleId, indices) -> {
                outlets.add(outletOf.get(articleId));
                indices.forEach(i -> claimOfSentence.put(articleId + "/" + i, position));
            });
            carriers.add(outlets);
        }
        int outletCount = byOutlet.size();
        List<OutletEvent> result = new ArrayList<>();
        byOutlet.forEach((id, articles) -> {
            int sentences = 0;
            int high = 0;
            int low = 0;
            int named = 0;
            int anonymous = 0;
            TreeSet<String> sources = new TreeSet<>();
            TreeMap<String, Integer> actors = new TreeMap<>();
            int leads = 0;
            int leadsMajority = 0;
            int leadsUnique = 0;
            for (Article a : articles) {
                sentences += a.sentences().size();
                for (int i = 0; i < a.sentences().size(); i++) {
                    for (FramingMarker m : comparison.markers(a.id(), i)) {
                        switch (m.type()) {
                            case HEDGE -> {
                                if ("high".equals(m.detail())) {
                                    high++;
                                } else {
                                    low++;
                                }
                            }
                            case ATTRIBUTION -> {
                                if (m.detail().isEmpty()) {
                                    anonymous++;
                                } else {
                                    named++;
                                    sources.add(m.detail());
                                }
                            }
                            case ACTOR -> actors.merge(m.detail().isEmpty() ? m.text() : m.detail(), 1, Integer::sum);
                            default -> { }
                        }
                    }
                }
                Sentence lead = lead(a);
                if (lead != null) {
                    leads++;
                    Integer claim = claimOfSentence.get(a.id() + "/" + lead.index());
                    Set<OutletId> by = claim == null ? Set.of(id) : carriers.get(claim);
                    if (by.size() > 1 && 2 * by.size() > outletCount) {
                        leadsMajority++;
                    } else if (by.size() == 1 && outletCount > 1) {
                        leadsUnique++;
                    }
                }
            }
            List<OmittedClaim> omitted = new ArrayList<>();
            int peers = outletCount - 1;
            for (int c = 0; c < claims.size(); c++) {
                Claim claim = claims.get(c);
                Set<OutletId> by = carriers.get(c);
                if (!by.contains(id) && 2 * by.size() > peers) {
                    Article common = comparison.article(claim.common()).orElseThrow();
                    omitted.add(new OmittedClaim(event, claim.id(), anchor(comparison, claim),
                            common.text(claim.members().get(claim.common())), by.size(), peers));
                }
            }
            result.add(new OutletEvent(id, articles.get(0).metadata().outlet(), event, articles.size(), sentences,
                    high, low, named, anonymous, List.copyOf(sources), actors, omitted, leads, leadsMajority,
                    leadsUnique));
        });
        return result;
    }

    /**
     * Where the event page shows {@code claim}: its row of the claim table, which the page has with more
     * than two articles; else the unit of the one pair that holds the claim's first sentence.
     */
    static String anchor(Comparison comparison, Claim claim) {
        if (comparison.articles().size() > 2 || comparison.pivotPairs().size() != 1) {
            return claim.id();
        }
        PairComparison pair = comparison.pivotPairs().get(0);
        String article = claim.common();
        int sentence = claim.members().get(article).get(0);
        boolean left = article.equals(pair.left());
        for (UnitComparison u : pair.units()) {
            if ((left ? u.unit().left() : u.unit().right()).contains(sentence)) {
                return u.anchor();
            }
        }
        return claim.id();
    }

    /** The article's first sentence in a paragraph, or null when it has none. */
    static Sentence lead(Article article) {
        for (Sentence s : article.sentences()) {
            if (s.block() < article.blocks().size() && article.blocks().get(s.block()).kind() == BlockKind.PARAGRAPH) {
                return s;
            }
        }
        return null;
    }
}
