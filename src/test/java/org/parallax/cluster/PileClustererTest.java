package org.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.RawArticle;
import org.parallax.ingest.TextArticleReader;
import org.parallax.pipeline.PipelineOptions;

class PileClustererTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path tmp;

    @Test
    void theBundledCorpusThrownIntoOneFolderComesOutAsItsTwoEvents() throws IOException {
        Path flat = flatCopy();
        Path out = tmp.resolve("out");
        PileClusterer.Summary summary = cluster(flat, out);
        assertThat(summary.events()).isEqualTo(2);
        assertThat(summary.inEvents()).isEqualTo(7);
        Map<String, List<String>> events = eventsOf(out);
        Map<String, List<String>> expected = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(d)) {
                    expected.put(d.getFileName().toString(), files.map(f -> f.getFileName().toString())
                            .filter(n -> !n.equals("event.yaml")).sorted().toList());
                }
            }
        }
        assertThat(new ArrayList<>(events.values())).containsExactlyInAnyOrderElementsOf(expected.values());
        // the copies are the source files, byte for byte; event.yaml names a pivot that is there
        for (String event : events.keySet()) {
            String yaml = Files.readString(out.resolve(event).resolve("event.yaml"));
            assertThat(yaml).contains("date: 2021-07-19");
            String pivot = yaml.lines().filter(l -> l.startsWith("pivot: ")).findFirst().orElseThrow()
                    .substring("pivot: ".length()).replace("'", "");
            assertThat(out.resolve(event).resolve(pivot)).hasSameBinaryContentAs(flat.resolve(pivot));
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path flat = flatCopy();
        cluster(flat, tmp.resolve("one"));
        new PileClusterer(PipelineOptions.defaults(), ClusterOptions.defaults().withThreads(1)).cluster(flat, tmp.resolve("two"), l -> { });
        assertThat(tree(tmp.resolve("one"))).isEqualTo(tree(tmp.resolve("two")));
    }

    @Test
    void jsonLinesRecordsAreWrittenAsTextArticlesThatReadBackWithTheirMetadata() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : List.of(CORPUS.resolve("2021-07-19-exchange-hack-attribution-en/potomac-wire.txt"),
                CORPUS.resolve("2021-07-19-exchange-hack-attribution-en/thames-courier.txt"))) {
            RawArticle raw = new TextArticleReader().read(f);
            StringBuilder text = new StringBuilder();
            raw.blocks().forEach(b -> text.append(b.text()).append("\n\n"));
            lines.add(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of(
                    "text", text.toString(), "outlet", raw.metadata().outlet(), "title", raw.metadata().title(),
                    "published", "2021-07-19", "language", "en", "stories_id", 42)));
        }
        lines.add("{\"outlet\": \"Nobody\"}");
        Path pile = Files.writeString(tmp.resolve("pile.jsonl"), String.join("\n", lines) + "\n");
        Path out = tmp.resolve("out");
        PileClusterer.Summary summary = cluster(pile, out);
        assertThat(summary.events()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("pile-errors.txt"))).isEqualTo("pile.jsonl:3\tno 'text' or 'html' field with content\n");
        assertThat(Files.readAllLines(out.resolve("events.csv"))).hasSize(3).first().isEqualTo("article,event,similarity,file");
        Path event = eventsOf(out).keySet().stream().map(out::resolve).findFirst().orElseThrow();
        try (Stream<Path> files = Files.list(event)) {
            List<Path> articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertThat(articles).hasSize(2);
            for (Path a : articles) {
                RawArticle back = new TextArticleReader().read(a);
                assertThat(back.metadata().published()).isEqualTo("2021-07-19");
                assertThat(back.metadata().language().tag()).isEqualTo("en");
                assertThat(back.metadata().extra()).containsEntry("stories_id", "42").containsKey("pile");
                assertThat(back.blocks()).hasSizeGreaterThan(3);
            }
        }
    }

    @Test
    void articlesWithoutADateAreClusteredWithoutTheWindow() throws IOException {
        Path flat = flatCopy();
        // move the English articles a year away and take the date of one German article
        for (String name : List.of("potomac-wire.txt", "thames-courier.txt", "southern-cross-daily.txt")) {
            Path f = flat.resolve(name);
            Files.writeString(f, Files.readString(f).replace("2021-07-19", "2022-07-19"));
        }
        Path nk = flat.resolve("nordkurier-digital.txt");
        Files.writeString(nk, Files.readString(nk).replaceAll("(?m)^published:.*\\n", ""));
        Path out = tmp.resolve("out");
        assertThat(cluster(flat, out).events()).isEqualTo(2);
        assertThat(eventsOf(out).values()).anySatisfy(v -> assertThat(v).contains("nordkurier-digital.txt"));
        // the English event keeps its own date, a year later
        assertThat(eventsOf(out).keySet()).anyMatch(k -> k.startsWith("2022-07-19-"));
    }

    @Test
    void aCorpusFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("mine.txt"), "keep");
        assertThatThrownBy(() -> cluster(flatCopy(), out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
        assertThat(Files.readString(out.resolve("mine.txt"))).isEqualTo("keep");
    }

    private PileClusterer.Summary cluster(Path input, Path out) {
        return new PileClusterer(PipelineOptions.defaults(), ClusterOptions.defaults().withThreads(2)).cluster(input, out, l -> { });
    }

    private Path flatCopy() throws IOException {
        Path flat = Files.createDirectories(tmp.resolve("flat"));
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (!name.equals("event.yaml") && !name.equals("README.md")) {
                    Files.copy(f, flat.resolve(name));
                }
            }
        }
        return flat;
    }

    /** Event folder to its article file names, sorted. */
    private static Map<String, List<String>> eventsOf(Path out) throws IOException {
        Map<String, List<String>> events = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(out)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(d)) {
                    events.put(d.getFileName().toString(), files.map(f -> f.getFileName().toString())
                            .filter(n -> !n.equals("event.yaml")).sorted().toList());
                }
            }
        }
        return events;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
