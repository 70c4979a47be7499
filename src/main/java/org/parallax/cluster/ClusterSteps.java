package org.parallax.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.align.Alignment;
import org.parallax.align.SentenceAligners;
import org.parallax.model.AlignmentUnit;
import org.parallax.model.Article;
import org.parallax.model.Language;
import org.parallax.model.UnitKind;
import org.parallax.pile.PileRecord;
import org.parallax.pipeline.PipelineOptions;

/**
 * The steps of {@link PileClusterer} one by one, for a run that spreads them over several machines
 * and must still make the same corpus: the article's day, its shingles, the pair similarity that
 * confirms a candidate pair, the grouping rule, the event's folder name and the event's folder.
 * Stateless and thread-safe.
 */
public final class ClusterSteps {

    /** Day of an article without a readable date. */
    public static final int UNDATED = CandidateFinder.UNDATED;

    private ClusterSteps() {
    }

    /** The article's day of publication as an epoch day, or {@link #UNDATED}. */
    public static int day(Article article) {
        return PublicationDate.parse(article.metadata().published())
                .map(LocalDate::toEpochDay).map(Math::toIntExact).orElse(UNDATED);
    }

    /** The language tag that decides which articles may be one event: the language without region. */
    public static String languageTag(Article article) {
        return article.metadata().language().withoutRegion().tag();
    }

    /** Whether two articles of these language tags may be one event (an unknown language may join any). */
    public static boolean sameLanguage(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** The article's distinct shingles as feature indices below {@link #FEATURES}, sorted, as the clusterer takes them. */
    public static long[] shingles(Article article, int shingleWords) {
        return new MinHasher(shingleWords, 0).shingles(article.sentences().stream()
                .map(org.parallax.model.Sentence::normal).toList());
    }

    /**
     * How much of two articles tells the same, as the clusterer confirms a candidate pair: aligned with
     * the aligner of the left article's language, see {@link #similarity(Alignment, List, List, boolean)}.
     *
     * @param sameOutlet whether both articles are known to come from one outlet
     */
    public static double similarity(PipelineOptions pipeline, Language leftLanguage, List<String> left,
            List<String> right, boolean sameOutlet) {
        return similarity(SentenceAligners.forLanguage(leftLanguage.withoutRegion(), pipeline.normaliser())
                .align(left, right), left, right, sameOutlet);
    }

    /**
     * How much of two articles tells the same: the share of their text in aligned units, each unit
     * weighted by its score, counted once by sentences (the aligner's pair similarity) and once by
     * words, the lower of the two. By words alone, one long pair of unrelated sentences that happen to
     * be built alike ("..., said in a statement.") would join two short articles; by sentences alone,
     * short lines found under many articles ("Via SyndiGate.info", "You may also like") would. Articles
     * of one event share both: sentences and the words in them.
     *
     * <p>For two articles of one outlet, sentences they have word for word are left out: the lines an
     * outlet puts around every article ("Highlights", "This article has been adapted from its original
     * source.") say nothing about the event, and its two articles on one event are joined through what
     * they tell in other words, or through the other outlets' articles. Two articles of one outlet that
     * are the same word for word (the page saved twice) are one event.
     *
     * @param sameOutlet whether both articles are known to come from one outlet
     */
    public static double similarity(Alignment alignment, List<String> left, List<String> right, boolean sameOutlet) {
        double sentences = 0;
        double sentencesMatched = 0;
        double words = 0;
        double wordsMatched = 0;
        boolean allIdentical = true;
        for (AlignmentUnit u : alignment.units()) {
            if (u.kind() == UnitKind.IDENTICAL && sameOutlet) {
                continue;
            }
            allIdentical = false;
            int n = u.left().size() + u.right().size();
            int w = words(left, u.left()) + words(right, u.right());
            sentences += n;
            words += w;
            if (!u.left().isEmpty() && !u.right().isEmpty()) {
                sentencesMatched += u.score() * n;
                wordsMatched += u.score() * w;
            }
        }
        if (allIdentical) {
            return 1.0;
        }
        double bySentences = sentencesMatched / sentences;
        double byWords = words == 0 ? bySentences : wordsMatched / words;
        return Math.min(bySentences, byWords);
    }

    /** Whether two outlet names, as the articles give them, name one known outlet. */
    public static boolean sameOutlet(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
    }

    private static int words(List<String> sentences, List<Integer> indices) {
        int n = 0;
        for (int i : indices) {
            String s = sentences.get(i);
            boolean inWord = false;
            for (int k = 0; k < s.length(); k++) {
                boolean letter = Character.isLetterOrDigit(s.charAt(k));
                if (letter && !inWord) {
                    n++;
                }
                inWord = letter;
            }
        }
        return n;
    }

    /** Size of the feature space of {@link #shingles}: every value lies below it. */
    public static final int FEATURES = MinHasher.FEATURES;

    /** The seed of the MinHash functions, for MLlib's {@code MinHashLSH.setSeed}. */
    public static final long MINHASH_SEED = MinHasher.SEED;

    /**
     * The MinHash signature of a set of feature indices as {@code cluster} computes it: the values
     * Spark MLlib's {@code MinHashLSH} with {@code size} hash tables and {@link #MINHASH_SEED} gives.
     */
    public static long[] signature(long[] features, int size) {
        return new MinHasher(1, size).signature(features);
    }

    /**
     * The keys of a MinHash signature's {@code bands} bands of {@code rows} values, as the clusterer
     * buckets articles: two articles share a band's key when all its values agree.
     */
    public static int[] bandKeys(long[] signature, int bands, int rows) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException("a signature of " + signature.length + " values has no " + bands
                    + " bands of " + rows);
        }
        return new CandidateFinder(bands, rows, 0, 1).bandKeys(signature);
    }

    /**
     * The candidate pairs of one LSH bucket by the clusterer's rule: each article with the next ones
     * by date (then by index) at most {@code window} days later, at most {@code maxNeighbours} of them;
     * an article without a date with its next ones whatever their dates.
     *
     * @param members the articles' indices
     * @param days    each member's day, or {@link #UNDATED}
     * @return pairs as {@code (long) i << 32 | j} with {@code i < j}, sorted, without repeats
     */
    public static long[] pairsInBucket(int[] members, int[] days, int window, int maxNeighbours) {
        if (members.length != days.length) {
            throw new IllegalArgumentException("one day per member");
        }
        CandidateFinder.PairList pairs = new CandidateFinder.PairList();
        CandidateFinder.pairWithin(members, days, members.length, window, maxNeighbours, pairs::add);
        return pairs.sortedDistinct();
    }

    /**
     * The grouping rule of the clusterer: confirmed pairs joined into connected components, the pivot
     * and member order, the event order. See {@link ArticleClusterer#group}.
     *
     * @param days       each article's day, or {@link #UNDATED}
     * @param candidates pairs as {@code (long) i << 32 | j} with {@code i < j}, sorted, no repeats
     * @param sims       each pair's similarity
     * @return each event's article indices, the pivot first
     */
    public static List<int[]> group(int[] days, long[] candidates, double[] sims, double minSimilarity) {
        if (candidates.length != sims.length) {
            throw new IllegalArgumentException("one similarity per pair: " + candidates.length + " pairs, "
                    + sims.length + " similarities");
        }
        return ArticleClusterer.group(days, candidates, sims, minSimilarity);
    }

    /** The folder name an event gets when {@code pivot}, of day {@code day}, is its pivot. */
    public static String eventSlug(Article pivot, int day) {
        return CorpusWriter.eventSlug(CorpusWriter.title(pivot.metadata(), pivot.sentenceTexts()), day);
    }

    /** The events' folder names, made unique in event order as the corpus writer does. */
    public static List<String> uniqueSlugs(List<String> slugs) {
        Set<String> taken = new HashSet<>(Set.of("events.csv", "pile-errors.txt"));
        List<String> out = new ArrayList<>(slugs.size());
        for (String s : slugs) {
            out.add(CorpusWriter.unique(s, taken));
        }
        return out;
    }

    /**
     * Writes one event's folder as {@code cluster} writes it into its corpus: the articles (the pivot
     * first) and event.yaml. The folder must exist and be empty.
     *
     * @param records  the members' pile records, the pivot first
     * @param articles the members as loaded, in the same order
     * @return each member's file name in the folder, in the given order
     */
    public static List<String> writeEvent(Path dir, List<PileRecord> records, List<Article> articles) {
        if (records.size() != articles.size() || records.isEmpty()) {
            throw new IllegalArgumentException("one article per record, at least one");
        }
        List<PileClusterer.Loaded> members = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            members.add(PileClusterer.Loaded.of(records.get(i), articles.get(i), day(articles.get(i))));
        }
        try {
            return CorpusWriter.writeEvent(dir, members);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write the event: " + e.getMessage(), e);
        }
    }
}
