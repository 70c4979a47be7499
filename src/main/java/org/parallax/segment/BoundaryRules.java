package org.parallax.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Rules of one language that decide whether a candidate boundary (terminal punctuation followed by
 * white space) ends a sentence. A rule either decides ({@link Decision#SPLIT}, {@link Decision#KEEP})
 * or leaves the case to the statistical model ({@link Decision#UNDECIDED}). Word lists are resources
 * beside this class. Immutable and thread-safe.
 */
final class BoundaryRules {

    /** What the rules say about one candidate boundary. */
    enum Decision { SPLIT, KEEP, UNDECIDED }

    /** Longest token the rules look at; longer tokens (URLs, run-on strings) are plain words. */
    static final int MAX_TOKEN = 64;
    /** An unknown word this short that contains a lower-case letter may be an abbreviation. */
    private static final int SHORT_WORD = 4;
    /** How many single-letter parts a spaced abbreviation ("u. v. m.") may have before the last. */
    private static final int MAX_SPACED_PARTS = 3;

    private final String language;
    private final Set<String> abbreviations;
    private final Set<String> finalAbbreviations;
    private final Set<String> months;
    private final Set<String> ordinalCues;
    private final CharArraySet stopWords;

    private BoundaryRules(String language) {
        this.language = language;
        this.abbreviations = readList(language + "-abbreviations.txt");
        this.finalAbbreviations = readList(language + "-final-abbreviations.txt");
        this.months = readList(language + "-months.txt");
        this.ordinalCues = readList(language + "-ordinal-cues.txt");
        this.stopWords = StopWords.forLanguage(language);
    }

    /** Rules for {@code "de"} or {@code "en"}. */
    static BoundaryRules forLanguage(String language) {
        if (!language.equals("de") && !language.equals("en")) {
            throw new IllegalArgumentException("no boundary rules for language " + language);
        }
        return new BoundaryRules(language);
    }

    String language() {
        return language;
    }

    /**
     * Decides the candidate whose terminal punctuation is {@code text[punctStart, punctEnd)}, followed
     * by closing quotes or brackets up to {@code closeEnd}, then white space up to {@code next}, the
     * first character of what would be the next sentence. {@code from} is where the paragraph starts.
     */
    Decision decide(String text, int from, int punctStart, int punctEnd, int closeEnd, int next) {
        NextWord following = NextWord.at(text, next);
        if (following.shape == Shape.LOWER || following.shape == Shape.OTHER) {
            return Decision.KEEP; // "?“ fragte sie", "z. B. die", "… und", "– so sagte er"
        }
        String punct = text.substring(punctStart, punctEnd);
        if (punct.indexOf('?') >= 0 || punct.indexOf('!') >= 0) {
            return Decision.SPLIT;
        }
        if (punct.indexOf('…') >= 0 || punct.length() > 1) {
            boolean omission = punctStart > from && "[(".indexOf(text.charAt(punctStart - 1)) >= 0;
            return omission ? Decision.KEEP : Decision.SPLIT; // "[…] Die" marks a cut, not an end
        }
        if (closeEnd > punctEnd) {
            return Decision.SPLIT; // ."  .“  .)  : the period closed a quotation or an aside
        }
        int wordStart = punctStart;
        while (wordStart > from && !RuleCorrectedSentenceSplitter.isSpace(text.charAt(wordStart - 1))) {
            wordStart--;
            if (punctStart - wordStart > MAX_TOKEN) {
                return Decision.SPLIT;
            }
        }
        String token = stripOpening(text.substring(wordStart, punctStart));
        if (token.isEmpty()) {
            return Decision.SPLIT;
        }
        if (SentenceChars.isClosing(token.charAt(token.length() - 1))) {
            return Decision.SPLIT; // „ja“. / (2021).
        }
        String key = spacedAbbreviation(text, from, wordStart, token) + ".";
        if (listed(abbreviations, key)) {
            return Decision.KEEP;
        }
        if (listed(finalAbbreviations, key) || isInitialism(token)) {
            return startsSentence(following) ? Decision.SPLIT : Decision.KEEP;
        }
        if (isOrdinalCandidate(token)) {
            if (token.indexOf('.') > 0) {
                // "am 12.07." is a whole date: it ends a sentence before a typical first word
                return startsSentence(following) ? Decision.SPLIT : Decision.KEEP;
            }
            return decideNumber(text, from, wordStart, following);
        }
        if (looksLikeUnknownAbbreviation(token)) {
            return Decision.UNDECIDED;
        }
        return Decision.SPLIT;
    }

    private Decision decideNumber(String text, int from, int wordStart, NextWord following) {
        String previous = previousToken(text, from, wordStart);
        if (previous == null) {
            return Decision.KEEP; // "1. Punkt": a numbered list item opens the block
        }
        if (months.contains(following.word)) {
            return Decision.KEEP; // "seit dem 19. Juli"
        }
        if (ordinalCues.contains(previous.toLowerCase(Locale.ROOT))) {
            return Decision.KEEP; // "der 1. FC Köln"
        }
        return Decision.UNDECIDED;
    }

    /** A capitalised stop word or an opening quotation mark: the usual first word of a sentence. */
    private boolean startsSentence(NextWord following) {
        if (following.quoted) {
            return true;
        }
        return following.shape == Shape.UPPER && !following.word.isEmpty()
                && stopWords.contains(following.word.toLowerCase(Locale.ROOT));
    }

    private boolean looksLikeUnknownAbbreviation(String token) {
        if (token.length() > SHORT_WORD) {
            return false;
        }
        boolean hasLower = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            hasLower |= Character.isLowerCase(c);
        }
        return hasLower && !stopWords.contains(token.toLowerCase(Locale.ROOT));
    }

    /** "F" (John F. Kennedy), "U.S", "II" (Wilhelm II.). */
    static boolean isInitialism(String token) {
        if (token.length() == 1) {
            return Character.isLetter(token.charAt(0));
        }
        if (isRomanNumeral(token)) {
            return true;
        }
        if (token.length() > 2 * MAX_SPACED_PARTS + 3) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean letterSlot = i % 2 == 0;
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return token.length() % 2 == 1;
    }

    private static boolean isRomanNumeral(String token) {
        if (token.length() < 2 || token.length() > 5) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if ("IVX".indexOf(token.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "19", "3", "19.07": a number that may be an ordinal or a date without year. */
    static boolean isOrdinalCandidate(String token) {
        int dot = token.indexOf('.');
        String day = dot < 0 ? token : token.substring(0, dot);
        String month = dot < 0 ? "" : token.substring(dot + 1);
        if (dot < 0) {
            return !day.isEmpty() && day.length() <= 4 && allDigits(day);
        }
        return day.length() >= 1 && day.length() <= 2 && allDigits(day)
                && month.length() >= 1 && month.length() <= 2 && allDigits(month);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The token with any single-letter parts written before it ("z. B" gives "z.B"), so that spaced
     * abbreviations match the lists.
     */
    private static String spacedAbbreviation(String text, int from, int wordStart, String token) {
        if (token.length() != 1) {
            return token;
        }
        StringBuilder key = new StringBuilder(token);
        int pos = wordStart;
        for (int part = 0; part < MAX_SPACED_PARTS; part++) {
            int end = pos;
            while (end > from && RuleCorrectedSentenceSplitter.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end == pos || end - 2 < from || text.charAt(end - 1) != '.'
                    || !Character.isLetter(text.charAt(end - 2))
                    || (end - 3 >= from && !RuleCorrectedSentenceSplitter.isSpace(text.charAt(end - 3))
                        && !SentenceChars.isOpening(text.charAt(end - 3)))) {
                break;
            }
            key.insert(0, text.charAt(end - 2) + ".");
            pos = end - 2;
        }
        return key.toString();
    }

    /** The token before {@code wordStart} inside the paragraph, or null when there is none. */
    private static String previousToken(String text, int from, int wordStart) {
        int end = wordStart;
        while (end > from && RuleCorrectedSentenceSplitter.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == from) {
            return null;
        }
        int start = end;
        while (start > from && end - start < MAX_TOKEN
                && !RuleCorrectedSentenceSplitter.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return stripOpening(text.substring(start, end));
    }

    private static String stripOpening(String token) {
        int i = 0;
        while (i < token.length() && SentenceChars.isOpening(token.charAt(i))) {
            i++;
        }
        return token.substring(i);
    }

    private static boolean listed(Set<String> list, String key) {
        return list.contains(key) || list.contains(key.toLowerCase(Locale.ROOT));
    }

    private static Set<String> readList(String name) {
        Set<String> entries = new HashSet<>();
        try (InputStream in = BoundaryRules.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, () -> "word list not on the classpath: " + name);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
        return Set.copyOf(entries);
    }

    /** How the next word begins. */
    enum Shape { UPPER, LOWER, DIGIT, OTHER, NONE }

    /** The first word after a candidate boundary, past any opening quotes or brackets. */
    record NextWord(Shape shape, String word, boolean quoted) {

        static NextWord at(String text, int next) {
            int i = next;
            boolean quoted = false;
            while (i < text.length() && i - next < MAX_TOKEN && SentenceChars.isOpening(text.charAt(i))) {
                quoted |= SentenceChars.isQuote(text.charAt(i));
                i++;
            }
            if (i >= text.length()) {
                return new NextWord(Shape.NONE, "", quoted);
            }
            int end = i;
            while (end < text.length() && end - i < MAX_TOKEN && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            char first = text.charAt(i);
            Shape shape;
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                shape = Shape.UPPER;
            } else if (Character.isLowerCase(first)) {
                shape = hasUpper(word) ? Shape.UPPER : Shape.LOWER; // "iPhone", "eBay" start sentences
            } else if (Character.isDigit(first)) {
                shape = Shape.DIGIT;
            } else if (Character.isLetter(first)) {
                shape = Shape.UPPER; // scripts without case
            } else {
                shape = Shape.OTHER;
            }
            if (quoted && shape == Shape.OTHER) {
                shape = Shape.UPPER;
            }
            return new NextWord(shape, word, quoted);
        }

        private static boolean hasUpper(String word) {
            for (int i = 1; i < word.length(); i++) {
                if (Character.isUpperCase(word.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
