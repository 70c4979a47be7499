package org.parallax.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NormalFormTest {

    /** Characters and fragments that trigger every rule, so random texts exercise them together. */
    private static final List<String> PIECES = List.of(
            "a", "B", "e", "I", "n", "s", "ß", "ẞ", "ä", "Ö", "0", "5", "1", "000", " ", "  ", "\t", "\n",
            ".", ",", ":", ";", "*", "_", "/", "·", "-", "–", "—", "‐", "−", "'", "\"", "„", "“", "‚", "‘",
            "«", "»", "’", "`", "´", "ʼ", "\u00AD", "\u200B", "\uFEFF", "\u00A0", "\u2009", "\u202F",
            "\u0308", "\uFB01", "²", "½", "innen", "Innen", "in", "In", "Journalist", "E-Mail", "19.07.2021",
            "50.000", "3,5", "\uD83D\uDE00");

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<TextNormaliser> normalisers() {
        return Arbitraries.of(TextNormaliser.defaults(), TextNormaliser.defaults().withSharpSFolding(true));
    }

    @Test
    void mapsNormalSpansBackToTheOriginal() {
        NormalForm form = TextNormaliser.defaults().normalise("  Der  HACK ");
        assertThat(form.normal()).isEqualTo("der hack");
        int s = form.normal().indexOf("hack");
        assertThat(form.original().substring(form.originalStart(s), form.originalEnd(s + 4))).isEqualTo("HACK");
    }

    @Test
    void compactFormDropsSpaces() {
        assertThat(TextNormaliser.defaults().normalise("Groß angelegt ").compact()).isEqualTo("großangelegt");
    }

    @Property(tries = 300)
    void originMapIsMonotoneAndInRange(@ForAll String text) {
        assertOriginMapIsMonotoneAndInRange(TextNormaliser.defaults().normalise(text));
    }

    @Property(tries = 500)
    void originMapIsMonotoneAndInRangeForNewsText(@ForAll("newsLike") String text,
            @ForAll("normalisers") TextNormaliser normaliser) {
        assertOriginMapIsMonotoneAndInRange(normaliser.normalise(text));
    }

    private static void assertOriginMapIsMonotoneAndInRange(NormalForm form) {
        String text = form.original();
        for (int i = 0; i < form.normal().length(); i++) {
            assertThat(form.originalStart(i)).isBetween(0, text.length() - 1);
            if (i > 0) {
                assertThat(form.originalStart(i)).isGreaterThanOrEqualTo(form.originalStart(i - 1));
            }
        }
        assertThat(form.originalStart(form.normal().length())).isEqualTo(text.length());
    }

    @Property(tries = 500)
    void normalisingTheNormalFormChangesNothing(@ForAll("newsLike") String text,
            @ForAll("normalisers") TextNormaliser normaliser) {
        String normal = normaliser.comparisonForm(text);
        assertThat(normaliser.comparisonForm(normal)).isEqualTo(normal);
    }

    @Property(tries = 300)
    void normalisingTheNormalFormOfAnyTextChangesNothing(@ForAll String text) {
        String normal = TextNormaliser.defaults().comparisonForm(text);
        assertThat(TextNormaliser.defaults().comparisonForm(normal)).isEqualTo(normal);
    }

    @Property(tries = 500)
    void everyWordOfTheNormalFormMapsBackToOriginalTextWithThatForm(@ForAll("newsLike") String text,
            @ForAll("normalisers") TextNormaliser normaliser) {
        NormalForm form = normaliser.normalise(text);
        String normal = form.normal();
        int start = 0;
        while (start < normal.length()) {
            int end = normal.indexOf(' ', start);
            if (end < 0) {
                end = normal.length();
            }
            int from = form.originalStart(start);
            int to = form.originalEnd(end);
            assertThat(from).isLessThan(to);
            String originalWord = text.substring(from, to);
            assertThat(normaliser.comparisonForm(originalWord)).isEqualTo(normal.substring(start, end));
            start = end + 1;
        }
    }
}
