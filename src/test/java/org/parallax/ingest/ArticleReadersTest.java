package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleReadersTest {
    private final ArticleReaders readers = ArticleReaders.defaults();

    @TempDir
    Path dir;

    static Stream<Arguments> extensions() {
        return Stream.of(
                // text
                Arguments.of("a.txt", TextArticleReader.class),
                Arguments.of("a.md", TextArticleReader.class),
                Arguments.of("A.TXT", TextArticleReader.class),
                // html
                Arguments.of("a.html", HtmlArticleReader.class),
                Arguments.of("a.htm", HtmlArticleReader.class),
                Arguments.of("seite.HTML", HtmlArticleReader.class));
    }

    @ParameterizedTest
    @MethodSource("extensions")
    void choosesTheReaderByExtension(String name, Class<?> expected) {
        assertThat(readers.forFile(Path.of(name))).isInstanceOf(expected);
    }

    static Stream<Arguments> unsupported() {
        return Stream.of(
                Arguments.of("a.pdf", "unsupported file type .pdf; expected .txt, .md, .html or .htm"),
                Arguments.of("a.DOCX", "unsupported file type .docx; expected .txt, .md, .html or .htm"),
                Arguments.of("README", "unsupported file type (no extension); expected .txt, .md, .html or .htm"));
    }

    @ParameterizedTest
    @MethodSource("unsupported")
    void rejectsOtherTypes(String name, String message) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "text");
        assertThatThrownBy(() -> readers.read(file)).isInstanceOf(ArticleReadException.class).hasMessage(message);
    }

    @Test
    void rejectsAMissingFileAndADirectory() throws IOException {
        assertThatThrownBy(() -> readers.read(dir.resolve("fehlt.txt")))
                .isInstanceOf(ArticleReadException.class).hasMessage("no such file");
        Path folder = Files.createDirectory(dir.resolve("ordner.txt"));
        assertThatThrownBy(() -> readers.read(folder))
                .isInstanceOf(ArticleReadException.class).hasMessage("is a directory, not an article file");
    }

    @Test
    void readsTheSeedThroughTheTextReader() {
        assertThat(readers.read(TextArticleReaderTest.SEED).metadata().outlet()).isEqualTo("Unknown outlet (seed)");
    }
}
