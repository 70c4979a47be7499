package org.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outlets' part of a site, built from a small corpus of two events and three outlets (one of
 * them spelled two ways): outlets.csv against its golden file, the outlet pages and their links, the
 * event pages' links to outlets and data, and the index's data for search and filters.
 */
class SiteOutletsTest {

    private static final Path RESOURCES = Path.of("src/test/resources/org/parallax/site");
    private static final Path CORPUS = RESOURCES.resolve("outlets-corpus");
    private static final Path GOLDEN = RESOURCES.resolve("outlets.golden.csv");

    @TempDir
    static Path tmp;

    private static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        SiteFixtures.builder().build(CORPUS, site, "", BuildProgress.silent());
    }

    @Test
    void outletsCsvMatchesItsGoldenFile() throws Exception {
        byte[] written = Files.readAllBytes(site.resolve("outlets.csv"));
        if (Boolean.getBoolean("golden.update")) {
            Files.write(GOLDEN, written);
        }
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    static Stream<Arguments> profileFigures() {
        return Stream.of(
                // outlet, column, value: the figures a reader checks against the two events' pages
                Arguments.of("Harbour Gazette", "events", "2"),
                Arguments.of("Harbour Gazette", "articles", "2"),
                Arguments.of("Harbour Gazette", "omitted_claims", "1"),
                Arguments.of("Ridge Times", "events", "1"),
                Arguments.of("Ridge Times", "omitted_claims", "1"),
                Arguments.of("Ridge Times", "leads_unique", "1"),
                Arguments.of("Ridge Times", "hedges_low", "1"),
                Arguments.of("Ridge Times", "top_actors", "China (1); Russia (1)"),
                Arguments.of("Valley Post", "hedges_high", "2"),
                Arguments.of("Valley Post", "omitted_claims", "0"),
                Arguments.of("Valley Post", "lead_majority_share", "100.0"));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("profileFigures")
    void profileFiguresCountWhatTheEventsShow(String outlet, String column, String value) throws Exception {
        List<String> lines = Files.readAllLines(site.resolve("outlets.csv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        String row = lines.stream().filter(l -> l.startsWith(outlet + ",")).findFirst().orElseThrow();
        assertThat(row.split(",")[header.indexOf(column)]).isEqualTo(value);
    }

    @Test
    void oneOutletSpelledTwoWaysIsOneRowAndOnePage() throws Exception {
        assertThat(Files.readAllLines(site.resolve("outlets.csv"))).hasSize(1 + 3);
        try (Stream<Path> pages = Files.list(site.resolve("outlets"))) {
            assertThat(pages.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("harbour-gazette", "ridge-times", "valley-post");
        }
    }

    @Test
    void everyLinkOfAnOutletPageResolvesToAFileAndAnchor() throws Exception {
        try (Stream<Path> pages = Files.list(site.resolve("outlets"))) {
            for (Path dir : pages.toList()) {
                Path page = dir.resolve("index.html");
                Document doc = Jsoup.parse(page.toFile());
                assertThat(doc.select("a[href]")).isNotEmpty();
                for (Element a : doc.select("a[href]")) {
                    assertResolves(page, a.attr("href"));
                }
            }
        }
    }

    @Test
    void anOutletPageShowsItsOmittedClaimsWithLinksToTheirRows() throws Exception {
        Document ridge = Jsoup.parse(site.resolve("outlets/ridge-times/index.html").toFile());
        assertThat(ridge.select("h1").text()).isEqualTo("Ridge Times");
        Element omitted = ridge.selectFirst("ol.omitted li");
        assertThat(omitted).isNotNull();
        assertThat(omitted.select("a").eachAttr("href")).contains("../../port-strike/index.html")
                .anyMatch(h -> h.matches("\\.\\./\\.\\./port-strike/index\\.html#c\\d+"));
        assertThat(omitted.select("blockquote").text()).isEqualTo("The union said the port authority had refused to negotiate for six months.");
        assertThat(ridge.select("ol.events a").eachAttr("href"))
                .containsExactly("../../port-strike/index.html", "../../port-strike/report.json", "../../port-strike/claims.csv");
    }

    @Test
    void eventPagesLinkEachOutletToItsPageAndTheirOwnData() throws Exception {
        for (String event : List.of("port-strike", "bridge-closure")) {
            Path page = site.resolve(event).resolve("index.html");
            Document doc = Jsoup.parse(page.toFile());
            List<Element> outlets = doc.select("ul.articles a.outlet");
            assertThat(outlets).hasSize(doc.select("ul.articles > li").size());
            for (Element a : outlets) {
                assertThat(a.attr("href")).startsWith("../outlets/");
                assertResolves(page, a.attr("href"));
            }
            assertThat(doc.select("footer a").eachAttr("href")).containsExactly("report.json", "claims.csv");
            doc.select("footer a").forEach(a -> assertResolves(page, a.attr("href")));
        }
    }

    @Test
    void theIndexCarriesDatesAndOutletSlugsForItsFiltersAndLinksEveryOutlet() throws Exception {
        Path index = site.resolve("index.html");
        Document doc = Jsoup.parse(index.toFile());
        List<Element> events = doc.select("ol.events > li");
        assertThat(events).extracting(e -> e.attr("data-date")).containsExactly("2024-06-11", "2024-05-02");
        assertThat(events).extracting(e -> e.attr("data-outlets"))
                .containsExactly("harbour-gazette valley-post", "harbour-gazette ridge-times valley-post");
        assertThat(events).extracting(e -> e.attr("data-outlet-count")).containsExactly("2", "3");
        for (Element e : events) {
            Set<String> linked = e.select("p.outlets a").eachAttr("href").stream()
                    .map(h -> h.replaceAll("^outlets/|/index\\.html$", "")).collect(Collectors.toCollection(TreeSet::new));
            assertThat(String.join(" ", linked)).isEqualTo(e.attr("data-outlets"));
        }
        assertThat(doc.select("#find-outlet option").eachAttr("value"))
                .containsExactly("", "harbour-gazette", "ridge-times", "valley-post");
        assertThat(doc.select("#finder").hasAttr("hidden")).as("the search form shows only with the script").isTrue();
        for (Element a : doc.select("ul.outlet-list a, a[href=outlets.csv]")) {
            assertResolves(index, a.attr("href"));
        }
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("[src], link[href]")).as("no external resources").isEmpty();
    }

    @Test
    void anEventFolderNamedOutletsDoesNotTakeTheOutletsFolder() throws Exception {
        Path corpus = tmp.resolve("reserved");
        copy(CORPUS.resolve("bridge-closure"), corpus.resolve("outlets"));
        Path out = tmp.resolve("reserved-site");
        List<SiteBuilder.EventEntry> built = SiteFixtures.builder().build(corpus, out, "", BuildProgress.silent());
        assertThat(built).extracting(SiteBuilder.EventEntry::slug).containsExactly("outlets-2");
        assertThat(out.resolve("outlets/valley-post/index.html")).exists();
        assertThat(out.resolve("outlets-2/index.html")).exists();
    }

    @Test
    void hostileOutletNamesStayTextOnTheIndexAndTheOutletPages() throws Exception {
        List<String> hostile = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>",
                "[[${7*7}]] <svg onload=alert(3)>");
        Path corpus = tmp.resolve("hostile");
        Path event = Files.createDirectories(corpus.resolve("event"));
        for (int i = 0; i < hostile.size(); i++) {
            Files.writeString(event.resolve("a" + i + ".txt"), "---\noutlet: '" + hostile.get(i) + "'\ntitle: '"
                    + hostile.get(i) + "'\n---\nThe union blamed China for the strike at the harbour.\n\nIt said " + i + " ships wait.\n");
        }
        Path out = tmp.resolve("hostile-site");
        SiteFixtures.builder().build(corpus, out, "", BuildProgress.silent());
        List<Path> pages = new java.util.ArrayList<>(List.of(out.resolve("index.html"), out.resolve("event/index.html")));
        try (Stream<Path> dirs = Files.list(out.resolve("outlets"))) {
            dirs.forEach(d -> pages.add(d.resolve("index.html")));
        }
        assertThat(pages).hasSize(2 + hostile.size());
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile());
            assertThat(doc.select("img, svg, iframe")).as(page.toString()).isEmpty();
            assertThat(doc.select("script")).allMatch(sc -> !sc.data().contains("alert"));
            doc.getAllElements().forEach(e -> e.attributes().forEach(a ->
                    assertThat(a.getKey()).as(page + " <" + e.tagName() + ">").doesNotStartWithIgnoringCase("on")));
        }
        List<String> names = new java.util.ArrayList<>();
        for (Path page : pages.subList(2, pages.size())) {
            names.add(Jsoup.parse(page.toFile()).select("h1").text());
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(hostile);
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /** The relative link {@code href} of {@code page} names a file of the site, and its fragment an id there. */
    private static void assertResolves(Path page, String href) {
        URI uri = URI.create(href);
        assertThat(uri.isAbsolute()).as(href).isFalse();
        Path target = page.getParent().resolve(uri.getPath()).normalize();
        assertThat(target).as(page + " -> " + href).startsWith(site.normalize()).isRegularFile();
        if (uri.getFragment() != null) {
            try {
                assertThat(Jsoup.parse(target.toFile()).getElementById(uri.getFragment())).as(href).isNotNull();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
