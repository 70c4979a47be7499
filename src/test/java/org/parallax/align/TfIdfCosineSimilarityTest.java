package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TfIdfCosineSimilarityTest {

    private final SentenceSimilarity similarity = TfIdfCosineSimilarity.forLanguage("de");

    @Test
    void equalAfterNormalisationIsOne() {
        assertThat(similarity.similarity(List.of("Die  Regierung warnt."), List.of("die Regierung warnt."))).isEqualTo(1.0);
    }

    @Test
    void paraphraseScoresAboveUnrelatedText() {
        List<String> claim = List.of("Die Bundesregierung warnt vor Cyberangriffen auf Krankenhäuser.");
        double paraphrase = similarity.similarity(claim, List.of("Die Regierung warnt vor einem Cyberangriff auf Krankenhäuser."));
        double unrelated = similarity.similarity(claim, List.of("Im Zoo ist ein kleiner Elefant zur Welt gekommen."));
        assertThat(paraphrase).isGreaterThan(0.5).isLessThan(1.0);
        assertThat(unrelated).isLessThan(0.2);
    }

    @Test
    void aSplitSentenceIsCloserAsAWholeRunThanEitherHalf() {
        List<String> whole = List.of("Der Sturm erreichte am Abend die Küste und legte den Bahnverkehr in ganz Norddeutschland lahm.");
        List<String> first = List.of("Der Sturm erreichte am Abend die Küste.");
        List<String> second = List.of("Er legte den Bahnverkehr in ganz Norddeutschland lahm.");
        double both = similarity.similarity(whole, List.of(first.get(0), second.get(0)));
        assertThat(both).isGreaterThan(similarity.similarity(whole, first)).isGreaterThan(similarity.similarity(whole, second));
    }

    @Test
    void longRunsAndEmptyRuns() {
        List<String> run = List.of("Eins ist hier.", "Zwei ist da.", "Drei kommt.", "Vier geht.", "Fünf bleibt.",
                "Sechs fällt.", "Sieben steigt.", "Acht ruht.", "Neun wacht.");
        assertThat(similarity.similarity(run, run)).isEqualTo(1.0);
        assertThat(similarity.similarity(run, List.of())).isZero();
    }

    static Stream<Arguments> grams() {
        return Stream.of(
                // words framed by spaces, punctuation dropped
                Arguments.of("ab, c", 3, List.of(" ab", "ab ", "b c", " c ")),
                // shorter than n: the whole framed text
                Arguments.of("a", 4, List.of(" a ")),
                // nothing but punctuation: no grams
                Arguments.of("...", 3, List.of()),
                // digits count as letters
                Arguments.of("g7", 2, List.of(" g", "g7", "7 ")));
    }

    @ParameterizedTest
    @MethodSource("grams")
    void characterGrams(String normal, int n, List<String> expected) {
        assertThat(PairFeatures.charGrams(normal, n)).isEqualTo(expected);
        // the packed codes are the grams' characters, 16 bits each
        long[] codes = expected.stream().mapToLong(g -> g.chars().asLongStream().reduce(0, (c, ch) -> c << 16 | ch)).toArray();
        assertThat(PairFeatures.charGramCodes(normal, n)).containsExactly(codes);
    }
}
