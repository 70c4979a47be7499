package org.parallax.frame;

import org.parallax.model.FramingMarker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every marker of a set of news sentences, one sentence at a time, against a reviewed golden file
 * ({@code sentences-LANG.golden}: the sentence after "## ", then one line per marker:
 * type, text and detail separated by TABs).
 */
class FramingGoldenTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    void markersOfNewsSentencesMatchTheGoldenFile(String language) throws IOException {
        FramingAnalyser analyser = FramingAnalyser.forLanguage(language);
        List<String> actual = new ArrayList<>();
        for (String sentence : read("sentences-" + language + ".txt").lines().filter(l -> !l.isBlank()).toList()) {
            actual.add("## " + sentence);
            for (FramingMarker m : analyser.analyse(sentence)) {
                actual.add(m.type() + "\t" + m.text() + "\t" + m.detail());
            }
        }
        List<String> expected = read("sentences-" + language + ".golden").lines().toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = FramingGoldenTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
