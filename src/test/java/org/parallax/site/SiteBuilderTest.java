package org.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path tmp;

    @Test
    void twoBuildsOfTheSameCorpusAreByteIdentical() throws Exception {
        SiteFixtures.builder().build(CORPUS, tmp.resolve("one"), "", BuildProgress.silent());
        new SiteBuilder(new org.parallax.pipeline.ReportService(org.parallax.pipeline.PipelineOptions.defaults(), org.parallax.report.HtmlReportRenderer.builtIn(), w -> { }), 1)
                .build(CORPUS, tmp.resolve("two"), "", BuildProgress.silent());
        Map<String, byte[]> one = tree(tmp.resolve("one"));
        Map<String, byte[]> two = tree(tmp.resolve("two"));
        assertThat(one.keySet()).containsExactlyElementsOf(two.keySet());
        one.forEach((name, bytes) -> assertThat(two.get(name)).as(name).isEqualTo(bytes));
        assertThat(one).containsKeys("index.html", "2021-07-19-china-cyber-attribution/index.html",
                "2021-07-19-china-cyber-attribution/report.json", "2021-07-19-china-cyber-attribution/claims.csv");
    }

    @Test
    void linksAreRelativeSoTheSiteWorksFromAnyPlace() throws Exception {
        Path site = tmp.resolve("site");
        List<SiteBuilder.EventEntry> entries = SiteFixtures.builder().build(CORPUS, site, "", BuildProgress.silent());
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(index.select("ol.events a").eachAttr("href"))
                .containsExactlyInAnyOrderElementsOf(entries.stream().map(SiteBuilder.EventEntry::href).toList())
                .allMatch(h -> !h.startsWith("/") && !h.contains("://"));
        for (SiteBuilder.EventEntry e : entries) {
            Document page = Jsoup.parse(site.resolve(e.href()).toFile());
            assertThat(page.select("a[href]").eachAttr("href"))
                    .allMatch(h -> h.startsWith("#") || h.equals("../index.html") || h.startsWith("https://example."));
            assertThat(page.select("link[rel=canonical]")).isEmpty();
        }
        assertThat(site.resolve("sitemap.xml")).doesNotExist();
    }

    @Test
    void baseUrlAddsCanonicalLinksAndASitemap() throws Exception {
        Path site = tmp.resolve("site");
        SiteFixtures.builder().build(CORPUS, site, "https://example.org/parallax", BuildProgress.silent());
        Document page = Jsoup.parse(site.resolve("2021-07-19-china-cyber-attribution/index.html").toFile());
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/parallax/2021-07-19-china-cyber-attribution/");
        assertThat(Files.readString(site.resolve("sitemap.xml")))
                .contains("<loc>https://example.org/parallax/</loc>",
                        "<loc>https://example.org/parallax/2021-07-19-china-cyber-attribution/</loc>");
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAsItWas() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path event = corpus.resolve("event");
        Files.createDirectories(event);
        Files.writeString(event.resolve("a.txt"), "Die USA beschuldigen China.\n");
        Files.write(event.resolve("b.txt"), new byte[] {'D', 'i', 0, 0, 'e', 0});
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous site");
        assertThatThrownBy(() -> SiteFixtures.builder().build(corpus, site, "", BuildProgress.silent()))
                .hasMessageContaining("b.txt");
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("previous site");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("corpus", "site");
        }
    }

    @Test
    void aBuildThatIsNotStrictListsBrokenEventsAndBuildsTheOthers() throws Exception {
        Path corpus = tmp.resolve("corpus");
        copyTree(CORPUS, corpus);
        Path lonely = Files.createDirectories(corpus.resolve("lonely"));
        Files.writeString(lonely.resolve("a.txt"), "Die USA beschuldigen China.\n");
        Path binary = Files.createDirectories(corpus.resolve("binary"));
        Files.writeString(binary.resolve("a.txt"), "Die USA beschuldigen China.\n");
        Files.write(binary.resolve("b.txt"), new byte[] {'D', 'i', 0, 0, 'e', 0});
        Path badYaml = Files.createDirectories(corpus.resolve("bad-yaml"));
        Files.writeString(badYaml.resolve("a.txt"), "Die USA beschuldigen China.\n");
        Files.writeString(badYaml.resolve("event.yaml"), "pivot: missing.txt\n");
        List<String> failedSlugs = new java.util.ArrayList<>();
        BuildProgress progress = new BuildProgress() {
            @Override
            public void eventBuilt(String slug, int done, int total) {
            }

            @Override
            public void eventFailed(String slug, String error, int done, int total) {
                failedSlugs.add(slug);
            }
        };
        Path site = tmp.resolve("site");
        SiteBuilder.SiteResult result = SiteFixtures.builder().build(corpus, site, "", progress, false);

        assertThat(result.events()).extracting(SiteBuilder.EventEntry::slug)
                .containsExactlyInAnyOrder("2021-07-19-china-cyber-attribution", "2021-07-19-exchange-hack-attribution-en");
        assertThat(result.failed()).extracting(FailedEvent::slug).containsExactly("bad-yaml", "binary", "lonely");
        assertThat(failedSlugs).containsExactlyInAnyOrder("binary", "lonely");
        assertThat(Files.readAllLines(site.resolve("build-errors.txt")))
                .hasSize(3)
                .satisfiesExactly(
                        l -> assertThat(l).startsWith("bad-yaml\t").contains("pivot missing.txt is not an article"),
                        l -> assertThat(l).startsWith("binary\t").contains("b.txt").contains("binary data"),
                        l -> assertThat(l).startsWith("lonely\t").endsWith("only one article; an event needs at least two to compare"));
        assertThat(site.resolve("binary")).doesNotExist();
        assertThat(site.resolve("2021-07-19-china-cyber-attribution/index.html")).isRegularFile();
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(index.select("section.failed li code").eachText()).containsExactly("bad-yaml", "binary", "lonely");
        assertThat(index.select("ol.events a").size()).isEqualTo(2);
    }

    @Test
    void aStrictBuildStopsAtABrokenEventAndLeavesNoSite() throws Exception {
        Path corpus = tmp.resolve("corpus");
        copyTree(CORPUS, corpus);
        Files.writeString(Files.createDirectories(corpus.resolve("lonely")).resolve("a.txt"), "Die USA beschuldigen China.\n");
        Path site = tmp.resolve("site");
        assertThatThrownBy(() -> SiteFixtures.builder().build(corpus, site, "", BuildProgress.silent(), true))
                .hasMessageContaining("only one article");
        assertThat(site).doesNotExist();
    }

    @Test
    void aBuildWithoutFailuresWritesNoErrorList() throws Exception {
        Path site = tmp.resolve("site");
        SiteBuilder.SiteResult result = SiteFixtures.builder().build(CORPUS, site, "", BuildProgress.silent(), false);
        assertThat(result.failed()).isEmpty();
        assertThat(site.resolve("build-errors.txt")).doesNotExist();
        assertThat(Jsoup.parse(site.resolve("index.html").toFile()).select("section.failed")).isEmpty();
    }

    @Test
    void refusesAnOutputFolderInsideTheCorpus() {
        assertThatThrownBy(() -> SiteFixtures.builder().build(CORPUS, CORPUS.resolve("site"), "", BuildProgress.silent()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the corpus");
    }

    @Test
    void aSiteFolderGivenAsALinkIsBuiltWhereTheLinkPointsAndTheLinkStays() throws Exception {
        Path real = Files.createDirectory(tmp.resolve("www"));
        Path link = Files.createSymbolicLink(tmp.resolve("site"), real);
        SiteFixtures.builder().build(CORPUS, link, "", BuildProgress.silent());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real.resolve("index.html")).isRegularFile();
    }

    @Test
    void refusesALinkedOutputFolderThatLeadsIntoTheCorpus() throws Exception {
        Path corpus = tmp.resolve("corpus");
        copyTree(CORPUS, corpus);
        Path link = Files.createSymbolicLink(tmp.resolve("site"), Files.createDirectory(corpus.resolve("out")));
        assertThatThrownBy(() -> SiteFixtures.builder().build(corpus, link, "", BuildProgress.silent()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the corpus");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
