package org.parallax.align;

import org.parallax.model.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words with which a sentence frames its claim rather than state it: reporting verbs ("said",
 * "erklärte"), hedges ("allegedly", "mutmaßlich") and certainty phrases ("mit großer Sicherheit").
 * Two outlets that report one claim often differ in exactly these words, so the aligner compares
 * sentences without them. The lists are resources of this package ({@code framing-de.txt},
 * {@code framing-en.txt}); other languages get an empty list. Immutable and thread-safe.
 */
final class FramingWords {

    private static final FramingWords NONE = new FramingWords("", Map.of());

    private final String language;
    /** Entries by their first word; each entry as its words. */
    private final Map<String, List<String[]>> byFirstWord;

    private FramingWords(String language, Map<String, List<String[]>> byFirstWord) {
        this.language = language;
        this.byFirstWord = byFirstWord;
    }

    static FramingWords forLanguage(Language language) {
        if (language.isGerman()) {
            return load("de");
        }
        if (language.isEnglish()) {
            return load("en");
        }
        return NONE;
    }

    /** The list parsed from {@code lines}: one entry a line, words separated by spaces, {@code #} comments. */
    static FramingWords of(String language, List<String> lines) {
        Map<String, List<String[]>> map = new HashMap<>();
        for (String line : lines) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] words = entry.split(" +");
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        // longest entries first, so that "hieß es" wins over "hieß"
        map.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.length, a.length)));
        return new FramingWords(language, Map.copyOf(map));
    }

    private static FramingWords load(String language) {
        String name = "framing-" + language + ".txt";
        try (InputStream in = FramingWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return of(language, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** "de", "en", or "" for the empty list: what the features prepared with it depend on. */
    String language() {
        return language;
    }

    /**
     * {@code text} (in comparison form: lower case) with every framing word and phrase replaced by
     * a space. A word is a run of letters and digits; a phrase matches word by word, whatever
     * separates the words. When nothing but framing words is left, {@code text} itself.
     */
    String strip(String text) {
        String rest = without(text);
        return rest.isBlank() ? text : rest;
    }

    /** {@code text} with every framing word and phrase replaced by a space; blank when nothing else is left. */
    String without(String text) {
        if (byFirstWord.isEmpty()) {
            return text;
        }
        List<int[]> words = words(text);
        StringBuilder out = null;
        int copied = 0;
        boolean kept = false;
        for (int w = 0; w < words.size(); ) {
            int matched = match(text, words, w);
            if (matched == 0) {
                kept = true;
                w++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, words.get(w)[0]).append(' ');
            copied = words.get(w + matched - 1)[1];
            w += matched;
        }
        if (out == null) {
            return text;
        }
        if (!kept) {
            return "";
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Number of words of the longest entry that starts at word {@code w}, or 0. */
    private int match(String text, List<int[]> words, int w) {
        int[] first = words.get(w);
        List<String[]> entries = byFirstWord.get(text.substring(first[0], first[1]));
        if (entries == null) {
            return 0;
        }
        for (String[] entry : entries) {
            if (w + entry.length > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < entry.length && all; k++) {
                int[] span = words.get(w + k);
                all = text.regionMatches(span[0], entry[k], 0, entry[k].length()) && span[1] - span[0] == entry[k].length();
            }
            if (all) {
                return entry.length;
            }
        }
        return 0;
    }

    /** Start and end of every run of letters and digits. */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int k = 0;
        while (k < text.length()) {
            int cp = text.codePointAt(k);
            if (Character.isLetterOrDigit(cp)) {
                int start = k;
                while (k < text.length() && Character.isLetterOrDigit(text.codePointAt(k))) {
                    k += Character.charCount(text.codePointAt(k));
                }
                out.add(new int[] {start, k});
            } else {
                k += Character.charCount(cp);
            }
        }
        return out;
    }
}
