package org.parallax.frame;

import org.parallax.model.Language;

import org.parallax.model.ArticleFraming;
import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds framing markers in sentences: attribution, reporting verbs, hedges, German reported speech
 * (Konjunktiv I), actors, places of origin, direct quotations, dates and numbers, and flags claims
 * made without any source (UNATTRIBUTED).
 *
 * <p>Rules come from the actor table {@code actors.txt}, shared by both languages, and the language's
 * built-in lexicon ({@code lexicon-de.txt}, {@code lexicon-en.txt}, whose header documents the line
 * format), optionally extended by a user file through
 * {@link #withLexicon(Path)}. Quotations, calendar dates and digit numbers are found by code.
 *
 * <p>Markers of one type never overlap: of overlapping candidates the longest wins ("chinesischen
 * Ministerium für Staatssicherheit" over "chinesischen"). Markers of different types may overlap
 * ("teilte das Weiße Haus mit" is an ATTRIBUTION and a REPORTING_VERB). Numbers inside a date are
 * not reported separately.
 *
 * <p>The detail of a marker, by type: ATTRIBUTION the canonical source ("Weißes Haus"), empty when
 * anonymous ("hieß es", "sagte er"), the same name in both languages ("White House" for "Weißes Haus");
 * REPORTING_VERB "neutral" or "loaded"; HEDGE "high" or "low";
 * REPORTED_SPEECH "konjunktiv-i"; ACTOR the canonical actor ("China: Ministry of State Security" for
 * "MSS", "Staatssicherheitsministeriums" and every other alias); ORIGIN the place ("China" for "von
 * chinesischem Territorium aus"; an actor inside an origin is not reported as an actor);
 * QUOTE empty; NUMBER the value ("50000", "3.5%"); DATE an ISO form ("2021-07-19", "--07-19",
 * "2021-07", "2021"), a weekday ("monday") or a relative day ("today"); UNATTRIBUTED "hedge",
 * "actor" or "origin", the kind of marker whose span it shares. At most one UNATTRIBUTED marker per
 * sentence, only when the sentence has no attribution, reporting verb, quotation or reported speech,
 * and either a hedge or an actor blamed through a cue of blame (a lexicon CLAIM: "hinter", "behind",
 * or an attack whose agent it is); the target of an attack ("Angriff auf Microsoft") is not blamed.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FramingAnalyser {
    private static final Comparator<FramingMarker> ORDER = Comparator.comparingInt(FramingMarker::start)
            .thenComparing(FramingMarker::type)
            .thenComparingInt(FramingMarker::end)
            .thenComparing(FramingMarker::detail);

    private final String language;
    private final Lexicon lexicon;
    private final List<MarkerFinder> finders;

    private FramingAnalyser(String language, Lexicon lexicon) {
        this.language = language;
        this.lexicon = lexicon;
        this.finders = List.of(new LexiconMarkerFinder(lexicon), new QuotePairFinder(),
                new CalendarDateFinder(language), new NumeralFinder(language));
    }

    /**
     * The analyser for {@code language} with its built-in lexicon.
     *
     * @param language "de" or "en"; a regional tag ("de-AT", "en_GB") is taken by its language
     * @throws IllegalArgumentException for another language
     */
    public static FramingAnalyser forLanguage(String language) {
        Objects.requireNonNull(language, "language");
        return forLanguage(Language.parse(language).orElseThrow(
                () -> new IllegalArgumentException("framing analysis supports de and en, not '" + language + "'")));
    }

    /**
     * The analyser for {@code language}, whatever its region, with its built-in lexicon.
     *
     * @throws IllegalArgumentException for a language other than German and English
     */
    public static FramingAnalyser forLanguage(Language language) {
        Objects.requireNonNull(language, "language");
        if (!language.isGerman() && !language.isEnglish()) {
            throw new IllegalArgumentException("framing analysis supports de and en, not '" + language + "'");
        }
        return new FramingAnalyser(language.code(), Lexicon.builtIn(language.code()));
    }

    /**
     * A new analyser whose lexicon is this one's extended by the rules in {@code file} (same line
     * format as the built-in lexicons; the built-in DEFINE names may be used). This analyser is unchanged.
     *
     * @throws IllegalArgumentException with a one-line message naming the file and line when the file
     *                                  cannot be read or a line is malformed
     */
    public FramingAnalyser withLexicon(Path file) {
        Objects.requireNonNull(file, "file");
        return new FramingAnalyser(language, lexicon.extend(file));
    }

    /** The language code this analyser was made for. */
    public String language() {
        return language;
    }

    /**
     * The framing markers of one sentence, sorted by start offset, then type, with offsets into
     * {@code sentence}.
     */
    public List<FramingMarker> analyse(String sentence) {
        Objects.requireNonNull(sentence, "sentence");
        List<FramingMarker> candidates = new ArrayList<>();
        for (MarkerFinder finder : finders) {
            candidates.addAll(finder.find(sentence));
        }
        List<FramingMarker> kept = withoutOverlaps(candidates);
        List<FramingMarker> dates = kept.stream().filter(m -> m.type() == MarkerType.DATE).toList();
        kept.removeIf(m -> m.type() == MarkerType.NUMBER
                && dates.stream().anyMatch(d -> d.start() <= m.start() && m.end() <= d.end()));
        List<FramingMarker> hedges = kept.stream().filter(m -> m.type() == MarkerType.HEDGE).toList();
        // "said" in the hedge "is said to" is hearsay, not a reporting verb that names a source
        kept.removeIf(m -> m.type() == MarkerType.REPORTING_VERB && hedges.stream().anyMatch(h -> h.start() <= m.start()
                && m.end() <= h.end() && h.end() - h.start() > m.end() - m.start()));
        List<FramingMarker> origins = kept.stream().filter(m -> m.type() == MarkerType.ORIGIN).toList();
        kept.removeIf(m -> m.type() == MarkerType.ACTOR
                && origins.stream().anyMatch(o -> o.start() <= m.start() && m.end() <= o.end()));
        unattributed(sentence, kept).ifPresent(kept::add);
        kept.sort(ORDER);
        return List.copyOf(kept);
    }

    /** The markers of every sentence of an article, and their counts. */
    public ArticleFraming analyseArticle(List<String> sentences) {
        List<FramingMarker> all = new ArrayList<>();
        for (String sentence : sentences) {
            all.addAll(analyse(sentence));
        }
        return ArticleFraming.of(all);
    }

    /** Longest first; a candidate overlapping a kept marker of its type is dropped. */
    private static List<FramingMarker> withoutOverlaps(List<FramingMarker> candidates) {
        List<FramingMarker> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt((FramingMarker m) -> m.start() - m.end())
                .thenComparingInt(FramingMarker::start));
        List<FramingMarker> kept = new ArrayList<>();
        for (FramingMarker m : byLength) {
            boolean overlaps = kept.stream().anyMatch(k -> k.type() == m.type()
                    && k.start() < m.end() && m.start() < k.end());
            if (!overlaps) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * A claim (a hedge, or an actor or origin with a cue of blame) in a sentence with no attribution, no
     * reporting verb, no quotation and no reported speech. The marker covers the first hedge, or else
     * the actor blamed: of the actors a relation ("hinter", "behind") points to, the nearest; of those
     * an event noun ("Angriff", "attack") points to, only its agent (right before it, or after its
     * "aus"/"von"/"by"/"from") or a place of origin. An actor that is the target of an event ("Angriff
     * auf Microsoft", "attack on Microsoft") is never the one blamed.
     */
    private Optional<FramingMarker> unattributed(String sentence, List<FramingMarker> markers) {
        boolean sourced = markers.stream().anyMatch(m -> m.type() == MarkerType.ATTRIBUTION
                || m.type() == MarkerType.REPORTING_VERB || m.type() == MarkerType.QUOTE
                || m.type() == MarkerType.REPORTED_SPEECH);
        if (sourced) {
            return Optional.empty();
        }
        Optional<FramingMarker> trigger = markers.stream().filter(m -> m.type() == MarkerType.HEDGE)
                .min(Comparator.comparingInt(FramingMarker::start));
        if (trigger.isEmpty()) {
            trigger = blamed(sentence, markers);
        }
        return trigger.map(t -> new FramingMarker(MarkerType.UNATTRIBUTED, t.text(), t.start(), t.end(), t.type().id()));
    }

    private Optional<FramingMarker> blamed(String sentence, List<FramingMarker> markers) {
        List<FramingMarker> candidates = markers.stream()
                .filter(m -> m.type() == MarkerType.ACTOR || m.type() == MarkerType.ORIGIN).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<int[]> events = new ArrayList<>();
        List<int[]> relations = new ArrayList<>();
        for (Lexicon.ClaimCue cue : lexicon.claimCues()) {
            Matcher m = cue.pattern().matcher(sentence);
            while (m.find()) {
                if (m.end() > m.start()) {
                    (cue.event() ? events : relations).add(new int[] {m.start(), m.end()});
                }
            }
        }
        List<FramingMarker> free = candidates.stream().filter(a -> !isTarget(sentence, a, events, candidates)).toList();
        FramingMarker best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (FramingMarker a : free) {
            int d = Integer.MAX_VALUE;
            for (int[] r : relations) {
                d = Math.min(d, distance(a, r[0], r[1]));
            }
            for (int[] e : events) {
                if (a.type() == MarkerType.ORIGIN || isAgent(sentence, a, e)) {
                    d = Math.min(d, distance(a, e[0], e[1]));
                }
            }
            if (d < bestDistance || d == bestDistance && best != null && a.start() < best.start()) {
                best = a;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What may stand between an agent and its event noun: nothing but a space or hyphen ("Chinas
     * Hacker", "EU-Hacker"), or one hyphenated word ("Chinese state-sponsored hackers"); not a word
     * like "weitere" in "erwähnt die EU weitere Attacken", where the actor is the subject of a verb.
     */
    private static final Pattern AGENT_BEFORE = Pattern.compile("[\\s-]*(?:\\p{L}+-[\\p{L}-]+[\\s-]+)?");
    /**
     * The agent after its event noun: "Angriffe aus China", "attack by Chinese groups", or named as
     * what the event was: "the hack was state-sponsored", "der Angriff war ein chinesischer".
     */
    private static final Pattern AGENT_AFTER = Pattern.compile(
            "(?iu)\\s+(?:aus|von|vom|durch|by|from|(?:was|were|is|are|war|waren|ist|sind)(?:\\s+(?:a|an|ein|eine))?)"
                    + "\\s+(?:(?:der|dem|den|des|the)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}");
    /**
     * At most four words without punctuation, none of them naming an agent, between a target word and
     * the target: "auf die E-Mail-Server des Softwarekonzerns Microsoft".
     */
    private static final Pattern TARGET_GAP = Pattern.compile(
            "(?iu)(?:\\s+(?!(?:aus|von|vom|durch|by|from)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}’'.-]+){0,4}\\s+");

    /** Between two members of a list: ", the", " und die", " and". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "(?iu)\\s*(?:,|\\s(?:and|und|sowie|or|oder))\\s+(?:(?:the|die|der|den|dem|das)\\s+)?");

    private static boolean isAgent(String sentence, FramingMarker actor, int[] event) {
        if (actor.start() < event[1] && event[0] < actor.end()) {
            return true; // the actor holds the event noun: "staatliche Hacker", "state-backed hackers"
        }
        if (actor.end() <= event[0]) {
            return AGENT_BEFORE.matcher(sentence.substring(actor.end(), event[0])).matches();
        }
        return actor.start() >= event[1] && AGENT_AFTER.matcher(sentence.substring(event[1], actor.start())).matches();
    }

    /**
     * The first actor after an event noun and its target word, "Angriff auf [die Server von] Microsoft",
     * and the actors listed after it: "attacks on Microsoft, the US and the EU".
     */
    private boolean isTarget(String sentence, FramingMarker actor, List<int[]> events, List<FramingMarker> actors) {
        List<FramingMarker> before = actors.stream().filter(a -> a.end() <= actor.start())
                .max(Comparator.comparingInt(FramingMarker::end)).stream().toList();
        if (!before.isEmpty() && LIST_SEPARATOR.matcher(sentence.substring(before.get(0).end(), actor.start())).matches()
                && isTarget(sentence, before.get(0), events, actors)) {
            return true;
        }
        for (int[] e : events) {
            if (actor.start() < e[1]) {
                continue;
            }
            boolean actorBetween = actors.stream().anyMatch(a -> a != actor && a.start() >= e[1] && a.start() < actor.start());
            if (actorBetween) {
                continue;
            }
            String between = sentence.substring(e[1], actor.start());
            for (Pattern target : lexicon.targetCues()) {
                Matcher m = target.matcher(between);
                if (m.find() && between.substring(0, m.start()).isBlank()
                        && TARGET_GAP.matcher(" " + between.substring(m.end())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int distance(FramingMarker m, int start, int end) {
        if (m.end() <= start) {
            return start - m.end();
        }
        return m.start() >= end ? m.start() - end : 0;
    }
}
