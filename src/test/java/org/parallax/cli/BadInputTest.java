package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input either works or ends with one line on standard error that names the file
 * and the problem, a non-zero exit and no stack trace.
 */
class BadInputTest {

    @TempDir
    static Path tmp;

    private static final String ARTICLE = "Die USA machen China für den Angriff verantwortlich. "
            + "Die EU spricht nur von chinesischem Territorium.\n";

    /** Writes a file into the temporary folder; returns its path. */
    interface Setup {
        Path make(Path dir) throws IOException;
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // missing or not a file
                Arguments.of("missing file", (Setup) d -> d.resolve("missing.txt"), "missing.txt: no such file"),
                Arguments.of("directory", (Setup) d -> Files.createDirectories(d.resolve("folder.txt")),
                        "folder.txt: is a directory"),
                Arguments.of("unsupported extension", (Setup) d -> write(d, "slides.pdf", ARTICLE),
                        "slides.pdf: unsupported file type .pdf"),
                // nothing to read
                Arguments.of("empty file", (Setup) d -> write(d, "empty.txt", ""), "empty.txt: empty file"),
                Arguments.of("white space only", (Setup) d -> write(d, "blank.txt", " \n\t\n  \n"), "blank.txt: empty file"),
                Arguments.of("all boilerplate", (Setup) d -> write(d, "boiler.txt",
                        "Auch interessant:\n\nJetzt den Newsletter abonnieren\n\nAnzeige\n"),
                        "boiler.txt: no article text left after removing boilerplate"),
                // not text
                Arguments.of("binary data", (Setup) d -> Files.write(d.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1}),
                        "binary.txt: binary data"),
                Arguments.of("malformed front matter", (Setup) d -> write(d, "front.txt",
                        "---\noutlet ORF without colon\n---\n" + ARTICLE), "front.txt: "),
                // too large to be an article
                Arguments.of("50 MB file", (Setup) d -> sparse(d.resolve("huge.txt"), 50_000_000L),
                        "huge.txt: file is 50.0 MB; articles larger than 16 MB are refused"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedWithOneLineNamingTheFile(String name, Setup setup, String message) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name.replace(' ', '-')));
        Path file = setup.make(dir);
        CliRun run = CliRun.of("inspect", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("parallax: " + dir.resolve(file.getFileName())).contains(message.substring(message.indexOf(':') + 1).strip());
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path file = write(Files.createDirectories(tmp.resolve("verbose")), "empty.txt", "");
        CliRun run = CliRun.of("inspect", "--verbose", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void latin1TextIsDecodedWithAWarning() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("latin1"));
        Path file = dir.resolve("latin1.txt");
        Files.write(file, "Die Behörde äußerte sich am Montag über die Angriffe.\n".getBytes(Charset.forName("windows-1252")));
        CliRun run = CliRun.of("inspect", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Die Behörde äußerte sich am Montag über die Angriffe.");
        assertThat(run.err()).startsWith("parallax: warning: " + file + ": ");
    }

    @Test
    void invalidUtf8InTheMiddleIsDecodedWithAWarning() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("utf8"));
        Path file = dir.resolve("broken.txt");
        byte[] good = "Die Behörde sprach von einem Angriff. ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] all = new byte[good.length + bad.length + 2];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        all[all.length - 2] = '.';
        all[all.length - 1] = '\n';
        Files.write(file, all);
        CliRun run = CliRun.of("inspect", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("warning");
    }

    @Test
    void malformedAndDeeplyNestedHtmlIsRead() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("html"));
        StringBuilder html = new StringBuilder("<html><body><article><p>Der Angriff kam aus China, so die USA.");
        for (int i = 0; i < 5000; i++) {
            html.append("<div><span>");
        }
        html.append("<p>Die EU nennt kein Ministerium.<td><b><i>Unclosed</b> tags</i> everywhere");
        Path file = write(dir, "nested.html", html.toString());
        CliRun run = CliRun.of("inspect", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Der Angriff kam aus China, so die USA.", "Die EU nennt kein Ministerium.");
    }

    @Test
    void aParagraphOfOneMegabyteWithoutFullStopIsOneSentence() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("long"));
        Path file = write(dir, "long.txt", "wort ".repeat(200_000).strip() + "\n");
        CliRun run = CliRun.of("inspect", "--json", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"index\" : 0").doesNotContain("\"index\" : 1,\n    \"block\"");
    }

    @Test
    void theSameFileTwiceIsRefused() throws IOException {
        Path file = write(Files.createDirectories(tmp.resolve("twice")), "a.txt", ARTICLE);
        CliRun run = CliRun.of("compare", file.toString(), file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("parallax: " + file + ": given twice; compare needs different articles");
    }

    @Test
    void aStrictBuildRefusesAnEventWithOneArticleByNameAndWritesNothing() throws IOException {
        Path corpus = tmp.resolve("one-article-corpus");
        write(Files.createDirectories(corpus.resolve("lonely")), "a.txt", ARTICLE);
        CliRun run = CliRun.of("build", corpus.toString(), "-o", tmp.resolve("site-one").toString(), "--strict");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).endsWith("lonely: only one article; an event needs at least two to compare");
        assertThat(tmp.resolve("site-one")).doesNotExist();
    }

    @Test
    void aBuildGoesOnPastABrokenEventAndExitsWithThree() throws IOException {
        Path corpus = tmp.resolve("mixed-corpus");
        write(Files.createDirectories(corpus.resolve("lonely")), "a.txt", ARTICLE);
        Path good = Files.createDirectories(corpus.resolve("good"));
        write(good, "a.txt", ARTICLE);
        write(good, "b.txt", "---\noutlet: Zweite Zeitung\n---\n" + ARTICLE);
        Path site = tmp.resolve("site-mixed");
        CliRun run = CliRun.of("build", corpus.toString(), "-o", site.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("parallax: event lonely failed: ", "only one article",
                "parallax: 1 of 2 events failed; listed in " + site.resolve("build-errors.txt"));
        assertThat(site.resolve("good/index.html")).isRegularFile();
        assertThat(site.resolve("lonely")).doesNotExist();
        assertThat(Files.readAllLines(site.resolve("build-errors.txt"))).singleElement().asString()
                .startsWith("lonely\t").endsWith("only one article; an event needs at least two to compare");
    }

    static Stream<Arguments> badOptionFiles() {
        return Stream.of(
                Arguments.of("build", "--rules", "missing-rules.txt", null, "missing-rules.txt: no such rules file"),
                Arguments.of("build", "--rules", "bad-rules.txt", "just one field\n",
                        "bad-rules.txt:1: expected 3 or 4 tab-separated fields"),
                Arguments.of("build", "--lexicon", "missing-lexicon.txt", null, "cannot read lexicon"),
                Arguments.of("compare", "--rules", "missing-rules.txt", null, "missing-rules.txt: no such rules file"),
                Arguments.of("cluster", "--lexicon", "missing-lexicon.txt", null, "cannot read lexicon"));
    }

    /**
     * A rules or lexicon file that cannot be used is a mistake of the command line: one line before
     * anything is read, and the site a build would replace stays as it was (it used to be replaced by
     * an empty one, every event failing on the same file).
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("badOptionFiles")
    void aBadRulesOrLexiconFileIsRefusedBeforeAnythingIsWritten(String command, String option, String name,
            String content, String message) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("options-" + command + option + name));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path event = Files.createDirectories(corpus.resolve("event"));
        Path a = write(event, "a.txt", ARTICLE);
        Path b = write(event, "b.txt", "---\noutlet: Zweite Zeitung\n---\n" + ARTICLE);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path kept = write(out, "kept.txt", "an earlier site");
        Path file = dir.resolve(name);
        if (content != null) {
            write(dir, name, content);
        }
        CliRun run = switch (command) {
            case "build" -> CliRun.of("build", corpus.toString(), "-o", out.toString(), option, file.toString());
            case "compare" -> CliRun.of("compare", a.toString(), b.toString(), "-o", out.resolve("r.html").toString(),
                    option, file.toString());
            default -> CliRun.of("cluster", event.toString(), "-o", dir.resolve("new-corpus").toString(), option,
                    file.toString());
        };
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("parallax: " + option + " ").contains(message)
                .doesNotContain("internal error", "\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(kept).hasContent("an earlier site");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(kept);
        }
        assertThat(dir.resolve("new-corpus")).doesNotExist();
    }

    @Test
    void anEmptyCorpusIsRefused() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("empty-corpus"));
        CliRun run = CliRun.of("build", corpus.toString(), "-o", tmp.resolve("site-empty").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("parallax: " + corpus + ": empty corpus; expected event folders holding .txt, .md or .html articles");
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }
}
