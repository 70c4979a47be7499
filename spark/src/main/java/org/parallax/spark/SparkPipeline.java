package org.parallax.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parallax.cluster.ClusterOptions;
import org.parallax.cluster.ClusterSteps;
import org.parallax.io.AtomicFiles;
import org.parallax.model.Article;
import org.parallax.model.Language;
import org.parallax.pile.PileRecord;
import org.parallax.profile.OutletProfile;
import org.parallax.profile.OutletsCsvWriter;
import org.parallax.site.FailedEvent;
import org.parallax.site.SiteBuilder;
import scala.Tuple2;

/**
 * The pile-to-site job on Spark: the same steps as {@code parallax cluster} followed by
 * {@code parallax build}, spread over executors.
 * <ol>
 *   <li>the pile's files are read and their articles loaded on the executors
 *       ({@link org.parallax.pile.PileReader}, {@link org.parallax.pipeline.ArticleLoader});</li>
 *   <li>shingles found in more than the common share of the articles are dropped, as the clusterer
 *       drops them; MLlib's {@link MinHashLSH} gives each article its MinHash values, which are cut
 *       into the clusterer's bands ({@link ClusterSteps#bandKeys}); the articles of one band's bucket
 *       are paired by the clusterer's rule ({@link ClusterSteps#pairsInBucket}: inside the window, at
 *       most its neighbours each), so that no step compares all pairs;</li>
 *   <li>each candidate pair is aligned on an executor and confirmed at the clusterer's similarity;</li>
 *   <li>the driver groups the confirmed pairs into events by the clusterer's rule
 *       ({@link ClusterSteps#group});</li>
 *   <li>each event is written into {@code PARQUET/corpus} as {@code cluster} writes its corpus, then
 *       compared and written into the site on an executor ({@link EventJob}), as {@code build} does
 *       with that corpus, and what each of its outlets shows in it is counted; the driver sums those
 *       into the outlets' profiles and writes them and the index page
 *       ({@link SiteBuilder#writeTop}, as {@code build} does);</li>
 *   <li>the tables {@code articles}, {@code units}, {@code claims} and {@code outlets} are written as
 *       Parquet into {@code PARQUET/articles}, {@code PARQUET/units}, {@code PARQUET/claims} and
 *       {@code PARQUET/outlets}.</li>
 * </ol>
 * The pile, the site and the Parquet folder must lie on a file system that the driver and every
 * executor see under the same path. The site is built beside its target and moved into place at the
 * end, so a failed run leaves the old site as it was.
 */
public final class SparkPipeline {

    /** Feature space of the shingle vectors, the clusterer's; below MinHashLSH's prime (2,038,074,743). */
    static final int FEATURES = ClusterSteps.FEATURES;

    private final SparkSession spark;
    private final ClusterOptions options;
    private final Settings settings;
    private final boolean strict;
    private final EventJob.Runner runner;

    /**
     * The job with the default pipeline and site settings; an event that fails is listed and the
     * others are built.
     */
    public SparkPipeline(SparkSession spark, ClusterOptions options) {
        this(spark, options, Settings.defaults(), false);
    }

    /**
     * @param settings the pipeline's and the site's options, as {@code build} takes them
     * @param strict   when true the first event that fails fails the run, as {@code build --strict}
     */
    SparkPipeline(SparkSession spark, ClusterOptions options, Settings settings, boolean strict) {
        this(spark, options, settings, strict, EventJob::run);
    }

    private SparkPipeline(SparkSession spark, ClusterOptions options, Settings settings, boolean strict,
            EventJob.Runner runner) {
        this.spark = spark;
        this.options = options;
        this.settings = settings;
        this.strict = strict;
        this.runner = runner;
    }

    /** This job building each event with {@code other} (for tests: an event that fails). */
    SparkPipeline withRunner(EventJob.Runner other) {
        return new SparkPipeline(spark, options, settings, strict, other);
    }

    /**
     * What a run did.
     *
     * @param articles       articles read and loaded
     * @param bad            records that could not be read or loaded
     * @param candidatePairs pairs the LSH proposed inside the window
     * @param confirmedPairs pairs the aligner confirmed
     * @param events         events found, each with its members (pile locations, the pivot first),
     *                       the failed ones included
     * @param failed         events that could not be built, by slug, as {@code build-errors.txt} lists them
     */
    public record Summary(int articles, int bad, long candidatePairs, long confirmedPairs, List<List<String>> events,
            List<FailedEvent> failed) {
    }

    /** What the aligner needs of an article to confirm a pair. */
    record Side(String language, String languageTag, String outlet, List<String> sentences) implements Serializable {
    }

    /** One record of the pile after loading. */
    record Loaded(int file, int record, String location, String error, int day, String language, String languageTag,
            int[] features, List<String> sentences, String slug, String outlet, String title, String url,
            String published) implements Serializable {

        /** The record without its sentences and shingles: what the driver needs of an event's member. */
        Loaded slim() {
            return new Loaded(file, record, location, error, day, language, languageTag, new int[0], List.of(), slug,
                    outlet, title, url, published);
        }
    }

    /**
     * Runs the job.
     *
     * @param input   the pile: a file or a folder
     * @param site    the site folder to build (replaced when it exists)
     * @param parquet the folder of the Parquet tables and the corpus; must not exist or be empty;
     *                removed again when the run fails
     * @throws IllegalArgumentException for a missing pile or an unusable output folder
     */
    public Summary run(Path input, Path site, Path parquet) {
        Path siteAbs = site.toAbsolutePath().normalize();
        Path parquetAbs = parquet.toAbsolutePath().normalize();
        checkEmpty(parquetAbs);
        if (Files.exists(siteAbs) && !Files.isDirectory(siteAbs)) {
            throw new IllegalArgumentException(site + ": exists and is not a folder");
        }
        settings.checked();
        List<PileFiles.PileFile> files = PileFiles.list(input);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
        int shingleWords = options.shingleWords();
        Settings run = settings;

        // 1. read and load, on the executors. parallelize cuts the file list into consecutive slices
        // and flatMap keeps the order within each, so the records stay in pile order
        JavaRDD<Loaded> loaded = jsc.parallelize(files, slices).flatMap(f -> load(f, run, shingleWords).iterator()).cache();
        JavaRDD<Loaded> good = loaded.filter(l -> l.error() == null);
        // the article's index: its place among the loaded articles in pile order
        JavaPairRDD<Loaded, Long> indexed = good.zipWithIndex().cache();
        int n = (int) indexed.count();
        int bad = (int) loaded.filter(l -> l.error() != null).count();

        // 2. common shingles out, as the clusterer leaves them out
        long limit = Math.max(options.commonFloor(), (long) Math.ceil(options.commonShare() * n));
        List<Integer> common = indexed.flatMapToPair(t -> Arrays.stream(t._1().features())
                        .mapToObj(f -> new Tuple2<>(f, 1L)).iterator())
                .reduceByKey(Long::sum).filter(t -> t._2() > limit).keys().collect();
        Broadcast<Set<Integer>> drop = jsc.broadcast(new HashSet<>(common));
        StructType docSchema = new StructType()
                .add("idx", DataTypes.IntegerType).add("day", DataTypes.IntegerType)
                .add("features", SQLDataTypes.VectorType());
        JavaRDD<Row> docRows = indexed.flatMap(t -> {
            Loaded l = t._1();
            Set<Integer> dropped = drop.value();
            int[] kept = Arrays.stream(l.features()).filter(f -> !dropped.contains(f)).toArray();
            if (kept.length == 0) {
                return List.<Row>of().iterator(); // without shingles an article is never a candidate
            }
            double[] ones = new double[kept.length];
            Arrays.fill(ones, 1);
            return List.of(RowFactory.create(t._2().intValue(), l.day(), Vectors.sparse(FEATURES, kept, ones))).iterator();
        });
        Dataset<Row> docs = spark.createDataFrame(docRows, docSchema);

        // 3. candidates: MLlib's MinHashLSH gives each article its MinHash values (one a hash table), cut
        // into the clusterer's bands; the articles of one band's bucket are paired by the clusterer's rule
        // (in the window, at most its neighbours). MLlib's own join ORs single values, which at 100,000
        // articles proposes nearly every pair that shares a word
        int bands = options.bands();
        int rows = options.rows();
        int window = options.windowDays();
        int neighbours = options.maxNeighbours();
        // MinHashLSH takes the vector size from the first row: without any row there is no pair
        JavaRDD<Long> candidatePairs = docs.isEmpty() ? jsc.emptyRDD() : new MinHashLSH()
                .setNumHashTables(bands * rows).setSeed(ClusterSteps.MINHASH_SEED)
                .setInputCol("features").setOutputCol("hashes")
                .fit(docs).transform(docs).select("idx", "day", "hashes").javaRDD()
                .flatMapToPair(r -> {
                    List<Vector> hashes = r.getList(2);
                    long[] signature = new long[hashes.size()];
                    for (int k = 0; k < signature.length; k++) {
                        signature[k] = (long) hashes.get(k).apply(0);
                    }
                    int[] keys = ClusterSteps.bandKeys(signature, bands, rows);
                    List<Tuple2<Long, int[]>> out = new ArrayList<>(keys.length);
                    for (int b = 0; b < keys.length; b++) {
                        long bucket = (long) b << 32 | (keys[b] & 0xFFFFFFFFL);
                        out.add(new Tuple2<>(bucket, new int[] {r.getInt(0), r.getInt(1)}));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMap(t -> {
                    List<int[]> bucket = new ArrayList<>();
                    t._2().forEach(bucket::add);
                    if (bucket.size() < 2) {
                        return List.<Long>of().iterator();
                    }
                    int[] members = bucket.stream().mapToInt(m -> m[0]).toArray();
                    int[] memberDays = bucket.stream().mapToInt(m -> m[1]).toArray();
                    return Arrays.stream(ClusterSteps.pairsInBucket(members, memberDays, window, neighbours)).boxed()
                            .iterator();
                })
                .distinct();

        // each candidate aligned on an executor, with its two articles' sentences joined to it
        JavaPairRDD<Integer, Side> sides = indexed.mapToPair(t -> new Tuple2<>(t._2().intValue(),
                new Side(t._1().language(), t._1().languageTag(), t._1().outlet(), t._1().sentences())));
        JavaRDD<double[]> pairs = candidatePairs
                .mapToPair(p -> new Tuple2<>((int) (p >>> 32), (int) (long) p))
                .join(sides)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(sides)
                .map(t -> {
                    int a = t._2()._1()._1();
                    int b = t._1();
                    Side left = t._2()._1()._2();
                    Side right = t._2()._2();
                    double sim = ClusterSteps.sameLanguage(left.languageTag(), right.languageTag())
                            ? ClusterSteps.similarity(Worker.get(run).options, Language.of(left.language()),
                                    left.sentences(), right.sentences(),
                                    ClusterSteps.sameOutlet(left.outlet(), right.outlet()))
                            : 0;
                    return new double[] {a, b, sim};
                });
        List<double[]> found = pairs.collect();
        long[] candidates = new long[found.size()];
        double[] sims = new double[found.size()];
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> key(found.get(i))));
        long confirmed = 0;
        for (int i = 0; i < order.length; i++) {
            double[] p = found.get(order[i]);
            candidates[i] = key(p);
            sims[i] = p[2];
            if (p[2] >= options.minSimilarity()) {
                confirmed++;
            }
        }

        // 4. the clusterer's grouping rule, on the driver
        int[] days = new int[n];
        indexed.mapToPair(t -> new Tuple2<>(t._2().intValue(), t._1().day())).collect()
                .forEach(t -> days[t._1()] = t._2());
        List<int[]> groups = ClusterSteps.group(days, candidates, sims, options.minSimilarity());
        Set<Integer> members = new HashSet<>();
        groups.forEach(g -> Arrays.stream(g).forEach(members::add));
        Broadcast<Set<Integer>> wanted = jsc.broadcast(members);
        Map<Integer, Loaded> memberRows = new HashMap<>(indexed.filter(t -> wanted.value().contains(t._2().intValue()))
                .mapToPair(t -> new Tuple2<>(t._2().intValue(), t._1().slim())).collectAsMap());
        List<String> baseSlugs = groups.stream().map(g -> memberRows.get(g[0]).slug()).toList();
        List<String> slugs = ClusterSteps.uniqueSlugs(baseSlugs);
        List<EventJob.Task> tasks = new ArrayList<>();
        List<List<String>> events = new ArrayList<>();
        for (int e = 0; e < groups.size(); e++) {
            List<EventJob.Member> m = new ArrayList<>();
            for (int i : groups.get(e)) {
                Loaded l = memberRows.get(i);
                m.add(new EventJob.Member(i, l.location(), files.get(l.file())));
            }
            tasks.add(new EventJob.Task(slugs.get(e), m));
            events.add(m.stream().map(EventJob.Member::location).toList());
        }

        // 5. each event compared and written on an executor; the index on the driver. Events in the
        // order of their pivot's file, so that the events of one file go to the same task
        tasks.sort(Comparator.comparingInt(t -> t.members().get(0).file().index()));
        Path tmp = AtomicFiles.temporaryFolderBeside(siteAbs);
        boolean done = false;
        SiteBuilder.SiteResult top;
        try {
            Path corpusDir = Files.createDirectories(parquetAbs.resolve("corpus"));
            String corpusPath = corpusDir.toString();
            String sitePath = tmp.toString();
            EventJob.Runner eventRunner = runner;
            boolean strictRun = strict;
            JavaRDD<EventJob.Result> results = tasks.isEmpty() ? jsc.emptyRDD()
                    : jsc.parallelize(tasks, Math.min(tasks.size(), jsc.defaultParallelism() * 4))
                            .map(t -> EventJob.runOrFail(eventRunner, t, run, Path.of(corpusPath), Path.of(sitePath),
                                    strictRun)).cache();
            List<SiteBuilder.BuiltEvent> built = new ArrayList<>();
            List<FailedEvent> failures = new ArrayList<>();
            for (EventJob.Result r : results.map(EventJob.Result::slim).collect()) {
                if (r.failed()) {
                    failures.add(new FailedEvent(r.slug(), corpusDir.resolve(r.slug()), r.failure()));
                } else {
                    built.add(r.event());
                }
            }
            top = SiteBuilder.writeTop(Worker.get(run).reports.renderer(), built, failures, tmp, run.base());
            writeTables(indexed, loaded, results, top.outlets(), parquetAbs);
            AtomicFiles.replaceFolder(tmp, siteAbs);
            tmp = null;
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException(site + ": cannot write the site: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                AtomicFiles.deleteTree(tmp);
            }
            if (!done) {
                AtomicFiles.deleteTree(parquetAbs);
            }
        }
        return new Summary(n, bad, candidates.length, confirmed, events, top.failed());
    }

    private static long key(double[] pair) {
        return (long) pair[0] << 32 | (long) pair[1];
    }

    /** Reads one file of the pile and loads its articles. */
    static List<Loaded> load(PileFiles.PileFile file, Settings settings, int shingleWords) {
        Worker worker = Worker.get(settings);
        List<Loaded> out = new ArrayList<>();
        List<Worker.Read> reads = worker.read(file);
        for (int k = 0; k < reads.size(); k++) {
            Worker.Read r = reads.get(k);
            if (r.bad() != null) {
                out.add(failed(file.index(), k, r.bad().location(), r.bad().reason()));
                continue;
            }
            PileRecord record = r.record();
            String[] error = new String[1];
            Article a = worker.load(record, "a1", error);
            if (a == null) {
                out.add(failed(file.index(), k, record.location(), error[0]));
                continue;
            }
            int day = ClusterSteps.day(a);
            long[] shingles = ClusterSteps.shingles(a, shingleWords);
            int[] features = Arrays.stream(shingles).mapToInt(Math::toIntExact).toArray(); // sorted, distinct
            out.add(new Loaded(file.index(), k, record.location(), null, day, a.metadata().language().tag(),
                    ClusterSteps.languageTag(a), features, a.sentenceTexts(), ClusterSteps.eventSlug(a, day),
                    a.metadata().outlet(), a.metadata().title(), a.metadata().url(), a.metadata().published()));
        }
        return out;
    }

    private static Loaded failed(int file, int record, String location, String error) {
        return new Loaded(file, record, location, error, ClusterSteps.UNDATED, "", "", new int[0], List.of(), "",
                "", "", "", "");
    }

    private void writeTables(JavaPairRDD<Loaded, Long> indexed, JavaRDD<Loaded> loaded,
            JavaRDD<EventJob.Result> results, List<OutletProfile> outlets, Path parquet) {
        StructType memberSchema = new StructType().add("idx", DataTypes.IntegerType).add("event", DataTypes.StringType)
                .add("file", DataTypes.StringType).add("similarity", DataTypes.DoubleType)
                .add("event_error", DataTypes.StringType);
        Dataset<Row> memberTable = spark.createDataFrame(results.flatMap(r -> r.members().stream()
                .map(m -> RowFactory.create(m.index(), m.event(), m.file(), m.similarity(), m.error())).iterator()),
                memberSchema);
        StructType articleSchema = new StructType().add("idx", DataTypes.IntegerType)
                .add("article", DataTypes.StringType).add("outlet", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("url", DataTypes.StringType)
                .add("language", DataTypes.StringType).add("published", DataTypes.StringType)
                .add("sentences", DataTypes.IntegerType).add("error", DataTypes.StringType);
        JavaRDD<Row> good = indexed.map(t -> {
            Loaded l = t._1();
            return RowFactory.create(t._2().intValue(), l.location(), l.outlet(), l.title(), l.url(), l.language(),
                    l.published(), l.sentences().size(), null);
        });
        JavaRDD<Row> badRows = loaded.filter(l -> l.error() != null).map(l -> RowFactory.create(null, l.location(),
                null, null, null, null, null, null, l.error()));
        Dataset<Row> articles = spark.createDataFrame(good.union(badRows), articleSchema)
                .join(memberTable, scala.jdk.javaapi.CollectionConverters.asScala(List.of("idx")).toSeq(), "left_outer")
                .select(col("article"), col("outlet"), col("title"), col("url"), col("language"), col("published"),
                        col("sentences"), col("event"), col("file"), col("similarity"),
                        coalesce(col("error"), col("event_error")).as("error"))
                .orderBy("article");
        articles.write().mode(SaveMode.ErrorIfExists).parquet(parquet.resolve("articles").toString());

        StructType unitSchema = new StructType().add("event", DataTypes.StringType).add("left", DataTypes.StringType)
                .add("right", DataTypes.StringType).add("unit", DataTypes.StringType).add("kind", DataTypes.StringType)
                .add("moved", DataTypes.BooleanType).add("score", DataTypes.DoubleType)
                .add("left_sentences", DataTypes.createArrayType(DataTypes.IntegerType))
                .add("right_sentences", DataTypes.createArrayType(DataTypes.IntegerType))
                .add("left_text", DataTypes.StringType).add("right_text", DataTypes.StringType);
        spark.createDataFrame(results.flatMap(r -> r.units().stream().map(u -> RowFactory.create(u.event(), u.left(),
                        u.right(), u.unit(), u.kind(), u.moved(), u.score(), u.leftSentences().toArray(new Integer[0]),
                        u.rightSentences().toArray(new Integer[0]), u.leftText(), u.rightText())).iterator()), unitSchema)
                .write().mode(SaveMode.ErrorIfExists).parquet(parquet.resolve("units").toString());

        StructType claimSchema = new StructType().add("event", DataTypes.StringType).add("claim", DataTypes.StringType)
                .add("outlets", DataTypes.IntegerType).add("article", DataTypes.StringType)
                .add("kind", DataTypes.StringType).add("sentences", DataTypes.createArrayType(DataTypes.IntegerType))
                .add("text", DataTypes.StringType);
        spark.createDataFrame(results.flatMap(r -> r.claimRows().stream().map(c -> RowFactory.create(c.event(),
                        c.claim(), c.outlets(), c.article(), c.kind(), c.sentences().toArray(new Integer[0]),
                        c.text())).iterator()), claimSchema)
                .write().mode(SaveMode.ErrorIfExists).parquet(parquet.resolve("claims").toString());

        // one row per outlet, in the order and with the columns of outlets.csv; counts as integers, rates as
        // the exact per cent (outlets.csv rounds them to one decimal)
        StructType outletSchema = new StructType().add("outlet", DataTypes.StringType).add("slug", DataTypes.StringType)
                .add("events", DataTypes.IntegerType).add("articles", DataTypes.IntegerType)
                .add("sentences", DataTypes.IntegerType).add("hedges_low", DataTypes.IntegerType)
                .add("hedge_rate", DataTypes.DoubleType).add("hedges_high", DataTypes.IntegerType)
                .add("certainty_rate", DataTypes.DoubleType).add("attributions_named", DataTypes.IntegerType)
                .add("attributions_anonymous", DataTypes.IntegerType).add("named_sources", DataTypes.IntegerType)
                .add("top_actors", DataTypes.StringType).add("omitted_claims", DataTypes.IntegerType)
                .add("leads", DataTypes.IntegerType).add("leads_majority", DataTypes.IntegerType)
                .add("lead_majority_share", DataTypes.DoubleType).add("leads_unique", DataTypes.IntegerType)
                .add("lead_unique_share", DataTypes.DoubleType);
        List<Row> outletRows = outlets.stream().map(p -> RowFactory.create(p.name(), p.id().slug(), p.events().size(),
                p.articles(), p.sentences(), p.hedgesLow(), p.hedgeRate(), p.hedgesHigh(), p.certaintyRate(),
                p.attributionsNamed(), p.attributionsAnonymous(), p.namedSources().size(), OutletsCsvWriter.topActors(p),
                p.omitted().size(), p.leads(), p.leadsMajority(), p.leadMajorityShare(), p.leadsUnique(),
                p.leadUniqueShare())).toList();
        spark.createDataFrame(outletRows, outletSchema).coalesce(1)
                .write().mode(SaveMode.ErrorIfExists).parquet(parquet.resolve("outlets").toString());
    }

    private static void checkEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": exists and is not a folder");
        }
        try (Stream<Path> s = Files.list(folder)) {
            if (s.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + ": exists and is not empty; choose a new Parquet folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }
}
