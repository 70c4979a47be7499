package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.parallax.normalise.TextNormaliser;

/**
 * Arbitrary text through {@link TextNormaliser}: normalising the comparison form again changes
 * nothing, as the normaliser documents. Both settings of ß folding are fuzzed. Its finds so far,
 * all fixed and kept as table tests: "Ärzt:i-n" (a compound hyphen inside the gender suffix), "ß"
 * with a combining accent under ß folding, and such an "ß" before a quote. {@code mvn verify}
 * replays its seeds; fuzz it with {@code fuzz/run.sh TextNormaliserIdempotence}.
 */
class TextNormaliserIdempotenceFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void normalisingTheFormAgainChangesNothing(FuzzedDataProvider data) {
        TextNormaliser normaliser = TextNormaliser.defaults().withSharpSFolding(data.consumeBoolean());
        String text = data.consumeRemainingAsString();

        String normal = normaliser.normalise(text).normal();

        assertThat(escaped(normaliser.normalise(normal).normal())).as("idempotent, from %s", escaped(text))
                .isEqualTo(escaped(normal));
    }

    /** {@code text} with every code point outside printable ASCII as {@code \\u{hex}}, to show invisible differences. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) {
                out.append((char) c);
            } else {
                out.append("\\u{").append(Integer.toHexString(c)).append('}');
            }
        });
        return out.toString();
    }
}
