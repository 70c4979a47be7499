package org.parallax.site;

import java.util.ArrayList;
import java.util.List;
import org.parallax.profile.EventRef;
import org.parallax.profile.OmittedClaim;
import org.parallax.profile.OutletProfile;

/**
 * What the page of one outlet ({@code SITE/outlets/<slug>/index.html}) shows, with links relative
 * to that page. Immutable.
 *
 * @param name    the outlet's name
 * @param summary "3 articles in 2 events."
 * @param facts   its figures, in the order README defines them
 * @param actors  the actors it names, most often first
 * @param sources the named sources it cites, sorted
 * @param events  its events, in site order
 * @param omitted the claims most of its peers carry and it does not
 */
public record OutletPage(String name, String summary, List<Fact> facts, List<OutletProfile.Actor> actors, List<String> sources,
        List<EventLink> events, List<OmittedLink> omitted) {

    /** The way from an outlet's page back to the top of the site. */
    static final String UP = "../../";

    public OutletPage {
        facts = List.copyOf(facts);
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        events = List.copyOf(events);
        omitted = List.copyOf(omitted);
    }

    /** One figure: its label, its value as shown, and what it counts. */
    public record Fact(String label, String value, String means) {
    }

    /** An event of the outlet, linked with its data files. */
    public record EventLink(String title, String date, String href, String json, String csv) {
    }

    /** An omitted claim, linked to its row on the event page. */
    public record OmittedLink(String event, String eventHref, String claim, String href, String text, String carriers) {
    }

    /** The page of {@code p}. */
    static OutletPage of(OutletProfile p) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Events", Integer.toString(p.events().size()), "events with at least one of its articles"));
        facts.add(new Fact("Articles", Integer.toString(p.articles()), "its articles in those events"));
        facts.add(new Fact("Sentences", Integer.toString(p.sentences()), "their sentences"));
        facts.add(new Fact("Hedge rate", OutletProfile.decimal(p.hedgeRate()),
                "hedges of doubt per 100 sentences (" + p.hedgesLow() + " in all)"));
        facts.add(new Fact("Certainty rate", OutletProfile.decimal(p.certaintyRate()),
                "statements of certainty per 100 sentences (" + p.hedgesHigh() + " in all)"));
        facts.add(new Fact("Named attributions", Integer.toString(p.attributionsNamed()),
                "attributions that name their source; distinct sources: " + p.namedSources().size()));
        facts.add(new Fact("Anonymous attributions", Integer.toString(p.attributionsAnonymous()),
                "attributions to no named source"));
        facts.add(new Fact("Claims omitted", Integer.toString(p.omitted().size()),
                "claims that more than half of the other outlets of an event carry and it does not"));
        facts.add(new Fact("Leads shared by most", OutletProfile.decimal(p.leadMajorityShare()) + " %",
                "leads (first sentences of a paragraph) in a claim most outlets of the event carry: " + p.leadsMajority() + " of " + p.leads()));
        facts.add(new Fact("Leads of its own", OutletProfile.decimal(p.leadUniqueShare()) + " %",
                "leads in a claim no other outlet of the event carries: " + p.leadsUnique() + " of " + p.leads()));
        List<EventLink> events = p.events().stream().map(OutletPage::eventLink).toList();
        List<OmittedLink> omitted = p.omitted().stream().map(OutletPage::omittedLink).toList();
        String summary = (p.articles() == 1 ? "1 article" : p.articles() + " articles") + " in "
                + (p.events().size() == 1 ? "1 event" : p.events().size() + " events") + ".";
        return new OutletPage(p.name(), summary, facts, p.actors(), p.namedSources(), events, omitted);
    }

    private static EventLink eventLink(EventRef e) {
        String dir = UP + e.slug() + "/";
        return new EventLink(e.title(), e.date(), dir + "index.html", dir + "report.json", dir + "claims.csv");
    }

    private static OmittedLink omittedLink(OmittedClaim c) {
        String page = UP + c.event().slug() + "/index.html";
        String label = c.anchor().equals(c.claimId()) ? "claim " + c.claimId().substring(1) : "unit " + c.anchor().substring(1);
        return new OmittedLink(c.event().title(), page, label, page + "#" + c.anchor(),
                c.text(), c.carriers() + " of " + c.peers() + " other outlets carry it");
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
