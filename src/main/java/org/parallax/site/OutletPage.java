package org.parallax.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.io.CsvRows;
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
 * @param events   its events, in site order (newest first), at most {@link #EVENTS_SHOWN} of them
 * @param eventsTotal its events; all are in {@value #EVENTS_FILE}
 * @param omitted  the claims most of its peers carry and it does not, the most widely carried first,
 *                 at most {@link #OMITTED_SHOWN} of them
 * @param omittedTotal how many such claims there are; all are in {@value #OMITTED_FILE}
 */
public record OutletPage(String name, int articles, int count, List<Fact> facts, List<OutletProfile.Actor> actors,
        List<String> sources, List<EventLink> events, int eventsTotal, List<OmittedLink> omitted, int omittedTotal) {

    /** The way from an outlet's page back to the top of the site. */
    static final String UP = "../../";

    /** Omitted claims the page lists; the rest are in {@value #OMITTED_FILE} beside it. */
    static final int OMITTED_SHOWN = 200;

    /** Events the page lists; the rest are in {@value #EVENTS_FILE} beside it. */
    static final int EVENTS_SHOWN = 500;

    /** Every event of the outlet, beside its page. */
    static final String EVENTS_FILE = "events.csv";

    /** The columns of {@value #EVENTS_FILE}. */
    static final List<String> EVENTS_COLUMNS = List.of("event", "title", "date", "href", "json", "csv");

    /** Every omitted claim of the outlet, beside its page. */
    static final String OMITTED_FILE = "omitted.csv";

    /** The columns of {@value #OMITTED_FILE}. */
    static final List<String> OMITTED_COLUMNS = List.of("event", "title", "date", "claim", "carriers", "peers", "text",
            "href");

    /** The most widely carried first (share of the other outlets, then their number), then in site order. */
    static final Comparator<OmittedClaim> MOST_CARRIED = Comparator
            .comparingDouble((OmittedClaim c) -> -(double) c.carriers() / Math.max(1, c.peers()))
            .thenComparing(c -> -c.carriers());

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
        List<EventLink> events = p.events().stream().limit(EVENTS_SHOWN).map(OutletPage::eventLink).toList();
        List<OmittedLink> omitted = mostCarriedFirst(p).stream().limit(OMITTED_SHOWN).map(OutletPage::omittedLink)
                .toList();
        return new OutletPage(p.name(), p.articles(), p.events().size(), facts, p.actors(), p.namedSources(), events,
                p.events().size(), omitted, p.omitted().size());
    }

    /** Writes {@value #EVENTS_FILE}: every event of {@code p}, in the page's order; links from the site's top. */
    static void writeEvents(OutletProfile p, Appendable out) throws IOException {
        CsvRows.write(out, EVENTS_COLUMNS);
        for (EventRef e : p.events()) {
            String dir = e.slug() + "/";
            CsvRows.write(out, List.of(e.slug(), e.title(), e.date(), dir + "index.html",
                    dir + "report.json", dir + "claims.csv"));
        }
    }

    /** Writes {@value #OMITTED_FILE}: every omitted claim of {@code p}, in the page's order, CSV with a header. */
    static void writeOmitted(OutletProfile p, Appendable out) throws IOException {
        CsvRows.write(out, OMITTED_COLUMNS);
        for (OmittedClaim c : mostCarriedFirst(p)) {
            CsvRows.write(out, List.of(c.event().slug(), c.event().title(), c.event().date(), c.anchor(),
                    Integer.toString(c.carriers()), Integer.toString(c.peers()), c.text(),
                    c.event().slug() + "/index.html#" + c.anchor()));
        }
    }

    /** The claims {@code p} omits in the page's order: {@link #MOST_CARRIED}, then site order. */
    private static List<OmittedClaim> mostCarriedFirst(OutletProfile p) {
        return p.omitted().stream().sorted(MOST_CARRIED).toList();
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

    /** Whether the page lists fewer events than the outlet has. */
    public boolean eventsCut() {
        return events.size() < eventsTotal;
    }

    public String eventsCsv() {
        return EVENTS_FILE;
    }

    /** Whether the page lists fewer omitted claims than there are. */
    public boolean omittedCut() {
        return omitted.size() < omittedTotal;
    }

    /** Whether the page lists every omitted claim, and there are some. */
    public boolean omittedAllShown() {
        return hasOmitted() && !omittedCut();
    }

    public String omittedCsv() {
        return OMITTED_FILE;
    }
}
