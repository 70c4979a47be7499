package org.parallax.align;

import org.parallax.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a sentence that outlets rarely change when they rewrite it: numbers, month
 * names (as month numbers, so "Juli" and "July" agree), words in quotation marks, acronyms such as
 * "USA" or "NATO", and, in languages that capitalise only names (not German, where every noun is
 * capitalised), capitalised words inside the sentence. Immutable and thread-safe.
 */
final class AnchorExtractor {

    /** Digits with thousands or decimal separators: "1.000", "3,5", "2021". */
    static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A short span between quotation marks of any of the common styles. */
    static final Pattern QUOTED = Pattern.compile("[„“”\"«»‹›]([^„“”\"«»‹›]{1,80})[„“”\"«»‹›]");
    /** Acronyms: a capital followed by at least one more capital or digit, as a whole word. */
    static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{Lu}\\d]+(?![\\p{L}\\d])");
    /** A capitalised word inside a sentence: after a word, number, comma, semicolon or bracket and one space. */
    static final Pattern INNER_CAPITALISED = Pattern.compile("(?<=[\\p{L}\\d,;)]\\s)\\p{Lu}\\p{Ll}+");
    /** Words (letters only), for month names and the words of quotations. */
    static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("january", 1),
            Map.entry("februar", 2), Map.entry("feber", 2), Map.entry("february", 2),
            Map.entry("märz", 3), Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("july", 7),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("oktober", 10), Map.entry("october", 10),
            Map.entry("november", 11),
            Map.entry("dezember", 12), Map.entry("december", 12));

    private final boolean capitalisedNames;
    private final FramingWords framing;

    /** Anchors without names (German: capitals mark every noun). */
    AnchorExtractor() {
        this(false);
    }

    /** @param capitalisedNames whether capitalised words inside a sentence count as names */
    AnchorExtractor(boolean capitalisedNames) {
        this(capitalisedNames, FramingWords.of("", java.util.List.of()));
    }

    private AnchorExtractor(boolean capitalisedNames, FramingWords framing) {
        this.capitalisedNames = capitalisedNames;
        this.framing = framing;
    }

    /**
     * This extractor leaving the framing words out of quotations: one outlet quotes a source "with
     * great certainty", another "with high confidence"; the quoted claim, not its hedge, anchors.
     */
    AnchorExtractor withFraming(FramingWords words) {
        return new AnchorExtractor(capitalisedNames, words);
    }

    /** German capitalises every noun, so capitals say nothing about names there. */
    static AnchorExtractor forLanguage(Language language) {
        return new AnchorExtractor(language.isDetermined() && !language.isGerman());
    }

    boolean capitalisedNames() {
        return capitalisedNames;
    }

    /** The anchors of {@code sentence}, in order of appearance; duplicates kept (they count as term frequency). */
    List<String> anchors(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher number = NUMBER.matcher(sentence);
        while (number.find()) {
            out.add("#" + number.group().replace(".", "").replace(",", ""));
        }
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            Integer month = MONTHS.get(word.group().toLowerCase(Locale.ROOT));
            if (month != null) {
                out.add("#m" + month);
            }
        }
        Matcher quoted = QUOTED.matcher(sentence);
        while (quoted.find()) {
            String lower = quoted.group(1).toLowerCase(Locale.ROOT);
            Matcher inner = WORD.matcher(framing.without(lower));
            while (inner.find()) {
                out.add("\"" + inner.group());
            }
        }
        Matcher acronym = ACRONYM.matcher(sentence);
        while (acronym.find()) {
            out.add("@" + acronym.group().toLowerCase(Locale.ROOT));
        }
        if (capitalisedNames) {
            Matcher name = INNER_CAPITALISED.matcher(sentence);
            while (name.find()) {
                if (!MONTHS.containsKey(name.group().toLowerCase(Locale.ROOT))) {
                    out.add("@" + name.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }
}
