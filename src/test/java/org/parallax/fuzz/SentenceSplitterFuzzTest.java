package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.parallax.segment.SentenceSplitter;
import org.parallax.segment.SentenceSplitters;

/**
 * Arbitrary text through the German and English sentence splitters: they never throw, the sentences
 * hold every visible character of the text in order, and each sentence is non-empty and trimmed.
 */
class SentenceSplitterFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void splitsAnyTextWithoutLosingCharacters(FuzzedDataProvider data) {
        String language = data.consumeBoolean() ? "en" : "de";
        String text = data.consumeRemainingAsString();
        SentenceSplitter splitter = SentenceSplitters.forLanguage(language);

        List<String> sentences = splitter.split(text);

        assertThat(VisibleCharacters.of(String.join("", sentences))).isEqualTo(VisibleCharacters.of(text));
        for (String sentence : sentences) {
            assertThat(sentence).isNotEmpty();
            assertThat(VisibleCharacters.isSpace(sentence.charAt(0))).as("sentence starts with a space").isFalse();
            assertThat(VisibleCharacters.isSpace(sentence.charAt(sentence.length() - 1)))
                    .as("sentence ends with a space").isFalse();
        }
        assertThat(splitter.split(text)).as("same text, same sentences").isEqualTo(sentences);
    }
}
