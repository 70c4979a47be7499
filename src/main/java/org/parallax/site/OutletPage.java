package org.parallax.site;

import java.util.ArrayList;
import java.util.List;
import org.parallax.profile.EventRef;
import org.parallax.profile.OmittedClaim;
import org.parallax.profile.OutletProfile;

/**
 * What the page of one outlet ({@code SITE/outlets/<slug>/index.html}) shows, with links relative
 * to that page; the wording is in the templates' messages. Immutable.
 *
 * @param name     the outlet's name
 * @param articles its articles
 * @param count    its events
 * @param facts    its figures, in the order README defines them
 * @param actors   the actors it names, most often first
 * @param sources  the named sources it cites, sorted
 * @param events   its events, in site order
 * @param omitted  the claims most of its peers carry and it does not
 */
public record OutletPage(String name, int articles, int count, List<Fact> facts, List<OutletProfile.Actor> actors,
        List<String> sources, List<EventLink> events, List<OmittedLink> omitted) {

    /** The way from an outlet's page back to the top of the site. */
    static final String UP = "../../";

    public OutletPage {
        facts = List.copyOf(facts);
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        events = List.copyOf(events);
        omitted = List.copyOf(omitted);
    }

    /**
     * One figure: its message key ({@code outlet.fact.<key>} labels it, {@code .means} says what it
     * counts, with {@code first} and {@code second} as its parameters) and its value as shown.
     */
    public record Fact(String key, String value, int first, int second) {
        public String label() {
            return "outlet.fact." + key;
        }

        public String means() {
            return "outlet.fact." + key + ".means";
        }
    }

    /** An event of the outlet, linked with its data files. */
    public record EventLink(String title, String date, String href, String json, String csv) {
    }

    /**
     * An omitted claim, linked to where the event page shows it.
     *
     * @param label  message key: {@code outlet.omitted.claim} for a claim row, {@code outlet.omitted.unit} for a unit
     * @param number the claim's or unit's number
     */
    public record OmittedLink(String event, String eventHref, String label, String number, String href, String text,
            int carriers, int peers) {
    }

    /** The page of {@code p}. */
    static OutletPage of(OutletProfile p) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("events", Integer.toString(p.events().size()), 0, 0));
        facts.add(new Fact("articles", Integer.toString(p.articles()), 0, 0));
        facts.add(new Fact("sentences", Integer.toString(p.sentences()), 0, 0));
        facts.add(new Fact("hedgeRate", OutletProfile.decimal(p.hedgeRate()), p.hedgesLow(), 0));
        facts.add(new Fact("certaintyRate", OutletProfile.decimal(p.certaintyRate()), p.hedgesHigh(), 0));
        facts.add(new Fact("named", Integer.toString(p.attributionsNamed()), p.namedSources().size(), 0));
        facts.add(new Fact("anonymous", Integer.toString(p.attributionsAnonymous()), 0, 0));
        facts.add(new Fact("omitted", Integer.toString(p.omitted().size()), 0, 0));
        facts.add(new Fact("leadsShared", OutletProfile.decimal(p.leadMajorityShare()) + " %", p.leadsMajority(), p.leads()));
        facts.add(new Fact("leadsOwn", OutletProfile.decimal(p.leadUniqueShare()) + " %", p.leadsUnique(), p.leads()));
        List<EventLink> events = p.events().stream().map(OutletPage::eventLink).toList();
        List<OmittedLink> omitted = p.omitted().stream().map(OutletPage::omittedLink).toList();
        return new OutletPage(p.name(), p.articles(), p.events().size(), facts, p.actors(), p.namedSources(), events,
                omitted);
    }

    private static EventLink eventLink(EventRef e) {
        String dir = UP + e.slug() + "/";
        return new EventLink(e.title(), e.date(), dir + "index.html", dir + "report.json", dir + "claims.csv");
    }

    private static OmittedLink omittedLink(OmittedClaim c) {
        String page = UP + c.event().slug() + "/index.html";
        boolean row = c.anchor().equals(c.claimId());
        // anchors are "c" or "u" and the number
        return new OmittedLink(c.event().title(), page, row ? "outlet.omitted.claim" : "outlet.omitted.unit",
                c.anchor().substring(1), page + "#" + c.anchor(), c.text(), c.carriers(), c.peers());
    }

    public boolean hasActors() {
        return !actors.isEmpty();
    }

    public boolean hasSources() {
        return !sources.isEmpty();
    }

    public boolean hasOmitted() {
        return !omitted.isEmpty();
    }
}
