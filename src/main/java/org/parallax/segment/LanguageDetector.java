package org.parallax.segment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Tells German from English text by counting evidence: stop words found in only one of the two
 * Snowball stop-word lists, words with umlauts or ß (German), and English contractions ("don't",
 * "it's"). Deterministic, immutable and thread-safe.
 *
 * <p>The text is decided when it holds at least {@value #MIN_EVIDENCE} pieces of evidence and one
 * language has at least {@value #MIN_SHARE} of them; otherwise the default language is returned
 * with {@code decided == false}.
 */
public final class LanguageDetector {

    /** Fewer pieces of evidence than this leave the text undecided (a two-word headline may be anything). */
    static final int MIN_EVIDENCE = 2;
    /** Share of the evidence the winning language needs; below it the text is too mixed to call. */
    static final double MIN_SHARE = 0.65;

    /**
     * Pieces of evidence, and the share of them, from which the text's own language overrules the
     * one a page declares: a site template's {@code lang="en"} around a German article.
     */
    static final int OVERRULE_EVIDENCE = 20;
    static final double OVERRULE_SHARE = 0.9;

    /** German stop words that are also everyday English words, so they prove nothing. */
    private static final Set<String> FALSE_FRIENDS = Set.of(
            "also", "will", "man", "war", "hat", "hin", "bin", "weg", "so", "in", "an", "am", "was", "um",
            "die", "ob", "wo", "hier");

    private static final LanguageDetector GERMAN_DEFAULT = new LanguageDetector("de");

    private final String defaultLanguage;

    private LanguageDetector(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    /** A detector that falls back to German, the language of most of the corpus. */
    public static LanguageDetector defaults() {
        return GERMAN_DEFAULT;
    }

    /** A detector that falls back to {@code language} ({@code "de"} or {@code "en"}) when undecided. */
    public static LanguageDetector withDefault(String language) {
        Objects.requireNonNull(language, "language");
        if (!language.equals("de") && !language.equals("en")) {
            throw new IllegalArgumentException("default language must be de or en: " + language);
        }
        return new LanguageDetector(language);
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** The language of {@code text}; never null, also for empty text. */
    public DetectedLanguage detect(String text) {
        int[] evidence = evidence(text);
        return decide(evidence[0], evidence[1]);
    }

    /**
     * The language {@code text} is written in when it is not {@code declared} beyond doubt: at least
     * {@value #OVERRULE_EVIDENCE} pieces of evidence, {@value #OVERRULE_SHARE} of them for the other
     * language. Empty when the text agrees, is too short to tell, or is mixed.
     *
     * @param declared {@code "de"} or {@code "en"}, as the file says
     */
    public Optional<String> overrules(String declared, String text) {
        int[] evidence = evidence(text);
        int total = evidence[0] + evidence[1];
        if (total < OVERRULE_EVIDENCE) {
            return Optional.empty();
        }
        String other = declared.equals("de") ? "en" : declared.equals("en") ? "de" : null;
        int forOther = "de".equals(other) ? evidence[0] : evidence[1];
        return other != null && forOther >= OVERRULE_SHARE * total ? Optional.of(other) : Optional.empty();
    }

    /** Pieces of evidence for German and for English in {@code text}. */
    private static int[] evidence(String text) {
        Objects.requireNonNull(text, "text");
        CharArraySet germanStops = StopWords.forLanguage("de");
        CharArraySet englishStops = StopWords.forLanguage("en");
        int german = 0;
        int english = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i))
                    || (isApostrophe(text.charAt(i)) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))))) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.indexOf('\'') > 0) {
                english += englishStops.contains(word) ? 1 : 0;
                continue;
            }
            boolean germanStop = germanStops.contains(word) && !FALSE_FRIENDS.contains(word);
            boolean englishStop = englishStops.contains(word);
            if (germanStop && !englishStop) {
                german++;
            } else if (englishStop && !germanStop && !germanStops.contains(word)) {
                english++;
            }
            if (hasGermanLetter(word)) {
                german++;
            }
        }
        return new int[] {german, english};
    }

    private DetectedLanguage decide(int german, int english) {
        int total = german + english;
        if (total == 0) {
            return new DetectedLanguage(defaultLanguage, 0.5, false);
        }
        double germanShare = (double) german / total;
        String winner = german >= english ? "de" : "en";
        double winnerShare = winner.equals("de") ? germanShare : 1 - germanShare;
        if (total >= MIN_EVIDENCE && winnerShare >= MIN_SHARE) {
            return new DetectedLanguage(winner, winnerShare, true);
        }
        double defaultShare = defaultLanguage.equals("de") ? germanShare : 1 - germanShare;
        return new DetectedLanguage(defaultLanguage, defaultShare, false);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static boolean hasGermanLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("äöüß".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
