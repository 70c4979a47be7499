package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgressDisplayTest {

    static Stream<Arguments> durations() {
        return Stream.of(
                Arguments.of(0, "0 s"),
                Arguments.of(59, "59 s"),
                Arguments.of(60, "1 min 0 s"),
                Arguments.of(3599, "59 min 59 s"),
                Arguments.of(3600, "1 h 0 min"),
                Arguments.of(7325, "2 h 2 min"));
    }

    @ParameterizedTest
    @MethodSource("durations")
    void timeLeftIsWrittenForPeople(long seconds, String text) {
        assertThat(ProgressDisplay.Lines.duration(Duration.ofSeconds(seconds))).isEqualTo(text);
    }

    @Test
    void plainLinesTellRateAndTimeLeft() {
        long[] now = {0};
        StringWriter out = new StringWriter();
        ProgressDisplay.Lines lines = new ProgressDisplay.Lines(new PrintWriter(out), () -> now[0]);
        lines.started(10);
        now[0] = 2_000_000_000L;
        lines.eventBuilt("first", 4, 10);
        now[0] = 4_000_000_000L;
        lines.eventFailed("second", "b.txt: empty file", 5, 10);
        assertThat(out.toString().lines()).containsExactly(
                "built 4/10 (2.0 events/s, 3 s left): first",
                "failed 5/10 (1.3 events/s, 4 s left): second: b.txt: empty file");
    }
}
