package org.parallax.pipeline;

import org.parallax.model.Language;

import org.parallax.model.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.align.Alignment;
import org.parallax.model.AlignmentUnit;
import org.parallax.align.PreparedSentences;
import org.parallax.align.SentenceAligner;
import org.parallax.align.SentenceAligners;
import org.parallax.claims.ClaimGrouper;
import org.parallax.model.AlignedSegment;
import org.parallax.diff.WordDiffer;
import org.parallax.model.ArticleFraming;
import org.parallax.frame.ArticleContrastFinder;
import org.parallax.frame.AttributionTableBuilder;
import org.parallax.frame.FramingAnalyser;
import org.parallax.frame.FramingComparer;
import org.parallax.model.FramingDifference;
import org.parallax.model.FramingMarker;
import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;

/**
 * Compares loaded articles: aligns every pair (the pivot, the first article, against each other one
 * first, then the remaining pairs), diffs each unit word by word, compares the framing of its two
 * sides, and groups all sentences into claims. Checks that nothing is lost before it returns.
 * Thread-safe.
 */
public final class Comparer {

    private final WordDiffer differ;
    private final FramingComparer framingComparer;
    private final ArticleContrastFinder contrastFinder;
    private final AttributionTableBuilder attributionBuilder = new AttributionTableBuilder();
    private final PipelineOptions options;
    private final Map<Language, FramingAnalyser> analysers = new ConcurrentHashMap<>();
    private final Map<Language, SentenceAligner> aligners = new ConcurrentHashMap<>();

    public Comparer(PipelineOptions options) {
        this.options = options;
        this.differ = WordDiffer.defaults().withNormaliser(options.normaliser());
        this.framingComparer = new FramingComparer(options.normaliser());
        this.contrastFinder = new ArticleContrastFinder(options.normaliser());
    }

    /**
     * Compares {@code articles}, the first being the pivot.
     *
     * @param title the report's title; when empty, the pivot's title or first sentence
     */
    public Comparison compare(String title, List<Article> articles) {
        Map<String, List<List<FramingMarker>>> markers = new LinkedHashMap<>();
        Map<String, ArticleFraming> framing = new LinkedHashMap<>();
        for (Article a : articles) {
            FramingAnalyser analyser = analyser(a.metadata().language());
            List<List<FramingMarker>> perSentence = new ArrayList<>();
            List<FramingMarker> all = new ArrayList<>();
            for (String s : a.sentenceTexts()) {
                List<FramingMarker> m = analyser.analyse(s);
                perSentence.add(m);
                all.addAll(m);
            }
            markers.put(a.id(), perSentence);
            framing.put(a.id(), ArticleFraming.of(all));
        }
        // each article is prepared once per aligner (the left article's language) and reused in all its pairs
        Map<Language, PreparedSentences[]> prepared = new HashMap<>();
        List<PairComparison> pairs = new ArrayList<>();
        for (int j = 1; j < articles.size(); j++) {
            pairs.add(pair(articles, 0, j, markers, prepared));
        }
        for (int i = 1; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                pairs.add(pair(articles, i, j, markers, prepared));
            }
        }
        var claims = new ClaimGrouper(differ::alignedDiff).group(articles, pairs);
        Comparison comparison = new Comparison(title(title, articles), articles, pairs, claims, framing, markers,
                attributionBuilder.build(articles, markers));
        NothingLostCheck.verify(comparison);
        return comparison;
    }

    private PairComparison pair(List<Article> articles, int li, int ri, Map<String, List<List<FramingMarker>>> markers,
                                Map<Language, PreparedSentences[]> prepared) {
        Article left = articles.get(li);
        Article right = articles.get(ri);
        Language language = left.metadata().language().withoutRegion();
        SentenceAligner aligner = aligners.computeIfAbsent(language,
                lang -> SentenceAligners.forLanguage(lang, options.normaliser()));
        PreparedSentences[] forAligner = prepared.computeIfAbsent(language, l -> new PreparedSentences[articles.size()]);
        Alignment alignment = aligner.align(prepare(aligner, forAligner, articles, li), prepare(aligner, forAligner, articles, ri));
        List<UnitComparison> units = new ArrayList<>();
        List<List<FramingMarker>> lm = markers.get(left.id());
        List<List<FramingMarker>> rm = markers.get(right.id());
        for (AlignmentUnit u : alignment.units()) {
            List<AlignedSegment> diff = u.left().isEmpty() || u.right().isEmpty()
                    ? List.of()
                    : differ.alignedDiff(left.text(u.left()), right.text(u.right()));
            List<FramingDifference> framing = u.left().isEmpty() || u.right().isEmpty()
                    ? List.of()
                    : framingComparer.compare(collect(lm, u.left()), collect(rm, u.right()));
            units.add(new UnitComparison("u" + (units.size() + 1), u, diff, framing));
        }
        return new PairComparison(left.id(), right.id(), alignment.similarity(), units,
                contrastFinder.find(lm, rm, units));
    }

    private static PreparedSentences prepare(SentenceAligner aligner, PreparedSentences[] prepared, List<Article> articles,
                                             int index) {
        if (prepared[index] == null) {
            prepared[index] = aligner.prepare(articles.get(index).sentenceTexts());
        }
        return prepared[index];
    }

    private static List<FramingMarker> collect(List<List<FramingMarker>> perSentence, List<Integer> indices) {
        List<FramingMarker> out = new ArrayList<>();
        for (int i : indices) {
            out.addAll(perSentence.get(i));
        }
        return out;
    }

    private FramingAnalyser analyser(Language language) {
        return analysers.computeIfAbsent(language.withoutRegion(), lang -> {
            FramingAnalyser analyser = FramingAnalyser.forLanguage(lang);
            return options.lexiconFile().map(analyser::withLexicon).orElse(analyser);
        });
    }

    private static String title(String title, List<Article> articles) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (articles.isEmpty()) {
            return "Parallax report";
        }
        Article pivot = articles.get(0);
        if (!pivot.metadata().title().isBlank()) {
            return pivot.metadata().title();
        }
        return pivot.sentences().isEmpty() ? pivot.metadata().outlet() : pivot.sentences().get(0).text();
    }
}
