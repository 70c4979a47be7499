package org.parallax.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.normalise.TextNormaliser;

class WordTokeniserTest {

    static Stream<Arguments> tokens() {
        return Stream.of(
                // words carry the white space after them
                Arguments.of("Der Hack", List.of("Der |der", "Hack|hack")),
                Arguments.of("  Der  Hack \n", List.of("  Der  |der", "Hack \n|hack")),
                // punctuation marks are tokens of their own
                Arguments.of("Angriff, sagte er.", List.of("Angriff|angriff", ", |,", "sagte |sagte", "er|er", ".|.")),
                Arguments.of("„Nein“", List.of("„|\"", "Nein|nein", "“|\"")),
                Arguments.of("Berlin – Paris", List.of("Berlin |berlin", "– |-", "Paris|paris")),
                // compounds, apostrophes and gender forms stay one word
                Arguments.of("E-Mail-Server", List.of("E-Mail-Server|emailserver")),
                Arguments.of("don’t", List.of("don’t|don't")),
                Arguments.of("Journalist:innen", List.of("Journalist:innen|journalist*innen")),
                // numbers, decimals, dates and times stay one token
                Arguments.of("30\u00A0000 Menschen", List.of("30\u00A0000 |30000", "Menschen|menschen")),
                Arguments.of("3,5 %", List.of("3,5 |3,5", "%|%")),
                Arguments.of("am 19.07.2021 um 19:30.", List.of("am |am", "19.07.2021 |19.07.2021", "um |um",
                        "19:30|19:30", ".|.")),
                // a character that normalises to several tokens stays one
                Arguments.of("½ Liter", List.of("½ |1⁄2", "Liter|liter")),
                // invisible characters go with the token they follow
                Arguments.of("Bundes\u00ADregierung\u200B", List.of("Bundes\u00ADregierung\u200B|bundesregierung")),
                // white space only
                Arguments.of(" \n", List.of(" \n|")),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest
    @MethodSource("tokens")
    void cutsTextIntoTokens(String text, List<String> expected) {
        List<String> actual = WordTokeniser.tokenise(text, TextNormaliser.defaults()).stream()
                .map(t -> t.text() + "|" + t.key())
                .toList();
        assertThat(actual).isEqualTo(expected);
    }
}
