package org.parallax.align;

import org.parallax.model.Language;

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
        return forLanguage(language == null ? Language.UNDETERMINED : Language.of(language));
    }

    /** The aligner for articles in {@code language}, whatever its region, with default normalisation. */
    public static SentenceAligner forLanguage(Language language) {
        return forLanguage(language, TextNormaliser.defaults());
    }

    /** The aligner for articles in {@code language} that compares sentences in {@code normaliser}'s forms. */
    public static SentenceAligner forLanguage(Language language, TextNormaliser normaliser) {
        return new CandidateChainAligner(language, AlignerOptions.defaults(), normaliser);
    }
}
