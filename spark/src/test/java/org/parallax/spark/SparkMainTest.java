package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SparkMainTest {

    /** The clusterer's own default, which the job takes when no --min-similarity is given. */
    private static final double DEFAULT_SIMILARITY = org.parallax.cluster.ClusterOptions.defaults().minSimilarity();

    static Stream<Arguments> goodLines() {
        return Stream.of(
                Arguments.of(new String[] {"pile", "site", "tables"}, 3, DEFAULT_SIMILARITY),
                Arguments.of(new String[] {"--window-days", "5", "pile", "site", "tables"}, 5, DEFAULT_SIMILARITY),
                Arguments.of(new String[] {"pile", "site", "tables", "--min-similarity", "0.3"}, 3, 0.3));
    }

    @ParameterizedTest
    @MethodSource("goodLines")
    void readsTheCommandLine(String[] args, int window, double similarity) {
        SparkMain.Arguments a = SparkMain.parse(args);
        assertThat(a.input()).isEqualTo(Path.of("pile"));
        assertThat(a.site()).isEqualTo(Path.of("site"));
        assertThat(a.parquet()).isEqualTo(Path.of("tables"));
        assertThat(a.options().windowDays()).isEqualTo(window);
        assertThat(a.options().minSimilarity()).isEqualTo(similarity);
        assertThat(a.settings()).isEqualTo(Settings.defaults());
        assertThat(a.strict()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void readsTheOptionsOfClusterAndBuild() {
        SparkMain.Arguments a = SparkMain.parse(new String[] {"pile", "--rules", "r.txt", "--lexicon", "l.txt",
            "--fold-sharp-s", "site", "--templates", "tpl", "--base-url", "https://example.org", "--strict", "tables"});
        assertThat(a.site()).isEqualTo(Path.of("site"));
        assertThat(a.parquet()).isEqualTo(Path.of("tables"));
        assertThat(a.settings()).isEqualTo(new Settings("r.txt", "l.txt", true, "tpl", "https://example.org/"));
        assertThat(a.settings().options().foldSharpS()).isTrue();
        assertThat(a.strict()).isTrue();
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of(new String[] {"pile", "site"}, "usage: SparkMain PILE SITE PARQUET"),
                Arguments.of(new String[] {"pile", "site", "tables", "extra"}, "usage:"),
                Arguments.of(new String[] {"pile", "site", "tables", "--window-days"}, "--window-days needs a value"),
                Arguments.of(new String[] {"pile", "site", "tables", "--window-days", "x"}, "--window-days: not a number: x"),
                Arguments.of(new String[] {"pile", "site", "tables", "--window-days", "-1"}, "must not be negative"),
                Arguments.of(new String[] {"pile", "site", "tables", "--min-similarity", "2"}, "must lie in [0, 1]"),
                Arguments.of(new String[] {"pile", "site", "tables", "--max-distance", "0.9"}, "unknown option --max-distance"),
                Arguments.of(new String[] {"pile", "site", "tables", "--threads", "2"}, "unknown option --threads"),
                Arguments.of(new String[] {"pile", "site", "tables", "--base-url", "ftp://x"},
                        "--base-url must be an http or https address: ftp://x"),
                Arguments.of(new String[] {"pile", "site", "tables", "--rules"}, "--rules needs a value"));
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void refusesABadCommandLineWithOneLine(String[] args, String message) {
        assertThatThrownBy(() -> SparkMain.parse(args)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message).message().doesNotContain("\n");
    }

    @org.junit.jupiter.api.Test
    void anErrorIsToldInItsFirstLine() {
        assertThat(SparkMain.firstLine(new IllegalStateException("Job aborted: event x failed\n\tat somewhere")))
                .isEqualTo("Job aborted: event x failed");
        assertThat(SparkMain.firstLine(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
