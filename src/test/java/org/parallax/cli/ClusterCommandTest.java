package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClusterCommandTest {

    @TempDir
    Path tmp;

    @Test
    void clustersAPileAndSaysWhatItMade() throws IOException {
        Path pile = Files.createDirectories(tmp.resolve("pile/deep"));
        try (Stream<Path> files = Files.walk(Path.of("corpus/2021-07-19-exchange-hack-attribution-en"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(f, pile.resolve(f.getFileName()));
            }
        }
        Files.writeString(tmp.resolve("pile/broken.jsonl"), "{\"text\": 1\n");
        Path out = tmp.resolve("corpus");
        CliRun run = CliRun.of("cluster", tmp.resolve("pile").toString(), "-o", out.toString(), "--window-days", "1");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out().strip()).isEqualTo("1 events of 3 articles; 0 of 3 articles in no event; corpus written to " + out);
        assertThat(run.err()).contains("parallax: 1 records could not be read; listed in " + out.resolve("pile-errors.txt"));
        assertThat(out.resolve("events.csv")).isRegularFile();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(new String[] {"--window-days", "-1"}, "parallax: --window-days must not be negative: -1"),
                Arguments.of(new String[] {"--min-similarity", "1.5"}, "parallax: --min-similarity must lie between 0 and 1: 1.5"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void badOptionsAreRefusedOnOneLine(String[] options, String message) {
        String[] args = Stream.concat(Stream.of("cluster", "corpus", "-o", tmp.resolve("out").toString()), Stream.of(options))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(message);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingPileIsRefusedOnOneLine() {
        Path missing = tmp.resolve("nothing");
        CliRun run = CliRun.of("cluster", missing.toString(), "-o", tmp.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("parallax: " + missing + ": no such file or folder");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
