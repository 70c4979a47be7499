package org.parallax.align;

import org.parallax.model.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnchorExtractorTest {

    private static List<String> matches(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                // plain and separated numbers
                Arguments.of("im Jahr 2021", List.of("2021")),
                Arguments.of("1.000 Menschen", List.of("1.000")),
                Arguments.of("3,5 Prozent", List.of("3,5")),
                Arguments.of("1.234.567 Euro", List.of("1.234.567")),
                // a full stop after a day is not part of the number
                Arguments.of("am 19. Juli", List.of("19")),
                // no digits, nothing found
                Arguments.of("drei Tage", List.of()),
                // several numbers
                Arguments.of("von 10 auf 20", List.of("10", "20")));
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void numberPattern(String text, List<String> expected) {
        assertThat(matches(AnchorExtractor.NUMBER, text)).isEqualTo(expected);
    }

    static Stream<Arguments> quotations() {
        return Stream.of(
                // German, English and French quotation marks
                Arguments.of("nannte es „Tag“ und", List.of("„Tag“")),
                Arguments.of("called it \"a disaster\" today", List.of("\"a disaster\"")),
                Arguments.of("sagte »nie wieder« dazu", List.of("»nie wieder«")),
                Arguments.of("le «grand» jour", List.of("«grand»")),
                // an unclosed quotation mark is no quotation
                Arguments.of("er sagte „nein und ging", List.of()));
    }

    @ParameterizedTest
    @MethodSource("quotations")
    void quotedPattern(String text, List<String> expected) {
        assertThat(matches(AnchorExtractor.QUOTED, text)).isEqualTo(expected);
    }

    static Stream<Arguments> acronyms() {
        return Stream.of(
                // capitals and digits as whole words
                Arguments.of("die USA und die EU", List.of("USA", "EU")),
                Arguments.of("das Virus SARS-CoV-2", List.of("SARS")),
                Arguments.of("G20-Gipfel", List.of("G20")),
                // a capitalised noun is not an acronym, nor a capital inside a word
                Arguments.of("Die Regierung", List.of()),
                Arguments.of("BürgerInnen", List.of()));
    }

    @ParameterizedTest
    @MethodSource("acronyms")
    void acronymPattern(String text, List<String> expected) {
        assertThat(matches(AnchorExtractor.ACRONYM, text)).isEqualTo(expected);
    }

    static Stream<Arguments> innerCapitalised() {
        return Stream.of(
                // names inside a sentence
                Arguments.of("Officials in Washington blamed Beijing", List.of("Washington", "Beijing")),
                Arguments.of("said Biden, Johnson and Macron", List.of("Biden", "Johnson", "Macron")),
                // the first word and words after sentence punctuation or quotes are not names
                Arguments.of("The attack. Officials said", List.of()),
                Arguments.of("he said: Nobody knows", List.of()),
                Arguments.of("called it \"Terrible\"", List.of()),
                // acronyms are matched elsewhere, not here
                Arguments.of("the US and NATO", List.of()));
    }

    @ParameterizedTest
    @MethodSource("innerCapitalised")
    void innerCapitalisedPattern(String text, List<String> expected) {
        assertThat(matches(AnchorExtractor.INNER_CAPITALISED, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("englishAnchors")
    void englishNamesAreAnchorsButGermanNounsAreNot(String language, String sentence, List<String> expected) {
        assertThat(AnchorExtractor.forLanguage(Language.of(language)).anchors(sentence)).isEqualTo(expected);
    }

    static Stream<Arguments> englishAnchors() {
        return Stream.of(
                // English: capitalised words inside the sentence are names; months stay months
                Arguments.of("en", "Officials in Washington blamed China in July", List.of("#m7", "@washington", "@china")),
                // German: capitals mark nouns, so only the other anchors count
                Arguments.of("de", "Die Regierung in Berlin warnt im Juli", List.of("#m7")),
                // unknown language: treated like English
                Arguments.of("fr", "Le président Macron a parlé", List.of("@macron")));
    }

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("Größe, Maß!", List.of("Größe", "Maß")),
                Arguments.of("G20-Gipfel", List.of("G", "Gipfel")),
                Arguments.of("123 ...", List.of()));
    }

    @ParameterizedTest
    @MethodSource("words")
    void wordPattern(String text, List<String> expected) {
        assertThat(matches(AnchorExtractor.WORD, text)).isEqualTo(expected);
    }

    static Stream<Arguments> anchors() {
        return Stream.of(
                // separators dropped: both spellings of a number agree
                Arguments.of("1.000 Menschen", List.of("#1000")),
                // month names become month numbers, in either language
                Arguments.of("am 19. Juli", List.of("#19", "#m7")),
                Arguments.of("on July 19", List.of("#19", "#m7")),
                // quoted words, lowercased
                Arguments.of("nannte es „Großen Tag“", List.of("\"großen", "\"tag")),
                // acronyms, lowercased
                Arguments.of("Die USA warnen", List.of("@usa")),
                // ordinary words are no anchors
                Arguments.of("Die Regierung warnt", List.of()));
    }

    @ParameterizedTest
    @MethodSource("anchors")
    void anchorsOfSentences(String sentence, List<String> expected) {
        assertThat(new AnchorExtractor().anchors(sentence)).isEqualTo(expected);
    }
}
