package org.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorpusScannerTest {

    static Stream<Arguments> slugs() {
        return Stream.of(
                // ordinary names stay
                Arguments.of("2021-07-19-china-cyber-attribution", "2021-07-19-china-cyber-attribution"),
                Arguments.of("Event_2.v1", "event_2.v1"),
                // paths cannot escape the site
                Arguments.of("..", "event"),
                Arguments.of("../../etc", "etc"),
                Arguments.of("/absolute/path", "absolute-path"),
                Arguments.of("a\\..\\b", "a-..-b"),
                Arguments.of(".hidden", "hidden"),
                // odd Unicode becomes ASCII or goes
                Arguments.of("Übersicht Straße", "ubersicht-stra-e"),
                Arguments.of("事件", "event"),
                Arguments.of("evil\u202Eeman.html", "evil-eman.html"),
                Arguments.of("tab\tand\nnewline", "tab-and-newline"),
                // long names are cut
                Arguments.of("x".repeat(200), "x".repeat(80)));
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void slugsAreOneSafeSegment(String folder, String slug) {
        String made = CorpusScanner.slug(folder);
        assertThat(made).isEqualTo(slug);
        assertThat(made).matches("[a-z0-9._-]+").doesNotStartWith(".").isNotEqualTo("..");
        assertThat(Path.of("site").resolve(made).normalize().startsWith(Path.of("site"))).isTrue();
    }

    @Test
    void folderNamesThatCollideOrClashWithTheSiteGetDistinctSlugs(@TempDir Path corpus) throws Exception {
        for (String name : List.of("Ereignis", "ereignis", "index.html", "sitemap.xml", "events.js")) {
            Path dir = Files.createDirectories(corpus.resolve(name));
            Files.writeString(dir.resolve("a.txt"), "Text.\n");
        }
        List<String> slugs = new CorpusScanner().scan(corpus).stream().map(CorpusEvent::slug).toList();
        assertThat(slugs).doesNotHaveDuplicates().doesNotContain("index.html", "sitemap.xml", "events.js").hasSize(5);
    }

    @Test
    void readmeHiddenFilesAndOtherTypesAreNotArticles(@TempDir Path corpus) throws Exception {
        Path dir = Files.createDirectories(corpus.resolve("event"));
        for (String name : List.of("a.txt", "b.html", "README.md", ".draft.txt", "notes.pdf", "event.yaml")) {
            Files.writeString(dir.resolve(name), name.endsWith(".yaml") ? "title: Ereignis\n" : "Text.\n");
        }
        List<Path> articles = new CorpusScanner().scan(corpus).get(0).articles();
        assertThat(articles).extracting(p -> p.getFileName().toString()).containsExactly("a.txt", "b.html");
    }
}
