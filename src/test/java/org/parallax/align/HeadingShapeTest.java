package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeadingShapeTest {

    static Stream<Arguments> finalPunctuation() {
        return Stream.of(
                // sentence punctuation at the end
                Arguments.of("Es wurde Abend.", true),
                Arguments.of("Was kann eine solche Vereinigung bewirken?", true),
                Arguments.of("Gott segnete die Menschen:", true),
                Arguments.of("dein Volk sei mein Volk;", true),
                Arguments.of("Und dann …", true),
                // closing quotes, brackets and trailing spaces after the punctuation
                Arguments.of("Er nannte es „grundlos.“", true),
                Arguments.of("(Siehe oben.) ", true),
                // no final punctuation
                Arguments.of("Keine Rede vom Staatssicherheitsministerium", false),
                Arguments.of("Police say protester threw bottle", false),
                Arguments.of("EU: Angriff kam von chinesischem Territorium", false),
                Arguments.of("Der 3. Tag", false));
    }

    @ParameterizedTest
    @MethodSource("finalPunctuation")
    void finalPunctuationPattern(String text, boolean expected) {
        assertThat(HeadingShape.FINAL_PUNCTUATION.matcher(text).find()).isEqualTo(expected);
    }

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("Allianz gegen Chinas Hacker", 4),
                Arguments.of("G20-Gipfel 2021", 3),
                Arguments.of("— ", 0));
    }

    @ParameterizedTest
    @MethodSource("words")
    void wordPattern(String text, int expected) {
        assertThat(HeadingShape.WORD.matcher(text).results().count()).isEqualTo(expected);
    }

    static Stream<Arguments> headings() {
        return Stream.of(
                // short and unpunctuated: a heading
                Arguments.of("Keine Rede vom Staatssicherheitsministerium", true),
                Arguments.of("Police say protester threw bottle", true),
                // punctuated: a body sentence, however short
                Arguments.of("Ja.", false),
                Arguments.of("Peking weist Vorwürfe zurück.", false),
                // unpunctuated but longer than a heading: a sentence that lost its full stop
                Arguments.of("Die Europäische Union und die Vereinigten Staaten machen China gemeinsam für den Angriff auf die Server verantwortlich", false),
                // nothing to read
                Arguments.of("", false),
                Arguments.of("–", false));
    }

    @ParameterizedTest
    @MethodSource("headings")
    void headingShape(String sentence, boolean expected) {
        assertThat(HeadingShape.isHeading(sentence)).isEqualTo(expected);
    }
}
