package org.parallax.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BoundaryRulesTest {

    static Stream<Arguments> initialisms() {
        return Stream.of(
                // --- single letters and letter-dot sequences
                Arguments.of("F", true),
                Arguments.of("U.S", true),
                Arguments.of("U.S.A", true),
                Arguments.of("a.m", true),
                // --- roman numerals of rulers and popes
                Arguments.of("II", true),
                Arguments.of("XVI", true),
                // --- ordinary words, acronyms and numbers
                Arguments.of("USA", false),
                Arguments.of("CDU", false),
                Arguments.of("Fa", false),
                Arguments.of("U.S.", false),
                Arguments.of("3", false),
                Arguments.of("example.org", false),
                Arguments.of("", false));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @MethodSource("initialisms")
    void recognisesInitialisms(String token, boolean expected) {
        assertThat(BoundaryRules.isInitialism(token)).isEqualTo(expected);
    }

    static Stream<Arguments> ordinals() {
        return Stream.of(
                // --- day or ordinal
                Arguments.of("1", true),
                Arguments.of("19", true),
                Arguments.of("2021", true),
                // --- day.month without year
                Arguments.of("12.07", true),
                Arguments.of("1.7", true),
                // --- not ordinals: big numbers, decimals, times written with a year, words
                Arguments.of("12345", false),
                Arguments.of("1.000", false),
                Arguments.of("12.07.2021", false),
                Arguments.of("3,5", false),
                Arguments.of("19a", false),
                Arguments.of("", false));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @MethodSource("ordinals")
    void recognisesNumbersThatMayBeOrdinals(String token, boolean expected) {
        assertThat(BoundaryRules.isOrdinalCandidate(token)).isEqualTo(expected);
    }
}
