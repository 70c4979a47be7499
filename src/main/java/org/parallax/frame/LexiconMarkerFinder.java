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

    /** Quotation marks, dashes and punctuation at either end of a source phrase ("' a police spokesperson"). */
    private static final Pattern OUTER_PUNCTUATION = Pattern.compile(
            "^[\\p{Ps}\\p{Pi}\\p{Pf}\\p{Pd}'‚‘’‹›,;:!?.\\s]+|[\\p{Pe}\\p{Pi}\\p{Pf}\\p{Pd}'‚‘’‹›,;:!?\\s]+$");
    /** What may stand before an actor alias that names a source: determiners, or a role and its "des"/"of". */
    private static final Pattern ACTOR_BEFORE = Pattern.compile(
            "(?iu)(?:(?:the|a|an|der|die|das|ein|eine|einer|eines|des|dem|den)\\s+)*"
                    + "|.*\\s(?:des|der|von|vom|of|for)\\s+(?:(?:the|der|dem|den)\\s+)?");
    /** What may follow an actor alias that names a source: nothing, or the next member of a list. */
    private static final Pattern ACTOR_AFTER = Pattern.compile("(?iu)|\\s+(?:and|und|sowie|or|oder)\\s.*|\\s*,.*");

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

    /**
     * The canonical name of a source phrase: a listed source alias anywhere in it; else an actor alias
     * that is the whole phrase, its first member ("The US and its allies") or its genitive ("ein
     * Sprecher der Nato"); else the phrase without quotation marks, outer punctuation and leading
     * determiners.
     */
    String canonicalSource(String phrase) {
        String stripped = OUTER_PUNCTUATION.matcher(phrase.replaceAll("[„“”\"«»]", "")).replaceAll("").strip();
        if (stripped.isEmpty() || PRONOUNS.contains(stripped.toLowerCase(Locale.ROOT))) {
            return "";
        }
        for (SourceAlias alias : lexicon.aliases()) {
            if (alias.pattern().matcher(stripped).find()) {
                return alias.canonical();
            }
        }
        for (SourceAlias alias : lexicon.actorAliases()) {
            Matcher m = alias.pattern().matcher(stripped);
            while (m.find()) {
                if (m.end() > m.start() && ACTOR_BEFORE.matcher(stripped.substring(0, m.start())).matches()
                        && ACTOR_AFTER.matcher(stripped.substring(m.end())).matches()) {
                    return alias.canonical();
                }
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
