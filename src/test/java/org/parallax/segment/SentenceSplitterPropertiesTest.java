package org.parallax.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Nothing is lost, nothing throws, for any input. */
class SentenceSplitterPropertiesTest {

    @Property(tries = 300)
    void arbitraryTextKeepsEveryNonSpaceCharacter(@ForAll @StringLength(max = 400) String text) {
        assertNothingLost(text);
    }

    @Property(tries = 500)
    void punctuationHeavyTextKeepsEveryNonSpaceCharacter(
            @ForAll @StringLength(max = 400)
            @Chars({'.', '!', '?', '…', ' ', '\n', '\t', '\u00A0', '„', '“', '”', '"', '\'', '«', '»',
                    '(', ')', '[', ']', ':', ',', '@', '/', '-', 'ä', 'ß'})
            @CharRange(from = 'a', to = 'e') @CharRange(from = 'A', to = 'E') @CharRange(from = '0', to = '3')
            String text) {
        assertNothingLost(text);
    }

    @Property(tries = 500)
    void textOfTrickyTokensKeepsEveryNonSpaceCharacter(@ForAll("trickyText") String text) {
        assertNothingLost(text);
    }

    @Provide
    Arbitrary<String> trickyText() {
        Arbitrary<String> token = Arbitraries.of(
                "z.", "B.", "u.", "a.", "Dr.", "Mio.", "usw.", "etc.", "U.S.", "F.", "II.", "19.", "12.07.", "1.",
                "Juli", "Die", "die", "The", "the", "iPhone", "„Ja.“", "\"No?\"", "(so).", "[…]", "...", "…",
                "example.org/a.b.", "x@y.de", "3.5", "19.30", "?", "!“", ":", "\n", "\n\n", " \n \n", "\u00A0");
        return token.list().ofMaxSize(40).map(tokens -> String.join(" ", tokens));
    }

    private static void assertNothingLost(String text) {
        for (SentenceSplitter splitter : List.of(SentenceSplitters.german(), SentenceSplitters.english())) {
            List<String> sentences = splitter.split(text);
            assertThat(nonSpace(String.join("", sentences))).isEqualTo(nonSpace(text));
            assertThat(sentences).allSatisfy(sentence -> {
                assertThat(sentence).isNotEmpty();
                assertThat(RuleCorrectedSentenceSplitter.isSpace(sentence.charAt(0))).isFalse();
                assertThat(RuleCorrectedSentenceSplitter.isSpace(sentence.charAt(sentence.length() - 1))).isFalse();
            });
        }
    }

    private static String nonSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!RuleCorrectedSentenceSplitter.isSpace(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
