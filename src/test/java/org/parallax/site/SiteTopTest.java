package org.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Comparison;
import org.parallax.pipeline.PipelineOptions;
import org.parallax.pipeline.ReportService;
import org.parallax.report.HtmlReportRenderer;

/**
 * The top of a site (index, outlet profiles, errors) written from events described one by one, as a
 * job that compares events on other machines writes it: the same files as {@code build}.
 */
class SiteTopTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path tmp;

    @Test
    void eventsDescribedApartAndSentOnGiveTheTopOfTheSiteBuildWrites() throws Exception {
        Path built = tmp.resolve("built");
        SiteFixtures.builder().build(CORPUS, built, "https://example.org/p/", BuildProgress.silent());

        List<SiteBuilder.BuiltEvent> events = new ArrayList<>();
        try (ReportService reports = new ReportService(PipelineOptions.defaults(), null, w -> { })) {
            for (CorpusEvent e : new CorpusScanner().scan(CORPUS)) {
                Comparison c = reports.compare(e.info().title(), e.articles());
                events.add(roundTrip(SiteBuilder.describe(e.slug(), e.info(), c)));
            }
        }
        assertThat(events).hasSizeGreaterThan(1).allMatch(b -> !b.outlets().isEmpty());
        // in the opposite order to the index's, as events may come back from their workers
        Collections.reverse(events);
        Path top = Files.createDirectories(tmp.resolve("top"));
        FailedEvent failed = new FailedEvent("broken", tmp, "b.txt: not UTF-8");
        SiteBuilder.SiteResult result = SiteBuilder.writeTop(HtmlReportRenderer.builtIn(), events, List.of(failed), top,
                "https://example.org/p/");

        Map<String, byte[]> written = tree(top);
        assertThat(written).containsKeys("index.html", "outlets.csv", "sitemap.xml", SiteBuilder.ERRORS_FILE)
                .hasSizeGreaterThan(5);
        Map<String, byte[]> expected = tree(built);
        written.forEach((name, bytes) -> {
            if (name.equals("index.html") || name.equals(SiteBuilder.ERRORS_FILE)) {
                return; // the build had no failed event: compared below without it
            }
            assertThat(new String(bytes)).as(name).isEqualTo(new String(expected.get(name)));
        });
        assertThat(result.outlets()).extracting(p -> p.id().slug()).containsExactlyElementsOf(
                written.keySet().stream().filter(n -> n.startsWith("outlets/") && n.endsWith("/index.html"))
                        .map(n -> n.split("/")[1]).toList());
        assertThat(written.keySet()).filteredOn(n -> n.startsWith("outlets/") && n.endsWith("/omitted.csv"))
                .hasSize(result.outlets().size());
        assertThat(written.keySet()).filteredOn(n -> n.startsWith("outlets/") && n.endsWith("/events.csv"))
                .hasSize(result.outlets().size());
        assertThat(new String(written.get(SiteBuilder.ERRORS_FILE))).isEqualTo("broken\tb.txt: not UTF-8\n");

        Path clean = Files.createDirectories(tmp.resolve("clean"));
        SiteBuilder.writeTop(HtmlReportRenderer.builtIn(), events, List.of(), clean, "https://example.org/p/");
        assertThat(Files.readString(clean.resolve("index.html"))).isEqualTo(Files.readString(built.resolve("index.html")));
        assertThat(clean.resolve(SiteBuilder.ERRORS_FILE)).doesNotExist();
    }

    private static SiteBuilder.BuiltEvent roundTrip(SiteBuilder.BuiltEvent event) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SiteBuilder.BuiltEvent back = (SiteBuilder.BuiltEvent) in.readObject();
            assertThat(back).isEqualTo(event);
            return back;
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
