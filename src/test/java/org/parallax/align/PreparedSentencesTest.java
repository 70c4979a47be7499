package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.bench.SyntheticArticles;

/**
 * Aligning prepared sentences gives exactly the alignment of the plain sentences, however often a
 * prepared article is reused and on whichever side it stands.
 */
class PreparedSentencesTest {

    private final SentenceAligner aligner = SentenceAligners.forLanguage("de");

    /** An event: an article of {@code size} sentences and three rewrites of it. */
    private static List<List<String>> event(long seed, int size) {
        List<List<String>> pivot = SyntheticArticles.article(seed, size);
        List<List<String>> out = new ArrayList<>();
        out.add(SyntheticArticles.flatten(pivot));
        for (int k = 1; k < 4; k++) {
            out.add(SyntheticArticles.flatten(SyntheticArticles.rewrite(pivot, seed * 10 + k)));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyPairOfAnEventAlignsAsWithoutPreparation(long seed) {
        List<List<String>> articles = event(seed, 5 + (int) (seed * 7 % 60));
        List<PreparedSentences> prepared = articles.stream().map(aligner::prepare).toList();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = 0; j < articles.size(); j++) {
                assertThat(aligner.align(prepared.get(i), prepared.get(j)))
                        .as("articles %d and %d", i, j)
                        .isEqualTo(aligner.align(articles.get(i), articles.get(j)));
            }
        }
    }

    @Test
    void sentencesPreparedForAnotherLanguageArePreparedAgain() {
        List<List<String>> articles = event(11, 40);
        SentenceAligner english = SentenceAligners.forLanguage("en");
        Alignment fromEnglish = aligner.align(english.prepare(articles.get(0)), english.prepare(articles.get(1)));
        assertThat(fromEnglish).isEqualTo(aligner.align(articles.get(0), articles.get(1)));
        Alignment unprepared = aligner.align(PreparedSentences.of(articles.get(0)), aligner.prepare(articles.get(1)));
        assertThat(unprepared).isEqualTo(aligner.align(articles.get(0), articles.get(1)));
    }

    @Test
    void emptyAndDuplicateSentencesAlignAsWithoutPreparation() {
        List<String> left = List.of("Der Zug fährt um 9 Uhr.", "Der Zug fährt um 9 Uhr.", "", "„Nein“, sagt die NATO.");
        List<String> right = List.of("„Nein“, sagt die NATO.", "Der  Zug fährt um 9 Uhr!", "");
        assertThat(aligner.align(aligner.prepare(left), aligner.prepare(right))).isEqualTo(aligner.align(left, right));
        assertThat(aligner.align(aligner.prepare(List.of()), aligner.prepare(right))).isEqualTo(aligner.align(List.of(), right));
    }

    @Test
    void preparedSentencesKeepTheirText() {
        List<String> sentences = new ArrayList<>(List.of("Erster Satz.", "Zweiter Satz."));
        PreparedSentences prepared = aligner.prepare(sentences);
        sentences.set(0, "Geändert.");
        assertThat(prepared.sentences()).containsExactly("Erster Satz.", "Zweiter Satz.");
        assertThat(prepared.size()).isEqualTo(2);
    }
}
