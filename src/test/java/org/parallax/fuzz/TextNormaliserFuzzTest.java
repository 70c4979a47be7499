package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.parallax.normalise.NormalForm;
import org.parallax.normalise.TextNormaliser;

/**
 * Arbitrary text through {@link TextNormaliser}: the origin map points into the original and never
 * goes backwards, every span maps back to a non-empty span of the original, and the form is trimmed
 * with single spaces. Both settings of ß folding are fuzzed. (Idempotence is fuzzed apart, in
 * {@link TextNormaliserIdempotenceFuzzTest}.)
 */
class TextNormaliserFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void normalFormMapsBackInOrder(FuzzedDataProvider data) {
        TextNormaliser normaliser = TextNormaliser.defaults().withSharpSFolding(data.consumeBoolean());
        String text = data.consumeRemainingAsString();

        NormalForm form = normaliser.normalise(text);

        String normal = form.normal();
        assertThat(form.original()).isEqualTo(text);
        assertThat(normal).isEqualTo(normal.strip()).doesNotContain("  ");
        assertThat(form.originalStart(normal.length())).isEqualTo(text.length());
        for (int i = 0; i < normal.length(); i++) {
            assertThat(form.originalStart(i)).as("origin of %d", i).isBetween(0, text.length() - 1);
            if (i > 0) {
                assertThat(form.originalStart(i)).as("origin of %d", i).isGreaterThanOrEqualTo(form.originalStart(i - 1));
            }
            int end = form.originalEnd(i + 1);
            assertThat(end).as("end of span up to %d", i).isBetween(form.originalStart(i) + 1, text.length());
        }
    }
}
