package org.parallax.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredWordsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("regexes")
    void findsTheWordsARegexNeeds(String regex, List<String> expected) {
        assertThat(RequiredWords.of(regex)).isEqualTo(expected);
    }

    static Stream<Arguments> regexes() {
        return Stream.of(
                // a plain run of letters at the top level
                Arguments.of("(?<source>[\\p{L}]+)\\s+zufolge\\b", List.of("zufolge")),
                Arguments.of("\\bMSS\\b", List.of("mss")),
                // a group of plain alternatives, inline flags and nesting allowed
                Arguments.of("\\b(?i:teilt|teilte|teilten)\\s+mit", List.of("teilt", "teilte", "teilten")),
                Arguments.of("\\b(?i:(?:sagte|erklärte))\\b", List.of("sagte", "erklärte")),
                // the longest shortest alternative wins
                Arguments.of("\\bso\\s+(?i:weiter|zudem)", List.of("weiter", "zudem")),
                // a quantifier makes the last letter or the group optional
                Arguments.of("\\bteilte?n?\\b", List.of("teilt")),
                Arguments.of("(?:heute|gestern)?\\s+abend", List.of("abend")),
                // nothing safe to require
                Arguments.of("\\b(?:USA|US)\\b|\\bEU\\b", List.of()),
                Arguments.of("(?<=[,;])\\s*(?!nicht)[\\p{L}]+", List.of()),
                Arguments.of("\\p{Lu}\\p{Ll}+", List.of()),
                Arguments.of("[abc]+x", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    void theQuickTestNeverHidesAMatchOfABuiltInRule(String language) throws IOException {
        List<String> sentences = new ArrayList<>(Arrays.asList(Files.readString(
                Path.of(System.getProperty("basedir", "."), "corpus/2021-07-19-china-cyber-attribution/seed-unknown-outlet.txt"), StandardCharsets.UTF_8)
                .split("(?<=[.!?])\\s+|\\n")));
        sentences.addAll(List.of(
                "Das Weiße Haus teilte am Montag mit, man sei besorgt.",
                "Dem Weißen Haus zufolge war es Peking.",
                "Die USA WARFEN China vor, hinter dem Hack zu stecken.",
                "China was behind it, the White House said.",
                "ACCORDING TO OFFICIALS, the MSS ran it.",
                "\"We will respond,\" said a senior administration official."));
        for (LexiconRule rule : Lexicon.builtIn(language).rules()) {
            for (String sentence : sentences) {
                Matcher m = rule.pattern().matcher(sentence);
                if (m.find()) {
                    assertThat(rule.mayMatch(sentence.toLowerCase(Locale.ROOT)))
                            .as("%s on %s", rule.origin(), sentence).isTrue();
                }
            }
        }
    }
}
