package org.parallax.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.parallax.ingest.ArticleReadException;
import org.parallax.io.AtomicFiles;
import org.parallax.pipeline.ReportService;
import org.parallax.pipeline.ReportService.ReportFiles;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.report.HtmlReportRenderer;
import org.parallax.model.PairComparison;
import org.parallax.profile.EventRef;
import org.parallax.profile.OutletEvent;
import org.parallax.profile.OutletEventCounter;
import org.parallax.profile.OutletId;
import org.parallax.profile.OutletProfile;
import org.parallax.profile.OutletProfiler;
import org.parallax.profile.OutletsCsvWriter;

/**
 * Builds the static site of a corpus: {@code SITE/index.html}, one {@code SITE/<slug>/index.html} with
 * its {@code report.json} and {@code claims.csv} per event, the outlets' profiles across events in
 * {@code SITE/outlets.csv} and one {@code SITE/outlets/<outlet-slug>/index.html} per outlet, and with
 * a base URL a {@code sitemap.xml}. Links are relative, so
 * the site works from {@code file://}, a sub-path or any host. The output is byte-identical for
 * identical input. The site is built in a temporary folder beside the target and replaces the target
 * whole at the end. Strict builds replace it only when every event succeeded; other builds carry on
 * past an event that fails, list it on the index page and in {@code SITE/build-errors.txt}, and build
 * the rest. Thread-safe.
 */
public final class SiteBuilder {

    /** The file, at the top of a site, that lists the events that failed. */
    public static final String ERRORS_FILE = "build-errors.txt";

    /** The file, at the top of a site, that holds one row per outlet. */
    public static final String OUTLETS_FILE = "outlets.csv";

    /** The folder, at the top of a site, that holds one page per outlet. */
    public static final String OUTLETS_DIR = "outlets";

    private final ReportService reports;
    private final HtmlReportRenderer renderer;
    private final int threads;

    /** @param reports loads, compares and writes each event's report; must have a renderer */
    public SiteBuilder(ReportService reports, int threads) {
        this.reports = reports;
        this.renderer = java.util.Objects.requireNonNull(reports.renderer(), "the report service needs a renderer");
        this.threads = Math.max(1, threads);
    }

    /**
     * Cards the index page holds at most. A site of more events lists the newest and writes every event
     * into {@value #EVENTS_SCRIPT}, which the page's search, filters and sorting read: a page of 26,000
     * cards took some 17 s to open in Chromium and seconds for each search.
     */
    public static final int INDEX_CARDS = 1000;

    /** Every event of a site of more than {@link #INDEX_CARDS}, for the index's finder. */
    public static final String EVENTS_SCRIPT = "events.js";

    /** Summary of one built event, as the index lists it. Serializable. */
    public record EventEntry(String slug, String href, String title, String date, String summary,
            List<String> outlets, List<Bar> similarity, int articles, int claims) implements Serializable {
        public EventEntry {
            outlets = List.copyOf(outlets);
            similarity = List.copyOf(similarity);
        }

        /** The title, or the folder's name when the event has none. */
        public String heading() {
            return title.isBlank() ? slug : title;
        }

        public boolean hasSummary() {
            return !summary.isBlank();
        }

        public String outletsText() {
            return String.join(" · ", outlets);
        }

        public boolean hasSimilarity() {
            return !similarity.isEmpty();
        }

        public String pivot() {
            return outlets.isEmpty() ? "" : outlets.get(0);
        }

        /** The event's outlets, each once, in article order, linked to their pages. */
        public List<OutletLink> outletLinks() {
            Map<String, OutletLink> links = new java.util.LinkedHashMap<>();
            for (String name : outlets) {
                String slug = OutletId.of(name).slug();
                links.putIfAbsent(slug, new OutletLink(name, slug, outletHref(slug)));
            }
            return List.copyOf(links.values());
        }

        /** The slugs of its outlets separated by spaces, for the index's filter. */
        public String outletSlugs() {
            return String.join(" ", outletLinks().stream().map(OutletLink::slug).toList());
        }

        /** How many distinct outlets it has. */
        public int outletCount() {
            return outletLinks().size();
        }
    }

    /** An outlet as the index links it: name, slug, and its page relative to the index. */
    public record OutletLink(String name, String slug, String href) {
    }

    /** An outlet in the index's list of outlets. */
    public record OutletEntry(String name, String slug, String href, int articles, int events) {
    }

    /** The page of the outlet with {@code slug}, relative to the top of the site. */
    static String outletHref(String slug) {
        return OUTLETS_DIR + "/" + slug + "/index.html";
    }

    /** One bar of an event's similarity overview: the pivot against one other outlet. */
    public record Bar(String label, int percent) implements Serializable {
    }

    /**
     * What the index page shows: the built events (at most {@link #INDEX_CARDS} of them, the newest,
     * when {@code paged}: the finder then searches all {@code total} of them in {@value #EVENTS_SCRIPT}),
     * and the events that failed, by slug.
     */
    public record IndexView(String title, List<EventEntry> events, int total, boolean paged, int articles,
            List<FailedEvent> failed, List<OutletEntry> outlets) {
        public IndexView {
            events = List.copyOf(events);
            failed = List.copyOf(failed);
            outlets = List.copyOf(outlets);
        }

        public IndexView(String title, List<EventEntry> events, int articles, List<FailedEvent> failed,
                List<OutletEntry> outlets) {
            this(title, events, events.size(), false, articles, failed, outlets);
        }

        public IndexView(String title, List<EventEntry> events, int articles, List<FailedEvent> failed) {
            this(title, events, articles, failed, List.of());
        }

        public IndexView(String title, List<EventEntry> events, int articles) {
            this(title, events, articles, List.of());
        }

        public boolean hasOutlets() {
            return !outlets.isEmpty();
        }

        /** Whether the index offers search, filters and sorting: with more than one event. */
        public boolean searchable() {
            return total > 1;
        }

        /** How many cards the finder lists at most when it searches {@value #EVENTS_SCRIPT}. */
        public int shownAtMost() {
            return INDEX_CARDS;
        }

        public boolean hasFailed() {
            return !failed.isEmpty();
        }
    }

    /**
     * What a build made: the index's entries in index order, the events that failed, by slug, and the
     * outlets' profiles in the order of {@code outlets.csv}.
     */
    public record SiteResult(List<EventEntry> events, List<FailedEvent> failed, List<OutletProfile> outlets) {
        public SiteResult {
            events = List.copyOf(events);
            failed = List.copyOf(failed);
            outlets = List.copyOf(outlets);
        }

        public SiteResult(List<EventEntry> events, List<FailedEvent> failed) {
            this(events, failed, List.of());
        }
    }

    /**
     * Builds the site of {@code corpus} into {@code site}, all or nothing: the first event that fails
     * stops the build.
     *
     * @param baseUrl absolute address the site will be served from (adds canonical links and a
     *                sitemap), or empty
     * @return the index's entries, in index order
     * @throws IllegalArgumentException for a bad corpus or output folder, or an event that fails; the
     *                                  target is untouched
     */
    public List<EventEntry> build(Path corpus, Path site, String baseUrl, BuildProgress progress) {
        return build(corpus, site, baseUrl, progress, true).events();
    }

    /**
     * Builds the site of {@code corpus} into {@code site}.
     *
     * @param strict when true the first event that fails stops the build and the target stays as it
     *               was; when false failed events are listed on the index page and in
     *               {@code build-errors.txt} (one line each: slug, a tab, the error) and the others
     *               are built
     * @throws IllegalArgumentException for a bad corpus or output folder; the target is untouched
     */
    public SiteResult build(Path corpus, Path site, String baseUrl, BuildProgress progress, boolean strict) {
        Path corpusAbs = realPath(corpus);
        // a site that is a link to a folder is built where the link points, and the link stays
        Path siteAbs = Files.isSymbolicLink(site) && Files.isDirectory(site) ? realPath(site) : site.toAbsolutePath().normalize();
        if (siteAbs.startsWith(corpusAbs)) {
            throw new IllegalArgumentException(site + ": the output folder lies inside the corpus; choose one outside it");
        }
        if (corpusAbs.startsWith(siteAbs)) {
            throw new IllegalArgumentException(site + ": the output folder contains the corpus; choose another");
        }
        if (Files.exists(siteAbs) && !Files.isDirectory(siteAbs)) {
            throw new IllegalArgumentException(site + ": exists and is not a folder");
        }
        CorpusScanner.Scan scan = new CorpusScanner().scanAll(corpus);
        if (strict && !scan.failed().isEmpty()) {
            throw new IllegalArgumentException(scan.failed().get(0).error());
        }
        List<CorpusEvent> events = scan.events();
        String base = base(baseUrl);
        Path tmp = AtomicFiles.temporaryFolderBeside(siteAbs);
        try {
            List<FailedEvent> failed = new ArrayList<>(scan.failed());
            List<BuiltEvent> built = buildEvents(events, tmp, base, progress, strict, failed);
            SiteResult result = writeTop(renderer, built, failed, tmp, base);
            AtomicFiles.replaceFolder(tmp, siteAbs);
            tmp = null;
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(site + ": cannot write the site: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                AtomicFiles.deleteTree(tmp);
            }
        }
    }

    /**
     * Builds every event; returns the entries of those built, in event order. A failed event stops
     * a strict build (its error is thrown) and is added to {@code failed} otherwise.
     */
    private List<BuiltEvent> buildEvents(List<CorpusEvent> events, Path out, String base, BuildProgress progress,
            boolean strict, List<FailedEvent> failed) {
        if (events.isEmpty()) {
            return new ArrayList<>();
        }
        progress.started(events.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, events.size()), r -> {
            Thread t = new Thread(r, "parallax-build");
            t.setDaemon(true);
            return t;
        });
        try {
            int[] done = {0};
            List<Future<BuiltEvent>> futures = new ArrayList<>();
            for (CorpusEvent event : events) {
                futures.add(pool.submit(() -> {
                    BuiltEvent entry;
                    try {
                        entry = buildEvent(event, out, base);
                    } catch (RuntimeException | IOException e) {
                        if (strict) {
                            throw e;
                        }
                        FailedEvent failure = new FailedEvent(event.slug(), event.dir(), FailedEvent.reason(e));
                        AtomicFiles.deleteTree(out.resolve(event.slug()));
                        synchronized (done) {
                            done[0]++;
                            failed.add(failure);
                            progress.eventFailed(event.slug(), failure.error(), done[0], events.size());
                        }
                        return null;
                    }
                    synchronized (done) {
                        done[0]++;
                        progress.eventBuilt(event.slug(), done[0], events.size());
                    }
                    return entry;
                }));
            }
            List<BuiltEvent> entries = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    BuiltEvent entry = futures.get(i).get();
                    if (entry != null) {
                        entries.add(entry);
                    }
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(events.get(i).dir() + ": " + cause.getMessage(), cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("build interrupted", e);
                }
            }
            return entries;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The base URL as the site's links use it: empty for none, else ending in '/'.
     *
     * @param baseUrl the address the site will be served from, or null or blank for none
     * @throws IllegalArgumentException when it is not an http or https address
     */
    public static String base(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return "";
        }
        if (!baseUrl.matches("(?i)https?://[^\\s<>\"]+")) {
            throw new IllegalArgumentException("--base-url must be an http or https address: " + baseUrl);
        }
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /**
     * One event as built: its index entry and what each of its outlets shows in it. Immutable and
     * serializable, so that an event built on one machine can be listed by another.
     */
    public record BuiltEvent(EventEntry entry, List<OutletEvent> outlets) implements Serializable {
        public BuiltEvent {
            java.util.Objects.requireNonNull(entry, "entry");
            outlets = List.copyOf(outlets);
        }
    }

    /**
     * Writes the top of a site whose event folders are written: the outlets' profiles
     * ({@code outlets.csv}, one page per outlet), the index page, {@code build-errors.txt} when events
     * failed, and with a base URL the sitemap. Events are listed newest first, then by slug, and the
     * profiles are summed in that order, so the files do not depend on the order the events were built in.
     *
     * @param built  the events built, in any order
     * @param failed the events that failed, in any order
     * @param site   the site folder
     * @param base   the base URL ending in '/', or empty
     * @return the index's entries in index order, the failed events by slug, and the outlets' profiles
     */
    public static SiteResult writeTop(HtmlReportRenderer renderer, List<BuiltEvent> built, List<FailedEvent> failed,
            Path site, String base) throws IOException {
        List<BuiltEvent> sorted = new ArrayList<>(built);
        sorted.sort(Comparator.comparing((BuiltEvent b) -> b.entry().date()).reversed().thenComparing(b -> b.entry().slug()));
        List<EventEntry> entries = sorted.stream().map(BuiltEvent::entry).toList();
        List<FailedEvent> failures = new ArrayList<>(failed);
        failures.sort(Comparator.comparing(FailedEvent::slug));
        int articles = entries.stream().mapToInt(EventEntry::articles).sum();
        List<OutletProfile> profiles = new OutletProfiler().profile(
                sorted.stream().flatMap(b -> b.outlets().stream()).toList());
        writeOutlets(renderer, profiles, site, base);
        List<OutletEntry> outletEntries = profiles.stream().map(p -> new OutletEntry(p.name(), p.id().slug(),
                outletHref(p.id().slug()), p.articles(), p.events().size())).toList();
        boolean paged = entries.size() > INDEX_CARDS;
        IndexView index = new IndexView("Parallax", paged ? entries.subList(0, INDEX_CARDS) : entries, entries.size(),
                paged, articles, failures, outletEntries);
        if (paged) {
            Files.writeString(site.resolve(EVENTS_SCRIPT), eventsScript(entries), StandardCharsets.UTF_8);
        }
        String html = renderer.render("index", Map.of("index", index), null, base.isEmpty() ? null : base);
        Files.writeString(site.resolve("index.html"), html, StandardCharsets.UTF_8);
        if (!failures.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            failures.forEach(f -> lines.append(f.line()).append('\n'));
            Files.writeString(site.resolve(ERRORS_FILE), lines, StandardCharsets.UTF_8);
        }
        if (!base.isEmpty()) {
            Files.writeString(site.resolve("sitemap.xml"), sitemap(base, entries, profiles), StandardCharsets.UTF_8);
        }
        return new SiteResult(entries, failures, profiles);
    }

    /**
     * {@value #EVENTS_SCRIPT}: {@code window.parallaxEvents}, one array per event in index order:
     * link, heading, date, articles, claims, summary, and its outlets as {@code [name, slug]}.
     */
    static String eventsScript(List<EventEntry> entries) throws IOException {
        List<List<Object>> rows = new ArrayList<>(entries.size());
        for (EventEntry e : entries) {
            List<List<String>> outlets = e.outletLinks().stream().map(o -> List.of(o.name(), o.slug())).toList();
            rows.add(List.of(e.href(), e.heading(), e.date(), e.articles(), e.claims(), e.summary(), outlets));
        }
        return "window.parallaxEvents = " + new ObjectMapper().writeValueAsString(rows)
                + ";\n";
    }

    /** Writes {@code outlets.csv} and one page per outlet into the site folder {@code out}. */
    private static void writeOutlets(HtmlReportRenderer renderer, List<OutletProfile> profiles, Path out, String base)
            throws IOException {
        AtomicFiles.write(out.resolve(OUTLETS_FILE), stream -> new OutletsCsvWriter().write(profiles, stream));
        for (OutletProfile p : profiles) {
            Path dir = out.resolve(OUTLETS_DIR).resolve(p.id().slug());
            Files.createDirectories(dir);
            String html = renderer.render("outlet", Map.of("outlet", OutletPage.of(p)), OutletPage.UP + "index.html",
                    base.isEmpty() ? null : base + OUTLETS_DIR + "/" + p.id().slug() + "/");
            Files.writeString(dir.resolve("index.html"), html, StandardCharsets.UTF_8);
            StringBuilder omitted = new StringBuilder();
            OutletPage.writeOmitted(p, omitted);
            Files.writeString(dir.resolve(OutletPage.OMITTED_FILE), omitted, StandardCharsets.UTF_8);
            StringBuilder events = new StringBuilder();
            OutletPage.writeEvents(p, events);
            Files.writeString(dir.resolve(OutletPage.EVENTS_FILE), events, StandardCharsets.UTF_8);
        }
    }

    /**
     * The files of an event's report in the site folder {@code site}: {@code <slug>/index.html} linking
     * back to the index and each article to its outlet's page, {@code report.json} and {@code claims.csv}.
     *
     * @param base the base URL ending in '/', or empty
     */
    public static ReportFiles eventFiles(Path site, String slug, Comparison comparison, String base) {
        Path dir = site.resolve(slug);
        Map<String, String> outletHrefs = new java.util.TreeMap<>();
        comparison.articles().forEach(a -> outletHrefs.put(a.id(), "../" + outletHref(OutletId.of(a.metadata().outlet()).slug())));
        return new ReportFiles(dir.resolve("index.html"), dir.resolve("report.json"), dir.resolve("claims.csv"),
                "../index.html", base.isEmpty() ? null : base + slug + "/", outletHrefs);
    }

    /**
     * The event with folder {@code slug} as the index lists it and as its outlets show in it.
     *
     * @param info what its {@code event.yaml} says; its title and date win over the articles'
     */
    public static BuiltEvent describe(String slug, EventInfo info, Comparison comparison) {
        List<String> outlets = comparison.articles().stream().map(a -> a.metadata().outlet()).toList();
        List<Bar> bars = new ArrayList<>();
        for (PairComparison p : comparison.pivotPairs()) {
            String outlet = comparison.article(p.right()).map(Article::metadata).map(m -> m.outlet()).orElse(p.right());
            bars.add(new Bar(outlet, (int) Math.round(p.similarity() * 100)));
        }
        String title = !info.title().isEmpty() ? info.title() : comparison.title();
        String date = !info.date().isEmpty() ? info.date()
                : comparison.articles().isEmpty() ? "" : comparison.articles().get(0).metadata().published();
        EventEntry entry = new EventEntry(slug, slug + "/index.html", title, date, info.summary(),
                outlets, bars, comparison.articles().size(), comparison.claims().size());
        List<OutletEvent> facts = new OutletEventCounter().count(new EventRef(slug, entry.heading(), date), comparison);
        return new BuiltEvent(entry, facts);
    }

    private BuiltEvent buildEvent(CorpusEvent event, Path out, String base) throws IOException {
        if (event.articles().size() < 2) {
            throw new ArticleReadException(event.dir() + ": only one article; an event needs at least two to compare");
        }
        Comparison comparison = reports.compare(event.info().title(), event.articles());
        Files.createDirectories(out.resolve(event.slug()));
        reports.write(comparison, eventFiles(out, event.slug(), comparison, base));
        return describe(event.slug(), event.info(), comparison);
    }

    private static String sitemap(String base, List<EventEntry> entries, List<OutletProfile> profiles) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        b.append("  <url><loc>").append(xml(base)).append("</loc></url>\n");
        entries.stream().map(EventEntry::slug).sorted().forEach(slug ->
                b.append("  <url><loc>").append(xml(base + slug + "/")).append("</loc></url>\n"));
        profiles.stream().map(p -> p.id().slug()).sorted().forEach(slug ->
                b.append("  <url><loc>").append(xml(base + OUTLETS_DIR + "/" + slug + "/")).append("</loc></url>\n"));
        return b.append("</urlset>\n").toString();
    }

    private static String xml(String s) {
        return org.apache.commons.text.StringEscapeUtils.escapeXml10(s);
    }

    /** The path with its links resolved when it exists, else its absolute form. */
    private static Path realPath(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }
}
