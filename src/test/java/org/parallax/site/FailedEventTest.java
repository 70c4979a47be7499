package org.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailedEventTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                // one line stays as it is
                Arguments.of("a.txt: empty file", "ev\ta.txt: empty file"),
                // line breaks and the blanks around them become one space
                Arguments.of("first line\n  second line", "ev\tfirst line second line"),
                Arguments.of("first\r\nsecond\rthird", "ev\tfirst second third"),
                // blanks at the ends go
                Arguments.of("  padded \n", "ev\tpadded"),
                // no message at all still says something
                Arguments.of("", "ev\tunknown error"),
                Arguments.of(null, "ev\tunknown error"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void theErrorListHasOneLinePerEvent(String error, String line) {
        assertThat(new FailedEvent("ev", Path.of("corpus/ev"), error).line()).isEqualTo(line);
    }
}
