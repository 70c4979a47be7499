package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cluster.ClusterOptions;
import org.parallax.cluster.ClusterSteps;
import org.parallax.cluster.PileClusterer;
import org.parallax.io.CsvRows;
import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;
import org.parallax.pipeline.PipelineOptions;
import org.parallax.pipeline.ReportService;
import org.parallax.profile.OutletProfile;
import org.parallax.profile.OutletsCsvWriter;
import org.parallax.report.HtmlReportRenderer;
import org.parallax.site.CorpusEvent;
import org.parallax.site.CorpusScanner;
import org.parallax.site.SiteBuilder;

/**
 * The Spark job against the one-JVM {@code cluster} and {@code build} on the same generated pile
 * (text files, WARC and JSON Lines records, with a bad line): the same events of the same articles, the same
 * pages (but for the corpus folder they name), outlet profiles included, and tables that hold every record, every
 * unit and claim of the reports and every row of {@code outlets.csv}.
 */
class SparkPipelineTest {

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static Path pile;
    private static int records;
    private static SparkPipeline.Summary summary;
    private static PileClusterer.Summary inProcess;

    @BeforeAll
    static void runBoth() {
        pile = tmp.resolve("pile");
        records = SyntheticPile.write(pile, 60, 4, 4) + 1;
        ClusterOptions options = ClusterOptions.defaults().withThreads(2);
        inProcess = new PileClusterer(PipelineOptions.defaults(), options).cluster(pile, tmp.resolve("corpus"), l -> { });
        try (ReportService reports = new ReportService(PipelineOptions.defaults(), HtmlReportRenderer.builtIn(), w -> { })) {
            new SiteBuilder(reports, 2).build(tmp.resolve("corpus"), tmp.resolve("site-jvm"), "", (slug, done, total) -> { });
        }
        spark = SparkSession.builder().master("local[2]").appName("parallax-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        summary = new SparkPipeline(spark, options)
                .run(pile, tmp.resolve("site-spark"), tmp.resolve("tables"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void findsTheSameEventsOfTheSameArticles() throws IOException {
        assertThat(summary.articles()).isEqualTo(inProcess.articles());
        assertThat(summary.events()).hasSize(inProcess.events()).hasSizeGreaterThan(5);
        Set<Set<String>> spark = new HashSet<>();
        summary.events().forEach(e -> spark.add(new TreeSet<>(e)));
        assertThat(spark).isEqualTo(eventsOf(tmp.resolve("corpus")));
        // events of text files, of WARC records and of JSON Lines records
        assertThat(spark).anyMatch(e -> e.stream().allMatch(l -> l.endsWith(".txt")))
                .anyMatch(e -> e.stream().allMatch(l -> l.startsWith("crawl.warc@")))
                .anyMatch(e -> e.stream().allMatch(l -> l.startsWith("part-0000.jsonl:")));
        // the pivot too
        Map<String, String> pivots = new TreeMap<>();
        for (List<String> e : summary.events()) {
            pivots.put(e.get(0), e.get(0));
        }
        assertThat(pivots.keySet()).isEqualTo(pivotsOf(tmp.resolve("corpus")));
    }

    @Test
    void writesTheSamePagesButForTheCorpusFolderTheyName() throws IOException {
        List<String> jvm = files(tmp.resolve("site-jvm"));
        assertThat(files(tmp.resolve("site-spark"))).isEqualTo(jvm);
        assertThat(jvm).contains("index.html").anyMatch(f -> f.endsWith("/report.json"));
        // the pages name each article's file: the one corpus lies in tmp/corpus, the other in tmp/tables/corpus
        String sparkCorpus = tmp.resolve("tables/corpus").toString();
        String jvmCorpus = tmp.resolve("corpus").toString();
        for (String f : jvm) {
            String page = Files.readString(tmp.resolve("site-spark").resolve(f));
            assertThat(page.replace(sparkCorpus, jvmCorpus)).as(f).isEqualTo(Files.readString(tmp.resolve("site-jvm").resolve(f)));
        }
        String report = jvm.stream().filter(f -> f.endsWith("/report.json")).findFirst().orElseThrow();
        assertThat(Files.readString(tmp.resolve("site-jvm").resolve(report))).contains(jvmCorpus);
        // the outlets' profiles across events, and each event page linking its outlets to theirs
        assertThat(jvm).contains("outlets.csv").anyMatch(f -> f.startsWith("outlets/") && f.endsWith("/index.html"));
        String page = Files.readString(tmp.resolve("site-spark").resolve(report.replace("report.json", "index.html")));
        assertThat(page).contains("href=\"../outlets/");
    }

    @Test
    void theOutletsTableHoldsTheRowsOfOutletsCsv() throws IOException {
        List<Row> rows = spark.read().parquet(tmp.resolve("tables/outlets").toString()).collectAsList();
        List<String> columns = List.of(spark.read().parquet(tmp.resolve("tables/outlets").toString()).columns());
        assertThat(columns).isEqualTo(OutletsCsvWriter.COLUMNS);
        StringBuilder csv = new StringBuilder();
        CsvRows.write(csv, columns);
        for (Row r : rows) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                fields.add(v instanceof Double d ? OutletProfile.decimal(d) : String.valueOf(v));
            }
            CsvRows.write(csv, fields);
        }
        assertThat(rows).hasSizeGreaterThan(3);
        assertThat(csv.toString()).isEqualTo(Files.readString(tmp.resolve("site-jvm/outlets.csv")));
    }

    @Test
    void theTablesHoldEveryRecordAndEveryUnitAndClaimOfTheReports() {
        List<Row> articles = spark.read().parquet(tmp.resolve("tables/articles").toString()).collectAsList();
        assertThat(articles).hasSize(records);
        assertThat(articles).filteredOn(r -> !r.isNullAt(r.fieldIndex("error"))).hasSize(1)
                .allMatch(r -> r.<String>getAs("error").contains("no 'text' or 'html'"));
        assertThat(articles).filteredOn(r -> !r.isNullAt(r.fieldIndex("event"))).hasSize(inProcess.inEvents());

        int units = 0;
        int claims = 0;
        Set<String> unitTexts = new HashSet<>();
        try (ReportService reports = new ReportService(PipelineOptions.defaults(), null, w -> { })) {
            for (CorpusEvent e : new CorpusScanner().scan(tmp.resolve("corpus"))) {
                Comparison c = reports.compare(e.info().title(), e.articles());
                for (PairComparison p : c.pairs()) {
                    for (UnitComparison u : p.units()) {
                        units++;
                        unitTexts.add(e.slug() + "|" + u.anchor() + "|" + c.article(p.left()).orElseThrow().text(u.unit().left()));
                    }
                }
                claims += c.claims().stream().mapToInt(cl -> cl.members().size()).sum();
            }
        }
        List<Row> unitRows = spark.read().parquet(tmp.resolve("tables/units").toString()).collectAsList();
        assertThat(unitRows).hasSize(units);
        Set<String> sparkTexts = new HashSet<>();
        unitRows.forEach(r -> sparkTexts.add(r.getAs("event") + "|" + r.getAs("unit") + "|" + r.getAs("left_text")));
        assertThat(sparkTexts).isEqualTo(unitTexts);
        assertThat(spark.read().parquet(tmp.resolve("tables/claims").toString()).count()).isEqualTo(claims);
    }

    @Test
    void aParquetFolderThatIsNotEmptyIsRefusedBeforeAnyWork() throws IOException {
        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("x"), "x");
        assertThatThrownBy(() -> new SparkPipeline(spark, ClusterOptions.defaults())
                .run(pile, tmp.resolve("site-other"), used))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
        assertThat(tmp.resolve("site-other")).doesNotExist();
    }

    @Test
    void aPileWithoutEventsGivesAnIndexWithoutEventsAndListsEveryRecord() throws IOException {
        Path single = Files.createDirectories(tmp.resolve("single"));
        Files.writeString(single.resolve("one.txt"), "---\noutlet: Bote\npublished: 2021-07-19\nlanguage: de\n---\n"
                + "Der Rat beschließt den neuen Plan. Die Stadt begrüßt ihn.\n");
        Files.writeString(single.resolve("empty.jsonl"), "{\"outlet\": \"Leer\"}\n");
        SparkPipeline.Summary s = new SparkPipeline(spark, ClusterOptions.defaults())
                .run(single, tmp.resolve("site-single"), tmp.resolve("tables-single"));
        assertThat(s.events()).isEmpty();
        assertThat(s.articles()).isEqualTo(1);
        assertThat(s.bad()).isEqualTo(1);
        // outlets.csv as build writes it for a site without events: the header alone
        assertThat(files(tmp.resolve("site-single"))).containsExactly("index.html", "outlets.csv");
        assertThat(Files.readString(tmp.resolve("site-single/outlets.csv")))
                .isEqualTo(String.join(",", OutletsCsvWriter.COLUMNS) + "\r\n");
        assertThat(spark.read().parquet(tmp.resolve("tables-single/outlets").toString()).count()).isZero();
        assertThat(spark.read().parquet(tmp.resolve("tables-single/articles").toString()).count()).isEqualTo(2);
        assertThat(spark.read().parquet(tmp.resolve("tables-single/units").toString()).count()).isZero();
    }

    /**
     * One event that cannot be built (an executor's fault, here made by the runner) does not stop the
     * job: the other events are built, the failed one is listed on the index and in build-errors.txt,
     * its articles are listed in the articles table with why, and the run says so. The options of
     * {@code build} reach the executors: a rules file's removals are in the reports, the base URL
     * adds canonical links and a sitemap.
     */
    @Test
    void aFailedEventIsListedAndTheOthersAreBuiltWithTheRunsOptions() throws IOException {
        Path rules = Files.writeString(tmp.resolve("rules.txt"), "test-percent\tspan\t\\s*um \\d+ Prozent\n");
        Settings settings = new Settings(rules.toString(), null, false, null, "https://example.org/news");
        String victim = summaryEventSlug(1);
        SparkPipeline job = new SparkPipeline(spark, ClusterOptions.defaults(), settings, false)
                .withRunner((task, s, corpus, site) -> {
                    if (task.slug().equals(victim)) {
                        throw new IllegalStateException("the disk of this executor is full");
                    }
                    return EventJob.run(task, s, corpus, site);
                });
        Path site = tmp.resolve("site-failed");
        SparkPipeline.Summary s = job.run(pile, site, tmp.resolve("tables-failed"));

        assertThat(s.events()).hasSize(summary.events().size());
        assertThat(s.failed()).singleElement().satisfies(f -> {
            assertThat(f.slug()).isEqualTo(victim);
            assertThat(f.error()).isEqualTo("internal error: the disk of this executor is full");
        });
        assertThat(site.resolve(victim)).doesNotExist();
        assertThat(Files.readAllLines(site.resolve(SiteBuilder.ERRORS_FILE)))
                .containsExactly(victim + "\tinternal error: the disk of this executor is full");
        assertThat(Files.readString(site.resolve("index.html"))).contains(victim, "the disk of this executor is full");
        List<String> built = files(site).stream().filter(f -> f.endsWith("/report.json")).toList();
        assertThat(built).hasSize(summary.events().size() - 1);
        List<Row> failedRows = spark.read().parquet(tmp.resolve("tables-failed/articles").toString())
                .where("event = '" + victim + "'").collectAsList();
        assertThat(failedRows).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> {
            assertThat(r.<String>getAs("error")).isEqualTo("event failed: internal error: the disk of this executor is full");
            assertThat(r.isNullAt(r.fieldIndex("similarity"))).isTrue();
        });
        assertThat(spark.read().parquet(tmp.resolve("tables-failed/units").toString()).where("event = '" + victim + "'")
                .count()).isZero();

        List<String> reports = new ArrayList<>();
        for (String f : built) {
            reports.add(Files.readString(site.resolve(f)));
        }
        assertThat(reports).anyMatch(r -> r.contains("\"rule\" : \"test-percent\""));
        String slug = built.get(0).substring(0, built.get(0).indexOf('/'));
        String page = Files.readString(site.resolve(slug + "/index.html"));
        assertThat(page).contains("rel=\"canonical\"", "href=\"https://example.org/news/" + slug + "/\"");
        assertThat(site.resolve("sitemap.xml")).content().contains("<loc>https://example.org/news/");
    }

    @Test
    void aStrictRunFailsWithItsFirstFailedEventAndLeavesNothing() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site-strict"));
        Files.writeString(site.resolve("earlier.txt"), "an earlier site");
        String victim = summaryEventSlug(0);
        SparkPipeline job = new SparkPipeline(spark, ClusterOptions.defaults(), Settings.defaults(), true)
                .withRunner((task, s, corpus, out) -> {
                    if (task.slug().equals(victim)) {
                        throw new IllegalStateException("the disk of this executor is full");
                    }
                    return EventJob.run(task, s, corpus, out);
                });
        assertThatThrownBy(() -> job.run(pile, site, tmp.resolve("tables-strict")))
                .hasMessageContaining("the disk of this executor is full");
        assertThat(files(site)).containsExactly("earlier.txt");
        assertThat(tmp.resolve("tables-strict")).doesNotExist();
    }

    @Test
    void aRulesFileThatCannotBeReadIsRefusedBeforeAnyWork() {
        Settings settings = new Settings(tmp.resolve("no-rules.txt").toString(), null, false, null, "");
        assertThatThrownBy(() -> new SparkPipeline(spark, ClusterOptions.defaults(), settings, false)
                .run(pile, tmp.resolve("site-no-rules"), tmp.resolve("tables-no-rules")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-rules.txt: no such rules file");
        assertThat(tmp.resolve("site-no-rules")).doesNotExist();
        assertThat(tmp.resolve("tables-no-rules")).doesNotExist();
    }

    /**
     * MLlib's MinHashLSH gives the values the clusterer computes itself, so both engines put every
     * article into the same buckets and find the same candidate pairs.
     */
    @Test
    void mllibsMinHashValuesAreTheClusterersSignature() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<long[]> sets = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < 20; d++) {
            long[] features = random.longs(1 + random.nextInt(300), 0, ClusterSteps.FEATURES).sorted().distinct().toArray();
            sets.add(features);
            double[] ones = new double[features.length];
            java.util.Arrays.fill(ones, 1);
            rows.add(org.apache.spark.sql.RowFactory.create(d, org.apache.spark.ml.linalg.Vectors.sparse(ClusterSteps.FEATURES,
                    java.util.Arrays.stream(features).mapToInt(Math::toIntExact).toArray(), ones)));
        }
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add("d", org.apache.spark.sql.types.DataTypes.IntegerType)
                .add("features", org.apache.spark.ml.linalg.SQLDataTypes.VectorType());
        org.apache.spark.sql.Dataset<Row> docs = spark.createDataFrame(rows, schema);
        int tables = ClusterOptions.defaults().bands() * ClusterOptions.defaults().rows();
        List<Row> hashed = new org.apache.spark.ml.feature.MinHashLSH().setNumHashTables(tables)
                .setSeed(ClusterSteps.MINHASH_SEED).setInputCol("features").setOutputCol("hashes")
                .fit(docs).transform(docs).orderBy("d").collectAsList();
        for (Row r : hashed) {
            List<org.apache.spark.ml.linalg.Vector> values = r.getList(r.fieldIndex("hashes"));
            long[] mllib = values.stream().mapToLong(v -> (long) v.apply(0)).toArray();
            assertThat(mllib).isEqualTo(ClusterSteps.signature(sets.get(r.getInt(0)), tables));
        }
    }

    /** The folder name of the main run's event with this many events before it, in the index's order. */
    private static String summaryEventSlug(int k) throws IOException {
        List<String> slugs = new ArrayList<>();
        for (String f : files(tmp.resolve("site-spark"))) {
            if (f.endsWith("/report.json")) {
                slugs.add(f.substring(0, f.indexOf('/')));
            }
        }
        return slugs.get(k);
    }

    /** Each event of a corpus as the set of its articles' pile locations (events.csv). */
    private static Set<Set<String>> eventsOf(Path corpus) throws IOException {
        Map<String, Set<String>> events = new TreeMap<>();
        for (String line : Files.readAllLines(corpus.resolve("events.csv")).subList(1, Files.readAllLines(corpus.resolve("events.csv")).size())) {
            String[] f = line.split(",", -1);
            if (!f[1].isEmpty()) {
                events.computeIfAbsent(f[1], k -> new TreeSet<>()).add(f[0]);
            }
        }
        return new HashSet<>(events.values());
    }

    /** The pile location of each event's pivot (events.csv: similarity 1 and the pivot named by event.yaml). */
    private static Set<String> pivotsOf(Path corpus) throws IOException {
        Map<String, String> locationOfFile = new TreeMap<>();
        for (String line : Files.readAllLines(corpus.resolve("events.csv"))) {
            String[] f = line.split(",", -1);
            if (f.length == 4 && !f[3].isEmpty()) {
                locationOfFile.put(f[3], f[0]);
            }
        }
        Set<String> pivots = new TreeSet<>();
        for (CorpusEvent e : new CorpusScanner().scan(corpus)) {
            pivots.add(locationOfFile.get(e.slug() + "/" + e.info().pivot()));
        }
        return pivots;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList());
        }
    }
}
