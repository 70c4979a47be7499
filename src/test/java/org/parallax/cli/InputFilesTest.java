package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFilesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "/dev/stdout, true",
            "/dev/fd/1, true",
            "/proc/self/fd/1, true",
            "/dev/../dev/stdout, true",
            "/dev/stderr, false",
            "report.json, false",
            "/tmp/stdout, false"})
    void recognisesStandardOutput(String path, boolean expected) {
        assertThat(InputFiles.isStandardOutput(Path.of(path))).isEqualTo(expected);
    }
}
