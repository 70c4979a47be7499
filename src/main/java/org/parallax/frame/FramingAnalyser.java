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
 * (Konjunktiv I), actors, direct quotations, dates and numbers, and flags claims made without any
 * source (UNATTRIBUTED).
 *
 * <p>Rules come from the language's built-in lexicon ({@code lexicon-de.txt}, {@code lexicon-en.txt},
 * whose header documents the line format), optionally extended by a user file through
 * {@link #withLexicon(Path)}. Quotations, calendar dates and digit numbers are found by code.
 *
 * <p>Markers of one type never overlap: of overlapping candidates the longest wins ("chinesischen
 * Ministerium für Staatssicherheit" over "chinesischen"). Markers of different types may overlap
 * ("teilte das Weiße Haus mit" is an ATTRIBUTION and a REPORTING_VERB). Numbers inside a date are
 * not reported separately.
 *
 * <p>The detail of a marker, by type: ATTRIBUTION the canonical source ("Weißes Haus"), empty when
 * anonymous ("hieß es", "sagte er"); REPORTING_VERB "neutral" or "loaded"; HEDGE "high" or "low";
 * REPORTED_SPEECH "konjunktiv-i"; ACTOR the canonical actor ("China: Ministry of State Security");
 * QUOTE empty; NUMBER the value ("50000", "3.5%"); DATE an ISO form ("2021-07-19", "--07-19",
 * "2021-07", "2021"), a weekday ("monday") or a relative day ("today"); UNATTRIBUTED "hedge" or
 * "actor", the kind of marker whose span it shares. At most one UNATTRIBUTED marker per sentence,
 * only when the sentence has no attribution, reporting verb, quotation or reported speech, and either
 * a hedge or an actor together with a cue of blame (a lexicon CLAIM: "hinter", "Angriff", "behind").
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
     * A claim (a hedge, or an actor with a cue of blame) in a sentence with no attribution, no
     * reporting verb, no quotation and no reported speech. The marker covers the hedge, or the actor
     * nearest the cue of blame.
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
            for (Pattern cue : lexicon.claimCues()) {
                Matcher m = cue.matcher(sentence);
                if (m.find()) {
                    int cueStart = m.start();
                    int cueEnd = m.end();
                    trigger = markers.stream().filter(a -> a.type() == MarkerType.ACTOR)
                            .min(Comparator.comparingInt((FramingMarker a) -> distance(a, cueStart, cueEnd))
                                    .thenComparingInt(FramingMarker::start));
                    break;
                }
            }
        }
        return trigger.map(t -> new FramingMarker(MarkerType.UNATTRIBUTED, t.text(), t.start(), t.end(), t.type().id()));
    }

    private static int distance(FramingMarker m, int start, int end) {
        if (m.end() <= start) {
            return start - m.end();
        }
        return m.start() >= end ? m.start() - end : 0;
    }
}
