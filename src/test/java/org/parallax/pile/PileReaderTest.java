package org.parallax.pile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.TextBlock;

class PileReaderTest {

    private static final String PAGE = "<html><head><title>Angriff</title></head><body><article><h1>Angriff auf Server</h1>"
            + "<p>Die USA machen China für den Angriff verantwortlich.</p><p>Die EU spricht von chinesischem Territorium.</p>"
            + "</article></body></html>";

    @TempDir
    Path tmp;

    @Test
    void aFolderIsReadInAnyNestingInPathOrder() throws IOException {
        write("b/deep/er/one.txt", "---\noutlet: Eins\n---\nErster Satz.\n");
        write("a.html", PAGE);
        write("b/two.md", "Zweiter Satz.\n");
        write("README.md", "Not an article.\n");
        write(".hidden/three.txt", "Versteckt.\n");
        write("b/notes.pdf", "%PDF");
        write("b/empty.txt", "");
        PileReader.Pile pile = new PileReader().readAll(tmp);
        assertThat(pile.articles()).extracting(PileRecord::location)
                .containsExactly("a.html", "b/deep/er/one.txt", "b/two.md");
        assertThat(pile.articles().get(1).article().metadata().outlet()).isEqualTo("Eins");
        assertThat(pile.articles().get(1).file()).contains(tmp.resolve("b/deep/er/one.txt"));
        assertThat(pile.bad()).extracting(BadRecord::line).containsExactly(
                "b/empty.txt\tempty file",
                "b/notes.pdf\tunsupported file type; expected .txt, .md, .html, .htm, .jsonl, .ndjson, .warc or .warc.gz");
    }

    static Stream<Arguments> jsonLines() {
        return Stream.of(
                // text with every known field; other keys are kept, objects as JSON
                Arguments.of("{\"text\":\"Erster Satz.\\n\\nZweiter Satz.\",\"outlet\":\"ORF\",\"title\":\"T\",\"url\":\"https://orf.at/1\","
                        + "\"published\":\"2021-07-19\",\"language\":\"de-AT\",\"media_id\":42,\"tags\":[\"a\",\"b\"]}",
                        "ORF|T|https://orf.at/1|2021-07-19|de-AT|{media_id=42, tags=[\"a\",\"b\"]}|Erster Satz.//Zweiter Satz."),
                // no outlet: the address's host without www
                Arguments.of("{\"text\":\"Satz.\",\"url\":\"https://www.Example-News.org/x\"}",
                        "example-news.org||https://www.Example-News.org/x|||{}|Satz."),
                // no outlet and no address: the file's name
                Arguments.of("{\"text\":\"Satz.\"}", "pile|||||{}|Satz."),
                // html when there is no text; the page's headline becomes the title
                Arguments.of("{\"html\":\"" + PAGE.replace("\"", "\\\"") + "\",\"outlet\":\"Blatt\"}",
                        "Blatt|Angriff auf Server||||{page-title=Angriff}|Angriff auf Server//Die USA machen China für den Angriff verantwortlich.//Die EU spricht von chinesischem Territorium."),
                // null values are no values
                Arguments.of("{\"text\":\"Satz.\",\"outlet\":null,\"title\":null}", "pile|||||{}|Satz."),
                // bad records
                Arguments.of("{\"outlet\":\"ORF\"}", "bad: no 'text' or 'html' field with content"),
                Arguments.of("{\"text\":\"   \"}", "bad: no 'text' or 'html' field with content"),
                Arguments.of("[1,2]", "bad: not a JSON object"),
                Arguments.of("{\"text\": \"unclosed", "bad: not JSON: "));
    }

    @ParameterizedTest
    @MethodSource("jsonLines")
    void jsonLinesRecordsKeepTheirFields(String line, String expected) throws IOException {
        write("pile.jsonl", "\n" + line + "\n");
        PileReader.Pile pile = new PileReader().readAll(tmp.resolve("pile.jsonl"));
        if (expected.startsWith("bad: ")) {
            assertThat(pile.articles()).isEmpty();
            assertThat(pile.bad()).singleElement().satisfies(b -> {
                assertThat(b.location()).isEqualTo("pile.jsonl:2");
                assertThat(b.reason()).startsWith(expected.substring(5));
            });
            return;
        }
        assertThat(pile.bad()).isEmpty();
        assertThat(pile.articles()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo("pile.jsonl:2");
            assertThat(r.file()).isEmpty();
            assertThat(describe(r)).isEqualTo(expected);
        });
    }

    @Test
    void aBadLineDoesNotStopTheFileAndGzippedLinesAreRead() throws IOException {
        String lines = "{\"text\":\"Eins.\",\"outlet\":\"A\"}\nnot json\n{\"text\":\"Zwei.\",\"outlet\":\"B\"}\n";
        Path gz = tmp.resolve("pile.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        PileReader.Pile pile = new PileReader().readAll(gz);
        assertThat(pile.articles()).extracting(PileRecord::location).containsExactly("pile.jsonl.gz:1", "pile.jsonl.gz:3");
        assertThat(pile.bad()).extracting(BadRecord::location).containsExactly("pile.jsonl.gz:2");
    }

    @ParameterizedTest(name = "gzip {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void warcResponsesWithHtmlBecomeArticles(boolean gzip) throws IOException {
        WarcFixture warc = new WarcFixture(gzip)
                .request("https://www.example-news.org/a", "2021-07-19T10:00:00Z")
                .response("https://www.example-news.org/a", "2021-07-19T10:00:01Z", 200, "text/html; charset=utf-8", PAGE)
                .response("https://www.example-news.org/logo.png", "2021-07-19T10:00:02Z", 200, "image/png", "PNG")
                .response("https://www.example-news.org/gone", "2021-07-19T10:00:03Z", 404, "text/html", "<p>Not found</p>");
        String name = gzip ? "crawl.warc.gz" : "crawl.warc";
        Files.write(tmp.resolve(name), warc.bytes());
        PileReader.Pile pile = new PileReader().readAll(tmp);
        assertThat(pile.articles()).singleElement().satisfies(r -> {
            ArticleMetadata m = r.article().metadata();
            assertThat(r.location()).startsWith(name + "@").isNotEqualTo(name + "@0");
            assertThat(m.outlet()).isEqualTo("example-news.org");
            assertThat(m.url()).isEqualTo("https://www.example-news.org/a");
            assertThat(m.published()).isEqualTo("2021-07-19T10:00:01Z");
            assertThat(m.extra()).containsEntry("warc-date", "2021-07-19T10:00:01Z");
            assertThat(r.article().blocks()).extracting(TextBlock::text).contains("Die USA machen China für den Angriff verantwortlich.");
        });
        assertThat(pile.bad()).singleElement().satisfies(b -> assertThat(b.reason()).isEqualTo("HTTP status 404; no article"));
        assertThat(pile.skipped()).isEqualTo(2);
    }

    @Test
    void aBrokenHttpMessageIsOneBadRecordAndTheFileGoesOn() throws IOException {
        byte[] warc = new WarcFixture(true)
                .brokenResponse("https://a.example/1", "2021-07-19T10:00:00Z")
                .response("https://a.example/2", "2021-07-19T10:00:00Z", 200, "text/html", PAGE).bytes();
        Files.write(tmp.resolve("mixed.warc.gz"), warc);
        PileReader.Pile pile = new PileReader().readAll(tmp.resolve("mixed.warc.gz"));
        assertThat(pile.articles()).hasSize(1);
        assertThat(pile.bad()).singleElement().satisfies(b -> {
            assertThat(b.location()).isEqualTo("mixed.warc.gz@0");
            assertThat(b.reason()).startsWith("cannot read the HTTP response");
        });
    }

    @Test
    void aTruncatedWarcKeepsWhatCameBeforeAndListsWhereItBrokeOff() throws IOException {
        byte[] whole = new WarcFixture(false)
                .response("https://a.example/1", "2021-07-19T10:00:00Z", 200, "text/html", PAGE)
                .response("https://a.example/2", "2021-07-19T10:00:00Z", 200, "text/html", PAGE).bytes();
        Files.write(tmp.resolve("cut.warc"), Arrays.copyOf(whole, whole.length - 200));
        PileReader.Pile pile = new PileReader().readAll(tmp.resolve("cut.warc"));
        assertThat(pile.articles()).hasSize(1);
        // the record it broke off in is listed at its own offset
        assertThat(pile.bad()).singleElement().satisfies(b -> {
            assertThat(b.location()).startsWith("cut.warc@").isNotEqualTo("cut.warc@0");
            assertThat(b.reason()).startsWith("cannot read the HTTP response").contains("more bytes");
        });
        // broken off inside a record's header: listed after the last whole record, and the rest is skipped
        Files.write(tmp.resolve("cut.warc"), Arrays.copyOf(whole, whole.length / 2 + 60));
        PileReader.Pile header = new PileReader().readAll(tmp.resolve("cut.warc"));
        assertThat(header.bad()).extracting(BadRecord::reason).singleElement().asString()
                .satisfiesAnyOf(r -> assertThat(r).startsWith("cannot read WARC").endsWith("the rest of the file is skipped"),
                        r -> assertThat(r).startsWith("cannot read the HTTP response"));
    }

    static Stream<Arguments> fileKinds() {
        return Stream.of(
                Arguments.of("a.txt", PileReader.Kind.ARTICLE),
                Arguments.of("x/A.HTM", PileReader.Kind.ARTICLE),
                Arguments.of("b.md", PileReader.Kind.ARTICLE),
                Arguments.of("x/README.md", PileReader.Kind.IGNORED),
                Arguments.of("x/event.yaml", PileReader.Kind.IGNORED),
                Arguments.of(".DS_Store", PileReader.Kind.IGNORED),
                Arguments.of("export.jsonl", PileReader.Kind.JSON_LINES),
                Arguments.of("export.ndjson.gz", PileReader.Kind.JSON_LINES),
                Arguments.of("CC-NEWS-1.warc.gz", PileReader.Kind.WARC),
                Arguments.of("c.warc", PileReader.Kind.WARC),
                Arguments.of("c.gz", PileReader.Kind.UNSUPPORTED),
                Arguments.of("data.json", PileReader.Kind.UNSUPPORTED));
    }

    @ParameterizedTest
    @MethodSource("fileKinds")
    void filesAreReadByTheirName(String name, PileReader.Kind kind) {
        assertThat(PileReader.Kind.of(name)).isEqualTo(kind);
    }

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("https://www.orf.at/stories/1", "orf.at"),
                Arguments.of("http://News.Example.ORG:8080/x?y", "news.example.org"),
                Arguments.of("not a url", ""),
                Arguments.of("/relative/path", ""),
                Arguments.of("", ""));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void theOutletFallsBackToTheHost(String url, String outlet) {
        assertThat(PileMetadata.outletFromUrl(url).orElse("")).isEqualTo(outlet);
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of("one line", "f:1\tone line"),
                Arguments.of(" two\n lines ", "f:1\ttwo lines"),
                Arguments.of("a\r\n\r\nb", "f:1\ta b"),
                Arguments.of(null, "f:1\tunreadable"));
    }

    @ParameterizedTest
    @MethodSource("reasons")
    void badRecordsAreListedOnOneLine(String reason, String line) {
        assertThat(new BadRecord("f:1", reason).line()).isEqualTo(line);
    }

    private static String describe(PileRecord r) {
        ArticleMetadata m = r.article().metadata();
        Map<String, String> extra = m.extra();
        String text = String.join("//", r.article().blocks().stream().map(TextBlock::text).toList());
        return String.join("|", List.of(m.outlet(), m.title(), m.url(), m.published(), m.language().tag(), extra.toString(), text));
    }

    private void write(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }
}
