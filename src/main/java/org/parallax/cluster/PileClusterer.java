package org.parallax.cluster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.parallax.align.SentenceAligner;
import org.parallax.align.SentenceAligners;
import org.parallax.ingest.ArticleReadException;
import org.parallax.model.Article;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.Language;
import org.parallax.model.TextBlock;
import org.parallax.model.Sentence;
import org.parallax.pile.BadRecord;
import org.parallax.pile.PileReader;
import org.parallax.pile.PileRecord;
import org.parallax.pile.PileSink;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.PipelineOptions;

/**
 * From a pile to a corpus: reads the pile ({@link PileReader}), takes every article through the
 * pipeline's first stages (boilerplate removal, sentences, comparison forms with the run's
 * normaliser), groups the articles into events ({@link ArticleClusterer}, confirming candidates with
 * the sentence aligner's pair similarity, as {@code compare} aligns), and writes the corpus
 * ({@link CorpusWriter}). An article whose date cannot be read is clustered without the date window:
 * it may join any event whose articles it matches. Thread-safe; deterministic.
 */
public final class PileClusterer {

    private final PipelineOptions pipeline;
    private final ClusterOptions options;
    private final ArticleLoader loader;
    private final MinHasher shingler;

    public PileClusterer(PipelineOptions pipeline, ClusterOptions options) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.options = Objects.requireNonNull(options, "options");
        this.loader = new ArticleLoader(pipeline);
        this.shingler = new MinHasher(options.shingleWords(), 0);
    }

    /**
     * What a run did.
     *
     * @param articles       articles read and clustered
     * @param bad            records that could not be read, in pile order
     * @param skipped        records that are no articles (WARC requests, images)
     * @param events         events written
     * @param inEvents       articles in some event
     * @param candidatePairs pairs the LSH proposed
     * @param confirmedPairs pairs the aligner confirmed
     */
    public record Summary(int articles, List<BadRecord> bad, int skipped, int events, int inEvents,
            int candidatePairs, int confirmedPairs) {
        public Summary {
            bad = List.copyOf(bad);
        }
    }

    /**
     * One article as loaded: what the aligner and the writer need of it, and nothing more, so that a
     * large pile fits in memory.
     *
     * @param location  its place in the pile
     * @param file      the article file, when the article is a file of its own
     * @param metadata  its metadata, the language as detected
     * @param blocks    the blocks as read, for an article that is not a file of its own (else empty)
     * @param sentences its sentences after boilerplate removal
     * @param day       its epoch day, or {@link CandidateFinder#UNDATED}
     */
    record Loaded(String location, Optional<Path> file, ArticleMetadata metadata, List<TextBlock> blocks,
            List<String> sentences, int day) {

        /** What is kept of {@code article}, read from {@code record}: its blocks only when no file holds them. */
        static Loaded of(PileRecord record, Article article, int day) {
            return new Loaded(record.location(), record.file(), article.metadata(),
                    record.file().isPresent() ? List.of() : record.article().blocks(), article.sentenceTexts(), day);
        }
    }

    /** Articles are loaded in batches of this many, so that only one batch is held as read. */
    private static final int BATCH = 2048;

    /**
     * Clusters the pile {@code input} into the new corpus folder {@code corpus}.
     *
     * @param progress told of each stage, one line each
     * @throws IllegalArgumentException when the input does not exist, or the corpus folder exists and
     *                                  is not empty
     */
    public Summary cluster(Path input, Path corpus, Consumer<String> progress) {
        CorpusWriter writer = new CorpusWriter(corpus);
        writer.checkTarget();
        long start = System.nanoTime();
        Consumer<String> timed = line -> progress.accept(line + String.format(java.util.Locale.ROOT, " (%.1f s)",
                (System.nanoTime() - start) / 1e9));
        List<Loaded> articles = new ArrayList<>();
        List<ArticleClusterer.Doc> docs = new ArrayList<>();
        List<BadRecord> bad = new ArrayList<>();
        List<PileRecord> batch = new ArrayList<>();
        int[] skipped = {0};
        new PileReader().read(input, new PileSink() {
            @Override
            public void article(PileRecord record) {
                batch.add(record);
                if (batch.size() == BATCH) {
                    load(batch, articles, docs, bad);
                    batch.clear();
                }
            }

            @Override
            public void bad(BadRecord record) {
                bad.add(record);
            }

            @Override
            public void skipped(String location, String why) {
                skipped[0]++;
            }
        });
        load(batch, articles, docs, bad);
        bad.sort(java.util.Comparator.comparing(BadRecord::location, PileClusterer::compareLocations));
        timed.accept("read, loaded and shingled " + articles.size() + " articles; " + bad.size() + " bad records");
        ArticleClusterer.Clustering clustering = new ArticleClusterer(options).cluster(docs, (a, b) -> {
            Loaded left = articles.get(a);
            Loaded right = articles.get(b);
            return ClusterSteps.similarity(aligner(left.metadata().language()).align(left.sentences(),
                    right.sentences()), left.sentences(), right.sentences(),
                    ClusterSteps.sameOutlet(left.metadata().outlet(), right.metadata().outlet()));
        });
        docs.clear();
        timed.accept(clustering.candidatePairs() + " candidate pairs, " + clustering.confirmedPairs()
                + " confirmed, " + clustering.events().size() + " events");
        writer.write(articles, clustering, bad);
        timed.accept("corpus written");
        int inEvents = clustering.events().stream().mapToInt(e -> e.members().length).sum();
        return new Summary(articles.size(), bad, skipped[0], clustering.events().size(), inEvents,
                clustering.candidatePairs(), clustering.confirmedPairs());
    }

    /** Loads a batch of records in parallel and appends them, in order, to the lists. */
    private void load(List<PileRecord> records, List<Loaded> articles, List<ArticleClusterer.Doc> docs,
            List<BadRecord> bad) {
        Loaded[] loaded = new Loaded[records.size()];
        ArticleClusterer.Doc[] shingled = new ArticleClusterer.Doc[records.size()];
        String[] failures = new String[records.size()];
        int offset = articles.size();
        parallel(records.size(), i -> {
            PileRecord r = records.get(i);
            try {
                Article a = loader.load(r.article(), "a" + (offset + i + 1));
                int day = PublicationDate.parse(a.metadata().published())
                        .map(LocalDate::toEpochDay).map(Math::toIntExact).orElse(CandidateFinder.UNDATED);
                loaded[i] = Loaded.of(r, a, day);
                List<String> forms = a.sentences().stream().map(Sentence::normal).toList();
                shingled[i] = new ArticleClusterer.Doc(day, a.metadata().language().withoutRegion().tag(),
                        shingler.shingles(forms));
            } catch (ArticleReadException e) {
                failures[i] = e.getMessage();
            }
        });
        for (int i = 0; i < loaded.length; i++) {
            if (loaded[i] != null) {
                articles.add(loaded[i]);
                docs.add(shingled[i]);
            } else {
                bad.add(new BadRecord(records.get(i).location(), failures[i]));
            }
        }
    }

    private SentenceAligner aligner(Language language) {
        return SentenceAligners.forLanguage(language.withoutRegion(), pipeline.normaliser());
    }

    /** Pile order of locations: by file, then by line or offset as numbers. */
    static int compareLocations(String a, String b) {
        int sa = Math.max(a.lastIndexOf(':'), a.lastIndexOf('@'));
        int sb = Math.max(b.lastIndexOf(':'), b.lastIndexOf('@'));
        Optional<Long> na = number(a, sa);
        Optional<Long> nb = number(b, sb);
        if (na.isPresent() && nb.isPresent()) {
            int byFile = a.substring(0, sa).compareTo(b.substring(0, sb));
            return byFile != 0 ? byFile : Long.compare(na.get(), nb.get());
        }
        return a.compareTo(b);
    }

    private static Optional<Long> number(String s, int at) {
        if (at < 0 || at == s.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(s.substring(at + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void parallel(int n, java.util.function.IntConsumer task) {
        ArticleClusterer.parallel(options.threads(), n, task);
    }
}
