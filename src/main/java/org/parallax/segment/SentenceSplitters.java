package org.parallax.segment;

import java.util.Locale;
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
        return switch (primary(language)) {
            case "de" -> GERMAN;
            case "en" -> ENGLISH;
            default -> throw new IllegalArgumentException("no sentence splitter for language " + language);
        };
    }

    /** Whether {@link #forLanguage(String)} has a splitter for this language tag. */
    public static boolean supports(String language) {
        String primary = primary(language);
        return primary.equals("de") || primary.equals("en");
    }

    private static String primary(String language) {
        Objects.requireNonNull(language, "language");
        String tag = language.strip().toLowerCase(Locale.ROOT);
        int dash = tag.indexOf('-');
        int underscore = tag.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        return cut < 0 ? tag : tag.substring(0, cut);
    }
}
