package org.parallax.frame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Attribution;
import org.parallax.model.AttributionTable;
import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;
import org.parallax.model.OutletAttribution;
import org.parallax.model.SourceAttribution;

/**
 * Builds the "who said what" table from the framing markers of every sentence: per article, which
 * source blames which actor, with which words of certainty, in which sentence. Thread-safe.
 *
 * <p>The steps, all on markers the {@link FramingAnalyser} has found:
 * <ol>
 *   <li>The <b>accused</b> is the actor talked about most where no one speaks: mentions inside an
 *       attribution and a sentence's leading actor do not count (see {@link #accused}). Its
 *       <b>family</b> are the actors whose canonical name begins like the accused's ("China",
 *       "China: Ministry of State Security", "Chinese territory").</li>
 *   <li>A sentence's own <b>source</b>: the actors inside its attributions ("wie das
 *       US-Justizministerium mitteilte" gives USA); else the attributions' named sources ("Weißes
 *       Haus"); else the first actor outside the family that is not governed by a preposition, with
 *       the actors listed together with it ("USA, EU und Nato machen Peking ... verantwortlich"),
 *       when it comes before the first actor blamed (or anywhere, when the sentence has an anonymous
 *       attribution such as "hieß es").</li>
 *   <li>A sentence without a source of its own that reports (reported speech, a hedge, an anonymous
 *       attribution, a claim without source, a denial) takes the source of one of the two sentences
 *       before it: "Der Europäische Rat geht nicht so weit. Die Attacke sei von chinesischem
 *       Territorium aus geführt worden" is the EU's.</li>
 *   <li>Every family actor in such a sentence is blamed by each of its sources; it is <b>denied</b>
 *       when its clause holds a negation ("jedoch ist hier nicht die Rede vom Ministerium für
 *       Staatssicherheit"). A sentence that opens with the accused as its subject ("China lehne jede
 *       Form von Cyberangriffen ab") blames no one unless it has a hedge or an attribution.</li>
 * </ol>
 */
public final class AttributionTableBuilder {

    /** A word of negation: the clause denies what it names. */
    static final Pattern NEGATION = Pattern.compile(
            "(?iU)\\b(?:nicht|nichts|kein|keine|keinen|keinem|keiner|keines|weder|nie|niemals|not|no|neither|nor|never)\\b"
                    + "|(?<=\\p{L})n't\\b");

    /** What may stand between two actors named together as one subject: a comma or "und", an article. */
    static final Pattern LISTED_TOGETHER = Pattern.compile(
            "(?iU)\\s*(?:,|und|and|oder|or|sowie|&|, und|, and)?\\s*(?:(?:die|der|das|den|dem|the)\\s+)?");

    /**
     * Text before an actor that ends in a preposition or "wie" (and an article, one more word): the actor
     * is not a speaker ("auf Microsoft", "mit den Hackergruppen APT40", "Staaten wie Russland").
     */
    static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?iU)(?:^|[\\s(„“\"«»])(?:auf|gegen|für|von|vom|aus|mit|bei|beim|zum|zur|nach|über|an|am|in|im|um|wie|"
                    + "on|against|for|from|of|with|at|to|by|into|like|as)\\s+"
                    + "(?:(?:die|der|das|den|dem|des|ein|eine|einen|einem|einer|eines|the|a|an)\\s+)?"
                    + "(?:[\\p{L}-]+\\s+)?$");

    /** Text before an actor that opens the sentence as its subject: nothing, or an article. */
    static final Pattern SUBJECT_START = Pattern.compile("(?iU)\\s*(?:(?:die|der|das|the)\\s+)?");

    /** Where one clause ends and the next begins. */
    static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:–—()\\[\\]]");

    /** Marks the name of a place of origin. */
    static final String ORIGIN_SUFFIX = " (as origin)";

    /** How many sentences back a reporting sentence looks for its source. */
    private static final int CARRY = 2;

    /**
     * The table of {@code articles}.
     *
     * @param markers each article's markers, one list per sentence, by article id
     */
    public AttributionTable build(List<Article> articles, Map<String, List<List<FramingMarker>>> markers) {
        String accused = accused(articles, markers);
        if (accused.isEmpty()) {
            return AttributionTable.empty();
        }
        Map<String, List<Attribution>> perArticle = new LinkedHashMap<>();
        for (Article a : articles) {
            perArticle.put(a.id(), attributions(a, markers.getOrDefault(a.id(), List.of()), accused));
        }
        List<Attribution> all = perArticle.values().stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return AttributionTable.empty();
        }
        List<String> actors = actors(all);
        List<String> central = central(all, actors);
        List<String> sources = sources(perArticle);
        List<OutletAttribution> outlets = new ArrayList<>();
        for (Map.Entry<String, List<Attribution>> e : perArticle.entrySet()) {
            List<SourceAttribution> bySource = new ArrayList<>();
            for (String source : sources) {
                List<Attribution> own = e.getValue().stream().filter(x -> x.source().equals(source)).toList();
                if (!own.isEmpty()) {
                    bySource.add(sourceAttribution(source, own, central, accused));
                }
            }
            outlets.add(new OutletAttribution(e.getKey(), bySource));
        }
        return new AttributionTable(accused, actors, central, sources, outlets);
    }

    /**
     * The actor talked about most: over all articles, actor mentions outside the speaker's place (not
     * inside an attribution, not the sentence's leading actor and those listed with it) are counted by
     * family (the first four letters of the canonical name's first word); the family counted most is
     * named by its shortest member ("China" of "China: Ministry of State Security"). Ties by name.
     */
    static String accused(List<Article> articles, Map<String, List<List<FramingMarker>>> markers) {
        TreeMap<String, Integer> families = new TreeMap<>();
        TreeMap<String, Integer> members = new TreeMap<>();
        for (Article a : articles) {
            List<String> texts = a.sentenceTexts();
            List<List<FramingMarker>> perSentence = markers.getOrDefault(a.id(), List.of());
            for (int i = 0; i < perSentence.size() && i < texts.size(); i++) {
                List<FramingMarker> sentence = perSentence.get(i);
                List<FramingMarker> actors = sentence.stream().filter(m -> m.type() == MarkerType.ACTOR)
                        .sorted(Comparator.comparingInt(FramingMarker::start)).toList();
                Set<FramingMarker> speaking = new java.util.HashSet<>(leading(texts.get(i), actors, x -> false));
                for (FramingMarker at : sentence) {
                    if (at.type() == MarkerType.ATTRIBUTION) {
                        actors.stream().filter(x -> x.start() >= at.start() && x.end() <= at.end()).forEach(speaking::add);
                    }
                }
                for (FramingMarker m : sentence) {
                    if (m.type() == MarkerType.ORIGIN) {
                        families.merge(familyKey(canonical(m)), 1, Integer::sum);
                    }
                }
                for (FramingMarker m : actors) {
                    members.merge(canonical(m), 1, Integer::sum);
                    if (!speaking.contains(m)) {
                        families.merge(familyKey(canonical(m)), 1, Integer::sum);
                    }
                }
            }
        }
        String family = best(families, k -> true);
        return members.keySet().stream().filter(name -> familyKey(name).equals(family))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
    }

    private static String best(TreeMap<String, Integer> counts, java.util.function.Predicate<String> filter) {
        String best = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (filter.test(e.getKey()) && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static String familyKey(String canonical) {
        String first = firstWord(canonical);
        return first.isEmpty() ? canonical : first.substring(0, Math.min(4, first.length()));
    }

    /**
     * True when {@code actor} belongs to the accused's family: the first words of both canonical names
     * share their first four letters (or all of a shorter accused's first word).
     */
    static boolean inFamily(String actor, String accused) {
        if (actor.equals(accused)) {
            return true;
        }
        String a = firstWord(actor);
        String b = firstWord(accused);
        int need = Math.min(4, b.length());
        if (need == 0 || a.length() < need) {
            return false;
        }
        return a.regionMatches(0, b, 0, need);
    }

    private static String firstWord(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return lower.substring(0, end);
    }

    /**
     * The name an actor or origin is listed by: the actor's canonical name; for a place of origin, the
     * place with " (as origin)" ("China (as origin)" for "von chinesischem Territorium aus"), so that it
     * belongs to the family of its country but is never taken for the country's government.
     */
    private static String canonical(FramingMarker m) {
        String name = m.detail().isEmpty() ? m.text() : m.detail();
        return m.type() == MarkerType.ORIGIN ? name + ORIGIN_SUFFIX : name;
    }

    /** The attributions of one article, in text order. */
    private static List<Attribution> attributions(Article article, List<List<FramingMarker>> perSentence,
            String accused) {
        List<Attribution> out = new ArrayList<>();
        List<List<String>> speakers = new ArrayList<>();
        List<String> texts = article.sentenceTexts();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<FramingMarker> markers = i < perSentence.size() ? perSentence.get(i) : List.of();
            List<FramingMarker> actors = markers.stream().filter(m -> m.type() == MarkerType.ACTOR)
                    .sorted(Comparator.comparingInt(FramingMarker::start)).toList();
            List<FramingMarker> blamed = markers.stream()
                    .filter(m -> (m.type() == MarkerType.ACTOR || m.type() == MarkerType.ORIGIN)
                            && inFamily(canonical(m), accused))
                    .sorted(Comparator.comparingInt(FramingMarker::start)).toList();
            List<String> own = ownSources(text, markers, actors, blamed, accused);
            boolean reports = reports(text, markers, blamed);
            // a sentence that goes on speaking ("he added", Konjunktiv I, a denial) takes the speaker of one
            // of the sentences before it; one that only hedges or states does so inside its paragraph
            // alone: after a paragraph break it is the outlet's own voice ("The statement is likely to
            // strain relations" after a spokesman's denial)
            boolean speaks = speaks(text, markers, blamed);
            List<String> sources = own;
            if (sources.isEmpty() && reports) {
                int block = article.sentences().get(i).block();
                for (int back = 1; back <= CARRY && i - back >= 0 && sources.isEmpty(); back++) {
                    if (!speaks && article.sentences().get(i - back).block() != block) {
                        break;
                    }
                    sources = speakers.get(i - back);
                }
            }
            speakers.add(own.isEmpty() && !reports ? List.of() : sources);
            if (blamed.isEmpty() || opensWithAccused(text, markers, actors, accused)
                    || (own.isEmpty() && !reports)) {
                continue;
            }
            List<String> certainty = markers.stream().filter(m -> m.type() == MarkerType.HEDGE)
                    .sorted(Comparator.comparingInt(FramingMarker::start)).map(FramingMarker::text).toList();
            boolean confident = markers.stream().anyMatch(m -> m.type() == MarkerType.HEDGE && "high".equals(m.detail()));
            List<String> by = sources.isEmpty() ? List.of("") : sources;
            for (String source : by) {
                Set<String> seen = new LinkedHashSet<>();
                for (FramingMarker m : blamed) {
                    if (seen.add(canonical(m))) {
                        out.add(new Attribution(source, canonical(m), m.text(), certainty, confident, negated(text, m), i));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The government or body a source speaks for: the part of its canonical name before ": " ("USA" for
     * "USA: White House", "EU" for "EU: European Council"), else the whole name. The table has one column
     * per party, so that an outlet quoting the White House and one quoting a US official are compared in
     * one column.
     */
    static String party(String source) {
        int colon = source.indexOf(": ");
        return colon > 0 ? source.substring(0, colon) : source;
    }

    /** The sentence's own sources, or none. */
    private static List<String> ownSources(String text, List<FramingMarker> markers, List<FramingMarker> actors,
            List<FramingMarker> blamed, String accused) {
        List<FramingMarker> attributions = markers.stream().filter(m -> m.type() == MarkerType.ATTRIBUTION).toList();
        Set<String> inside = new LinkedHashSet<>();
        for (FramingMarker at : attributions) {
            for (FramingMarker actor : actors) {
                if (actor.start() >= at.start() && actor.end() <= at.end() && !inFamily(canonical(actor), accused)) {
                    inside.add(canonical(actor));
                }
            }
        }
        if (!inside.isEmpty()) {
            return List.copyOf(inside);
        }
        Set<String> named = new LinkedHashSet<>();
        for (FramingMarker at : attributions) {
            if (!at.detail().isEmpty() && !inFamily(at.detail(), accused)) {
                named.add(party(at.detail()));
            }
        }
        if (!named.isEmpty()) {
            return List.copyOf(named);
        }
        boolean anonymous = !attributions.isEmpty();
        int firstBlamed = blamed.isEmpty() ? Integer.MAX_VALUE : blamed.get(0).start();
        List<FramingMarker> lead = leading(text, actors, m -> inFamily(canonical(m), accused));
        if (lead.isEmpty() || (lead.get(0).start() > firstBlamed && !anonymous)) {
            return List.of();
        }
        return lead.stream().map(AttributionTableBuilder::canonical).distinct().toList();
    }

    /**
     * The sentence's leading actor and the actors listed together with it: the first actor that is not
     * {@code excluded} and not governed by a preposition.
     */
    private static List<FramingMarker> leading(String text, List<FramingMarker> actors,
            java.util.function.Predicate<FramingMarker> excluded) {
        for (int k = 0; k < actors.size(); k++) {
            FramingMarker lead = actors.get(k);
            if (excluded.test(lead)) {
                continue;
            }
            if (AFTER_PREPOSITION.matcher(text.substring(0, Math.min(lead.start(), text.length()))).find()) {
                // the actors listed together with one governed by a preposition are governed by it too
                while (k + 1 < actors.size() && listedTogether(text, actors.get(k), actors.get(k + 1))) {
                    k++;
                }
                continue;
            }
            List<FramingMarker> together = new ArrayList<>();
            together.add(lead);
            for (int n = k + 1; n < actors.size(); n++) {
                FramingMarker next = actors.get(n);
                if (excluded.test(next) || !listedTogether(text, actors.get(n - 1), next)) {
                    break;
                }
                together.add(next);
            }
            return together;
        }
        return List.of();
    }

    private static boolean listedTogether(String text, FramingMarker previous, FramingMarker next) {
        return next.start() >= previous.end()
                && LISTED_TOGETHER.matcher(text.substring(previous.end(), Math.min(next.start(), text.length()))).matches();
    }

    /** True when the sentence speaks for someone it does not name: reported speech, "he said", a denial. */
    private static boolean speaks(String text, List<FramingMarker> markers, List<FramingMarker> blamed) {
        for (FramingMarker m : markers) {
            if (m.type() == MarkerType.REPORTED_SPEECH || m.type() == MarkerType.ATTRIBUTION && m.detail().isEmpty()) {
                return true;
            }
        }
        return blamed.stream().anyMatch(m -> negated(text, m));
    }

    /**
     * True when the sentence reports something it may owe to an earlier sentence's source: it speaks
     * for someone, or it hedges, or the analyser finds a claim in it made without a source.
     */
    private static boolean reports(String text, List<FramingMarker> markers, List<FramingMarker> blamed) {
        return markers.stream().anyMatch(m -> m.type() == MarkerType.HEDGE || m.type() == MarkerType.UNATTRIBUTED)
                || speaks(text, markers, blamed);
    }

    /** True when the sentence opens with the accused as its subject and neither hedges nor attributes. */
    private static boolean opensWithAccused(String text, List<FramingMarker> markers, List<FramingMarker> actors,
            String accused) {
        if (actors.isEmpty() || !inFamily(canonical(actors.get(0)), accused)) {
            return false;
        }
        boolean hedgedOrAttributed = markers.stream()
                .anyMatch(m -> m.type() == MarkerType.HEDGE || m.type() == MarkerType.ATTRIBUTION);
        return !hedgedOrAttributed
                && SUBJECT_START.matcher(text.substring(0, Math.min(actors.get(0).start(), text.length()))).matches();
    }

    /** True when the clause that holds the marker holds a negation. */
    static boolean negated(String text, FramingMarker m) {
        int start = 0;
        Matcher breaks = CLAUSE_BREAK.matcher(text);
        int end = text.length();
        while (breaks.find()) {
            if (breaks.end() <= m.start()) {
                start = breaks.end();
            } else if (breaks.start() >= m.end()) {
                end = breaks.start();
                break;
            }
        }
        return NEGATION.matcher(text.substring(start, Math.max(start, Math.min(end, text.length())))).find();
    }

    /** The family actors blamed, most often first, ties by name. */
    private static List<String> actors(List<Attribution> all) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (Attribution a : all) {
            if (!a.negated()) {
                counts.merge(a.actor(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** Actors blamed in a sentence with a statement of high certainty; else the actor blamed most often. */
    private static List<String> central(List<Attribution> all, List<String> actors) {
        Set<String> sure = new java.util.TreeSet<>();
        for (Attribution a : all) {
            if (!a.negated() && a.confident()) {
                sure.add(a.actor());
            }
        }
        if (!sure.isEmpty()) {
            return actors.stream().filter(sure::contains).toList();
        }
        return actors.isEmpty() ? List.of() : List.of(actors.get(0));
    }

    /** Sources carried by most articles first, then by first mention; the empty source last. */
    private static List<String> sources(Map<String, List<Attribution>> perArticle) {
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        Map<String, Set<String>> carriedBy = new LinkedHashMap<>();
        perArticle.forEach((id, list) -> {
            for (Attribution a : list) {
                firstSeen.putIfAbsent(a.source(), firstSeen.size());
                carriedBy.computeIfAbsent(a.source(), s -> new LinkedHashSet<>()).add(id);
            }
        });
        return firstSeen.keySet().stream().sorted(Comparator.<String, Boolean>comparing(String::isEmpty)
                .thenComparing(s -> -carriedBy.get(s).size()).thenComparing(firstSeen::get)).toList();
    }

    private static SourceAttribution sourceAttribution(String source, List<Attribution> own, List<String> central,
            String accused) {
        List<String> actors = own.stream().filter(a -> !a.negated()).map(Attribution::actor).distinct().toList();
        List<String> notNamed = central.stream().filter(c -> !actors.contains(c)).toList();
        Attribution lead = own.stream().min(Comparator.comparingInt((Attribution a) -> strength(a, central, accused)))
                .orElseThrow();
        return new SourceAttribution(source, lead, own, actors, notNamed);
    }

    /**
     * How telling an attribution is, lower first: a central actor with certainty words, a central actor,
     * an actor more specific than the accused, any hedged one, the rest; denials last.
     */
    private static int strength(Attribution a, List<String> central, String accused) {
        if (a.negated()) {
            return 5;
        }
        boolean isCentral = central.contains(a.actor());
        if (isCentral && !a.certainty().isEmpty()) {
            return 0;
        }
        if (isCentral) {
            return 1;
        }
        if (!a.actor().equals(accused)) {
            return 2;
        }
        return a.certainty().isEmpty() ? 4 : 3;
    }
}
