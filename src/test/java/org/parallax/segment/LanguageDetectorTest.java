package org.parallax.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageDetectorTest {

    static Stream<Arguments> decided() {
        return Stream.of(
                // --- German news prose
                Arguments.of("Die USA sind überzeugt, dass China hinter dem Angriff steckt.", "de"),
                Arguments.of("Der Sprecher sagte, man werde die Vorwürfe prüfen und sich dann äußern.", "de"),
                Arguments.of("Nach Angaben der Polizei wurden zwei Menschen verletzt.", "de"),
                // --- German without umlauts
                Arguments.of("Er ist mit dem Zug nach Berlin gefahren und hat dort eine Rede gehalten.", "de"),
                // --- German with English loan words
                Arguments.of("Die Hacker nutzten eine Lücke im Exchange Server von Microsoft aus.", "de"),
                // --- English news prose
                Arguments.of("The United States blamed China for the hack of Microsoft's email servers.", "en"),
                Arguments.of("Officials said they would not comment on the investigation.", "en"),
                Arguments.of("It's the first time that they've named the group behind it.", "en"),
                // --- English with German names
                Arguments.of("The minister met Olaf Scholz in München and they spoke about the attack.", "en"),
                // --- English with false friends of German stop words
                Arguments.of("He will also talk to the man who was in the war.", "en"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource("decided")
    void detectsLanguageOfClearText(String text, String expected) {
        DetectedLanguage detected = LanguageDetector.withDefault(expected.equals("de") ? "en" : "de").detect(text);

        assertThat(detected.language()).isEqualTo(expected);
        assertThat(detected.decided()).isTrue();
        assertThat(detected.confidence()).isGreaterThanOrEqualTo(LanguageDetector.MIN_SHARE);
    }

    static Stream<Arguments> undecided() {
        return Stream.of(
                // --- no evidence at all
                Arguments.of("", "de"),
                Arguments.of("   ", "en"),
                Arguments.of("12.07.2021, 19.30", "de"),
                // --- names and shared words only
                Arguments.of("Microsoft Exchange", "en"),
                Arguments.of("Olaf Scholz", "de"),
                // --- one piece of evidence is too thin
                Arguments.of("Angriff auf Server", "en"),
                // --- evenly mixed
                Arguments.of("Der Server and the Angriff der Hacker", "en"));
    }

    @ParameterizedTest(name = "[{index}] default {1}: \"{0}\"")
    @MethodSource("undecided")
    void fallsBackToDefaultWhenUndecided(String text, String defaultLanguage) {
        DetectedLanguage detected = LanguageDetector.withDefault(defaultLanguage).detect(text);

        assertThat(detected.decided()).isFalse();
        assertThat(detected.language()).isEqualTo(defaultLanguage);
    }

    @Test
    void sameInputSameResult() {
        String text = "Die Regierung said that the Angriff war schlimm.";
        assertThat(LanguageDetector.defaults().detect(text)).isEqualTo(LanguageDetector.defaults().detect(text));
    }

    @Test
    void confidenceIsHalfWithoutEvidence() {
        assertThat(LanguageDetector.defaults().detect("").confidence()).isEqualTo(0.5);
    }

    @Test
    void rejectsUnsupportedDefault() {
        assertThatThrownBy(() -> LanguageDetector.withDefault("fr")).isInstanceOf(IllegalArgumentException.class);
    }
}
