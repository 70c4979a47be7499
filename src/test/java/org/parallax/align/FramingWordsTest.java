package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Language;

class FramingWordsTest {

    static Stream<Arguments> strips() {
        return Stream.of(
                // reporting verbs go, the claim stays
                Arguments.of("de", "der hack sei gesteuert worden, erklärte das ministerium.", "der hack   gesteuert worden,   das ministerium."),
                Arguments.of("en", "organisers said 15000 attended", "organisers   15000 attended"),
                // hedges
                Arguments.of("en", "a protester allegedly threw a bottle", "a protester   threw a bottle"),
                Arguments.of("de", "vier mutmaßliche hacker", "vier   hacker"),
                // certainty phrases go as a whole, the longest entry winning
                Arguments.of("de", "„mit sehr hoher wahrscheinlichkeit“ vom ministerium", "„ “ vom ministerium"),
                Arguments.of("de", "mit großer sicherheit verübt", "  verübt"),
                Arguments.of("de", "hieß es in brüssel", "  in brüssel"),
                // a phrase only matches whole words in a row
                Arguments.of("de", "mit großer sicherheitslücke", "mit großer sicherheitslücke"),
                Arguments.of("de", "die nationale sicherheit", "die nationale sicherheit"),
                Arguments.of("en", "according to police", "  police"),
                Arguments.of("en", "according police", "according police"),
                // nothing but framing: the text itself, so the sentence keeps its features
                Arguments.of("en", "he said so", "he   so"),
                Arguments.of("en", "said", "said"),
                // a language without a list strips nothing
                Arguments.of("fr", "il a dit", "il a dit"));
    }

    @ParameterizedTest
    @MethodSource("strips")
    void stripsFramingWordsAndPhrases(String language, String text, String expected) {
        assertThat(FramingWords.forLanguage(Language.of(language)).strip(text)).isEqualTo(expected);
    }

    static Stream<Arguments> without() {
        return Stream.of(
                Arguments.of("mit großer sicherheit", ""),
                Arguments.of("said", ""),
                Arguments.of("vom ministerium", "vom ministerium"));
    }

    @ParameterizedTest
    @MethodSource("without")
    void withoutLeavesNothingOfPureFraming(String text, String expected) {
        FramingWords words = FramingWords.of("x", List.of("# comment", "said", "mit großer sicherheit", ""));
        assertThat(words.without(text).strip()).isEqualTo(expected);
    }

    static Stream<Arguments> quotedAnchors() {
        return Stream.of(
                // a quoted hedge anchors nothing: two outlets' hedges differ while the claim agrees
                Arguments.of("Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ gesteuert worden.", List.of()),
                Arguments.of("Hacker hätten die Attacke „mit großer Sicherheit“ verübt.", List.of()),
                // the claim inside a quotation still anchors
                Arguments.of("Sie sprach von einer „großen Bedrohung“.", List.of("\"großen", "\"bedrohung")));
    }

    @ParameterizedTest
    @MethodSource("quotedAnchors")
    void quotedFramingIsNoAnchor(String sentence, List<String> expected) {
        AnchorExtractor anchors = AnchorExtractor.forLanguage(Language.GERMAN).withFraming(FramingWords.forLanguage(Language.GERMAN));
        assertThat(anchors.anchors(sentence)).isEqualTo(expected);
    }
}
