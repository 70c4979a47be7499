package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Language;

class ClauseSplitterTest {

    static Stream<Arguments> breaks() {
        return Stream.of(
                // comma, semicolon and colon before a space; a dash between spaces
                Arguments.of("A, B", List.of(",")),
                Arguments.of("A; B: C", List.of(";", ":")),
                Arguments.of("A – B - C", List.of(" –", " -")),
                // no break inside numbers, compounds or before a closing mark
                Arguments.of("3,5 Prozent", List.of()),
                Arguments.of("E-Mail-Server", List.of()),
                Arguments.of("19:30 Uhr", List.of()),
                Arguments.of("A,B", List.of()));
    }

    @ParameterizedTest
    @MethodSource("breaks")
    void clauseBreakPattern(String text, List<String> expected) {
        assertThat(ClauseSplitter.CLAUSE_BREAK.matcher(text).results().map(r -> r.group()).toList()).isEqualTo(expected);
    }

    static Stream<Arguments> clauses() {
        return Stream.of(
                // two claims joined by a comma
                Arguments.of("de", "Die Attacke sei von chinesischem Territorium aus geführt worden, jedoch ist nicht die Rede vom Ministerium.",
                        List.of("Die Attacke sei von chinesischem Territorium aus geführt worden,", "jedoch ist nicht die Rede vom Ministerium.")),
                // an attribution of framing words only joins the clause before it
                Arguments.of("de", "Die Cyberaktivitäten seien von chinesischem Territorium aus unternommen worden, hieß es.",
                        List.of("Die Cyberaktivitäten seien von chinesischem Territorium aus unternommen worden, hieß es.")),
                // a leading attribution joins the clause after it
                Arguments.of("de", "Da sprach Gott: Das Wasser soll sich sammeln, und das Trockene soll sichtbar werden.",
                        List.of("Da sprach Gott: Das Wasser soll sich sammeln,", "und das Trockene soll sichtbar werden.")),
                Arguments.of("en", "The police said, the protester threw a bottle at officers near the station.",
                        List.of("The police said, the protester threw a bottle at officers near the station.")),
                // one clause: the sentence itself
                Arguments.of("en", "Organisers said 15,000 attended.", List.of("Organisers said 15,000 attended.")));
    }

    @ParameterizedTest
    @MethodSource("clauses")
    void splitsIntoClausesOfAtLeastThreeContentWords(String language, String sentence, List<String> expected) {
        ClauseSplitter splitter = new ClauseSplitter(FramingWords.forLanguage(Language.of(language)));
        assertThat(splitter.clauses(sentence)).isEqualTo(expected);
    }
}
