package org.parallax.segment;

import org.parallax.model.Language;

import java.util.Objects;

/**
 * Factory of the sentence splitters for the languages Parallax reads. Returned splitters are shared,
 * immutable and thread-safe; their models are read on first use.
 */
public final class SentenceSplitters {

    private static final RuleCorrectedSentenceSplitter GERMAN =
            new RuleCorrectedSentenceSplitter(BoundaryRules.forLanguage("de"), () -> SentenceModels.forLanguage("de"));
    private static final RuleCorrectedSentenceSplitter ENGLISH =
            new RuleCorrectedSentenceSplitter(BoundaryRules.forLanguage("en"), () -> SentenceModels.forLanguage("en"));

    private SentenceSplitters() {
    }

    /** Splitter for German text. */
    public static SentenceSplitter german() {
        return GERMAN;
    }

    /** Splitter for English text. */
    public static SentenceSplitter english() {
        return ENGLISH;
    }

    /**
     * Splitter for a language tag: {@code "de"}, {@code "en"} or a regional form such as
     * {@code "de-AT"} or {@code "en_GB"}, in any case.
     *
     * @throws IllegalArgumentException for other languages (see {@link #supports(String)})
     */
    public static SentenceSplitter forLanguage(String language) {
        return forLanguage(Language.of(language));
    }

    /**
     * Splitter for a language, whatever its region.
     *
     * @throws IllegalArgumentException for languages other than German and English (see {@link #supports(Language)})
     */
    public static SentenceSplitter forLanguage(Language language) {
        Objects.requireNonNull(language, "language");
        if (language.isGerman()) {
            return GERMAN;
        }
        if (language.isEnglish()) {
            return ENGLISH;
        }
        throw new IllegalArgumentException("no sentence splitter for language " + language);
    }

    /** Whether {@link #forLanguage(Language)} has a splitter for this language. */
    public static boolean supports(Language language) {
        return language.isGerman() || language.isEnglish();
    }
}
