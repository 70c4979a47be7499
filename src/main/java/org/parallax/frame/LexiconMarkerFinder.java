package org.parallax.frame;

import org.parallax.model.FramingMarker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the markers listed in a {@link Lexicon}, one pass of each rule's pattern. Immutable. */
final class LexiconMarkerFinder implements MarkerFinder {
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\p{L}\\p{N}])(?:ich|Ich|ICH)(?![\\p{L}\\p{N}])");
    private static final String CLAUSE_DELIMITERS = ",;:.!?„“”\"«»()–—";
    private static final Set<String> PRONOUNS = Set.of("er", "sie", "es", "he", "she", "they", "it", "we", "wir");
    private static final Set<String> GENITIVE = Set.of("des", "eines");
    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "ein", "eine", "einer", "eines",
            "einem", "des", "dem", "den", "the", "a", "an");

    private final Lexicon lexicon;

    LexiconMarkerFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<FramingMarker> find(String sentence) {
        List<FramingMarker> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (LexiconRule rule : lexicon.rules()) {
            if (!rule.mayMatch(lower)) {
                continue;
            }
            boolean hasSpan = rule.hasSpanGroup();
            boolean hasSource = rule.hasSourceGroup();
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                int start = hasSpan && m.start("span") >= 0 ? m.start("span") : m.start();
                int end = hasSpan && m.start("span") >= 0 ? m.end("span") : m.end();
                if (end <= start) {
                    continue;
                }
                if (rule.thirdPerson() && clauseHasFirstPerson(sentence, start, end)) {
                    continue;
                }
                String detail = rule.detail();
                if (LexiconRule.SOURCE_DETAIL.equals(detail)) {
                    detail = hasSource && m.group("source") != null ? canonicalSource(m.group("source")) : "";
                }
                found.add(new FramingMarker(rule.type(), sentence.substring(start, end), start, end, detail));
            }
        }
        return found;
    }

    /** The canonical name of a source phrase: a listed alias, else the phrase without leading determiners. */
    String canonicalSource(String phrase) {
        String stripped = phrase.replaceAll("[„“”\"«»]", "").strip();
        if (PRONOUNS.contains(stripped.toLowerCase(Locale.ROOT))) {
            return "";
        }
        for (SourceAlias alias : lexicon.aliases()) {
            if (alias.pattern().matcher(stripped).find()) {
                return alias.canonical();
            }
        }
        String[] words = stripped.split("\\s+");
        boolean anyCapital = false;
        for (String w : words) {
            anyCapital |= Character.isUpperCase(w.codePointAt(0)) && !DETERMINERS.contains(w.toLowerCase(Locale.ROOT));
        }
        int first = 0;
        while (first < words.length - 1) {
            String w = words[first];
            boolean determiner = DETERMINERS.contains(w.toLowerCase(Locale.ROOT));
            boolean lowerModifier = anyCapital && Character.isLowerCase(w.codePointAt(0));
            if (!determiner && !lowerModifier) {
                break;
            }
            first++;
        }
        String[] kept = Arrays.copyOfRange(words, first, words.length);
        if (first > 0 && GENITIVE.contains(words[0].toLowerCase(Locale.ROOT))) {
            kept[kept.length - 1] = nominative(kept[kept.length - 1]);
        }
        return String.join(" ", kept);
    }

    /**
     * A German noun in the genitive after "des"/"eines" in its base form: "Konzerns" gives
     * "Konzern", "Bundesamtes" "Bundesamt"; acronyms and short words stay as they are.
     */
    private static String nominative(String noun) {
        boolean capitalised = Character.isUpperCase(noun.codePointAt(0)) && !noun.equals(noun.toUpperCase(Locale.ROOT));
        if (!capitalised || noun.length() < 5) {
            return noun;
        }
        if (noun.endsWith("es")) {
            return noun.substring(0, noun.length() - 2);
        }
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static boolean clauseHasFirstPerson(String sentence, int start, int end) {
        int from = start;
        while (from > 0 && CLAUSE_DELIMITERS.indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < sentence.length() && CLAUSE_DELIMITERS.indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        return FIRST_PERSON.matcher(sentence.substring(from, to)).find();
    }
}
