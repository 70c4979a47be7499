package org.parallax.segment;

import org.parallax.model.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.MethodSource;

class RuleCorrectedSentenceSplitterTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("org.parallax.segment.HardCases#rows")
    void splitsHardCases(ArgumentsAccessor row) {
        String language = row.getString(0);
        String block = row.getString(1);
        List<String> expected = Arrays.stream(row.toArray(), 2, row.size()).map(String.class::cast).toList();

        assertThat(SentenceSplitters.forLanguage(language).split(block)).containsExactlyElementsOf(expected);
    }

    @Test
    void emptyAndBlankBlocksHaveNoSentences() {
        assertThat(SentenceSplitters.german().split("")).isEmpty();
        assertThat(SentenceSplitters.english().split(" \n\t\u00A0 \n\n ")).isEmpty();
    }

    @Test
    void sentencesAreTrimmed() {
        assertThat(SentenceSplitters.german().split("  Erster Satz.   Zweiter Satz.  "))
                .containsExactly("Erster Satz.", "Zweiter Satz.");
    }

    @Test
    void hugeBlockWithoutFullStopIsOneSentence() {
        String block = "wort ".repeat(200_000) + "ende";
        List<String> sentences = SentenceSplitters.german().split(block);
        assertThat(sentences).containsExactly(block.strip());
    }

    @Test
    void blankLineWithCarriageReturnsSeparatesParagraphs() {
        assertThat(SentenceSplitters.german().split("Überschrift ohne Punkt\r\n \r\nDer Text beginnt.\r\nEr geht weiter."))
                .containsExactly("Überschrift ohne Punkt", "Der Text beginnt.", "Er geht weiter.");
    }

    @Test
    void hugeBlocksOfPunctuationDoNotThrow() {
        String dots = ". ".repeat(500_000);
        String token = "a.".repeat(500_000);
        // only dots and spaces in the input: keeping 500 000 dots means nothing was lost
        assertThat(String.join("", SentenceSplitters.english().split(dots)).replace(" ", "")).hasSize(500_000);
        List<String> tokenSentences = SentenceSplitters.german().split(token);
        assertThat(tokenSentences).hasSize(1);
        assertThat(tokenSentences.get(0).equals(token)).as("the dotted token comes back whole").isTrue();
    }

    @Test
    void concurrentUseGivesTheSameSentences() {
        List<HardCases.Case> cases = HardCases.all();
        List<List<String>> sequential = cases.stream()
                .map(c -> SentenceSplitters.forLanguage(c.language()).split(c.block())).toList();
        List<List<String>> parallel = cases.parallelStream()
                .map(c -> SentenceSplitters.forLanguage(c.language()).split(c.block())).toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void factoryAcceptsRegionalTagsAndRejectsOtherLanguages() {
        assertThat(SentenceSplitters.forLanguage("de-AT")).isSameAs(SentenceSplitters.german());
        assertThat(SentenceSplitters.forLanguage("EN_gb")).isSameAs(SentenceSplitters.english());
        assertThat(SentenceSplitters.supports(Language.of("fr"))).isFalse();
        assertThatThrownBy(() -> SentenceSplitters.forLanguage("fr")).isInstanceOf(IllegalArgumentException.class);
    }
}
