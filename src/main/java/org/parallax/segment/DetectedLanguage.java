package org.parallax.segment;

import java.util.Objects;

/**
 * Result of {@link LanguageDetector#detect(String)}.
 *
 * @param language   {@code "de"} or {@code "en"}
 * @param confidence share of the evidence that speaks for {@code language}, from 0 to 1; 0.5 when
 *                   the text held no evidence at all
 * @param decided    false when the evidence was too thin or too even and {@code language} is the
 *                   detector's default
 */
public record DetectedLanguage(String language, double confidence, boolean decided) {
    public DetectedLanguage {
        Objects.requireNonNull(language, "language");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
