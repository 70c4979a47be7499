package org.parallax.ingest;

import org.parallax.model.ArticleMetadata;
import org.parallax.model.BlockKind;
import org.parallax.model.TextBlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextArticleReaderTest {
    static final Path SEED = Path.of("corpus/2021-07-19-china-cyber-attribution/seed-unknown-outlet.txt");

    private final TextArticleReader reader = new TextArticleReader();

    @TempDir
    Path dir;

    @Test
    void readsTheSeedArticleOneBlockPerLine() {
        RawArticle seed = reader.read(SEED);

        assertThat(seed.metadata().outlet()).isEqualTo("Unknown outlet (seed)");
        assertThat(seed.metadata().language().code()).isEqualTo("de");
        assertThat(seed.metadata().extra()).containsEntry("note", "seed article, text exactly as received");
        assertThat(seed.metadata().source()).isEqualTo(SEED.toString());
        assertThat(seed.warnings()).isEmpty();
        // 24 body lines, each its own block
        assertThat(seed.blocks()).hasSize(24);
        assertThat(seed.blocks()).contains(
                new TextBlock(BlockKind.SUBHEADING, "Internationale Allianz gegen Cyberangriffe"),
                new TextBlock(BlockKind.SUBHEADING, "Washington beschuldigt China"),
                new TextBlock(BlockKind.SUBHEADING, "Was kann eine solche Vereinigung bewirken?"),
                new TextBlock(BlockKind.SUBHEADING, "Neue Stellenangebote"));
        assertThat(seed.blocks()).filteredOn(b -> b.text().contains("Deshalb gibt es seit dem 19. Juli 2021"))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH);
                    assertThat(b.text()).isEqualTo("Deshalb gibt es seit dem 19. Juli 2021 nun eine Allianz zwischen "
                            + "den USA und der EU gegen Cyberattacken aus China. Beteiligt sind außerdem die Nato, "
                            + "Japan sowie Großbritannien, Kanada, Australien und Neuseeland.");
                });
    }

    @Test
    void takesFrontMatterKeysAndKeepsUnknownOnes() throws IOException {
        Path file = write("orf.txt", """
                ---
                outlet: ORF
                title: "USA überzeugt: China hinter Angriff auf Exchange Server"
                url: 'https://example.org/article'
                Language: DE
                published: 2021-07-19
                author: 'Anna O''Brien'
                ---
                Die USA werfen China vor, hinter dem Angriff zu stehen.
                """);
        ArticleMetadata meta = reader.read(file).metadata();

        assertThat(meta.outlet()).isEqualTo("ORF");
        assertThat(meta.title()).isEqualTo("USA überzeugt: China hinter Angriff auf Exchange Server");
        assertThat(meta.url()).isEqualTo("https://example.org/article");
        assertThat(meta.language().code()).isEqualTo("de");
        assertThat(meta.published()).isEqualTo("2021-07-19");
        assertThat(meta.extra()).containsExactly(java.util.Map.entry("author", "Anna O'Brien"));
    }

    @Test
    void withoutFrontMatterFallsBackToTheFileNameAndLeavesLanguageEmpty() throws IOException {
        Path file = write("tagesschau-exchange.md", """
                # USA beschuldigen China

                Die US-Regierung macht China für den Hack verantwortlich.
                """);
        RawArticle article = reader.read(file);

        assertThat(article.metadata().outlet()).isEqualTo("tagesschau-exchange");
        assertThat(article.metadata().language().isDetermined()).isFalse();
        assertThat(article.metadata().title()).isEqualTo("USA beschuldigen China");
        assertThat(article.blocks()).containsExactly(new TextBlock(BlockKind.HEADLINE, "USA beschuldigen China"),
                new TextBlock(BlockKind.PARAGRAPH, "Die US-Regierung macht China für den Hack verantwortlich."));
    }

    @Test
    void readsWindowsLineEndingsAndSkipsTheByteOrderMark() throws IOException {
        byte[] body = "\uFEFF---\r\noutlet: Wire\r\n---\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("wire.txt");
        Files.write(file, body);
        RawArticle article = reader.read(file);

        assertThat(article.metadata().outlet()).isEqualTo("Wire");
        assertThat(article.blocks()).extracting(TextBlock::text).containsExactly("First paragraph.", "Second paragraph.");
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void readsUtf16WithByteOrderMark() throws IOException {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, "\uFEFFGroßbritannien schließt sich an.".getBytes(StandardCharsets.UTF_16LE));
        assertThat(reader.read(file).blocks()).extracting(TextBlock::text)
                .containsExactly("Großbritannien schließt sich an.");
    }

    @Test
    void fallsBackToWindows1252WithAWarning() throws IOException {
        Path file = dir.resolve("legacy.txt");
        Files.write(file, "Die Verbündeten „schließen“ nichts aus – sagt er.".getBytes(Charset.forName("windows-1252")));
        RawArticle article = reader.read(file);

        assertThat(article.blocks()).extracting(TextBlock::text)
                .containsExactly("Die Verbündeten „schließen“ nichts aus – sagt er.");
        assertThat(article.warnings()).containsExactly("not valid UTF-8; read as Windows-1252");
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                // content that is no article
                Arguments.of(new byte[0], "empty file"),
                Arguments.of(" \n\t\n".getBytes(StandardCharsets.UTF_8), "empty file"),
                Arguments.of(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "binary data, not text"),
                Arguments.of("---\noutlet: X\n---\n\n".getBytes(StandardCharsets.UTF_8),
                        "no article text after the front matter"),
                // malformed front matter
                Arguments.of("---\noutlet: X\nText ohne Ende.\n---\nText.".getBytes(StandardCharsets.UTF_8),
                        "front matter line 3: could not find expected ':'"),
                Arguments.of("---\n- outlet\n- X\n---\nText.".getBytes(StandardCharsets.UTF_8),
                        "front matter line 2: expected 'key: value' lines, found a list"),
                Arguments.of("---\njust words\n---\nText.".getBytes(StandardCharsets.UTF_8),
                        "front matter line 2: expected 'key: value' lines, found a single value"),
                Arguments.of("---\ntitle: \"open\n  more\n---\nText.".getBytes(StandardCharsets.UTF_8),
                        "front matter line 3: found unexpected end of stream"),
                Arguments.of("---\noutlet: X\n".getBytes(StandardCharsets.UTF_8),
                        "front matter starting on line 1 is not closed by a '---' line"),
                Arguments.of("---\noutlet: X\noutlet: Y\n---\nText.".getBytes(StandardCharsets.UTF_8),
                        "front matter line 3: key 'outlet' given twice"),
                Arguments.of("---\nOutlet: X\n\noUTLET: Y\n---\nText.".getBytes(StandardCharsets.UTF_8),
                        "front matter line 4: key 'outlet' given twice"));
    }

    @ParameterizedTest
    @MethodSource("unreadable")
    void rejectsWhatIsNoArticleWithOneLine(byte[] content, String message) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.write(file, content);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ArticleReadException.class).hasMessage(message);
    }

    @Test
    void parsesTextInMemory() {
        RawArticle article = reader.parse("Ein Satz.", "stdin", "stdin", false);
        assertThat(article.metadata().outlet()).isEqualTo("stdin");
        assertThat(article.blocks()).isEqualTo(List.of(new TextBlock(BlockKind.PARAGRAPH, "Ein Satz.")));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    static Stream<Arguments> frontMatterValues() {
        return Stream.of(
                // quoting and escapes
                Arguments.of("title: \"USA überzeugt: China\"", "title", "USA überzeugt: China"),
                Arguments.of("title: \"Er sagte \\\"nein\\\"\"", "title", "Er sagte \"nein\""),
                Arguments.of("title: \"Zeile\\tTab\"", "title", "Zeile\tTab"),
                Arguments.of("author: 'O''Brien'", "author", "O'Brien"),
                Arguments.of("title: ohne Anführungszeichen", "title", "ohne Anführungszeichen"),
                // colons in values
                Arguments.of("title: USA überzeugt: China hinter Angriff", "title", "USA überzeugt: China hinter Angriff"),
                Arguments.of("url: https://example.org/a?b=c:d", "url", "https://example.org/a?b=c:d"),
                // a one-line value YAML refuses is the rest of the line
                Arguments.of("title: \"Zitat\" sagt er", "title", "\"Zitat\" sagt er"),
                Arguments.of("title: [Update] Angriff", "title", "[Update] Angriff"),
                Arguments.of("title: \"offen", "title", "\"offen"),
                // values YAML would type stay as written
                Arguments.of("published: 2021-07-19", "published", "2021-07-19"),
                Arguments.of("title: 2021", "title", "2021"),
                Arguments.of("paywall: yes", "paywall", "yes"),
                Arguments.of("rating: 4.50", "rating", "4.50"),
                Arguments.of("time: 10:30", "time", "10:30"),
                Arguments.of("title:", "title", ""),
                // keys are lower-cased; unknown ones are kept
                Arguments.of("Outlet: ORF", "outlet", "ORF"),
                Arguments.of("Tags: [Cyber, China]", "tags", "[Cyber, China]"));
    }

    @ParameterizedTest
    @MethodSource("frontMatterValues")
    void readsFrontMatterValuesAsWritten(String line, String key, String value) {
        RawArticle article = reader.parse("---\n" + line + "\n---\nText.\n", "x.txt", "x", false);
        ArticleMetadata m = article.metadata();
        java.util.Map<String, String> all = new java.util.HashMap<>(m.extra());
        all.put("outlet", m.outlet());
        all.put("title", m.title());
        all.put("published", m.published());
        all.put("url", m.url());
        assertThat(all).containsEntry(key, value);
    }
}
