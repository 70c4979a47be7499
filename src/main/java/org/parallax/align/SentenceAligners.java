package org.parallax.align;

import java.util.Locale;
import org.parallax.normalise.TextNormaliser;

/** Factory of the configured aligners: the one {@code compare} and {@code align} use. */
public final class SentenceAligners {

    private SentenceAligners() {
    }

    /**
     * The aligner for articles in {@code language} (an ISO 639-1 code such as "de" or "en", region
     * suffixes ignored). German and English get their stemmers; any other language (or null) gets
     * the same aligner without stemming, which still compares character n-grams and anchors.
     */
    public static SentenceAligner forLanguage(String language) {
        String lang = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        return new CandidateChainAligner(lang, AlignerOptions.defaults(), TextNormaliser.defaults());
    }
}
