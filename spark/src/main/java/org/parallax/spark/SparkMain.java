package org.parallax.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.parallax.cluster.ClusterOptions;
import org.parallax.site.SiteBuilder;

/**
 * {@code spark-submit --class org.parallax.spark.SparkMain parallax-spark.jar PILE SITE PARQUET
 * [--window-days N] [--min-similarity X] [--rules FILE] [--lexicon FILE]
 * [--fold-sharp-s] [--templates DIR] [--base-url URL] [--strict]}: clusters the pile into events and
 * builds their site and Parquet tables (see {@link SparkPipeline}), with the options {@code cluster}
 * and {@code build} have. The master comes from spark-submit. A wrong command line: one line on
 * standard error and exit status 2; input that cannot be used, output that cannot be written or a
 * failed run: one line and exit status 1; a site built without some of its events (listed, one line
 * each, and in {@code SITE/build-errors.txt}): exit status 3, as {@code build}.
 */
public final class SparkMain {

    private SparkMain() {
    }

    /** Exit status of a run that built the site but not all of its events, as {@code build}'s. */
    static final int EXIT_EVENTS_FAILED = 3;

    private static final String USAGE = "usage: SparkMain PILE SITE PARQUET [--window-days N] [--min-similarity X]"
            + " [--rules FILE] [--lexicon FILE] [--fold-sharp-s] [--templates DIR] [--base-url URL]"
            + " [--strict]";

    /** The parsed command line. */
    record Arguments(Path input, Path site, Path parquet, ClusterOptions options, Settings settings,
            boolean strict) {
    }

    /** @throws IllegalArgumentException for a bad command line */
    static Arguments parse(String[] args) {
        List<String> positional = new ArrayList<>();
        ClusterOptions options = ClusterOptions.defaults();
        String rules = null;
        String lexicon = null;
        String templates = null;
        String baseUrl = null;
        boolean foldSharpS = false;
        boolean strict = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--fold-sharp-s")) {
                foldSharpS = true;
            } else if (a.equals("--strict")) {
                strict = true;
            } else if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                try {
                    switch (a) {
                        case "--window-days" -> options = options.withWindowDays(Integer.parseInt(v));
                        case "--min-similarity" -> options = options.withMinSimilarity(Double.parseDouble(v));
                        case "--rules" -> rules = v;
                        case "--lexicon" -> lexicon = v;
                        case "--templates" -> templates = v;
                        case "--base-url" -> baseUrl = v;
                        default -> throw new IllegalArgumentException("unknown option " + a);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(a + ": not a number: " + v);
                }
            } else {
                positional.add(a);
            }
        }
        if (positional.size() != 3) {
            throw new IllegalArgumentException(USAGE);
        }
        return new Arguments(Path.of(positional.get(0)), Path.of(positional.get(1)), Path.of(positional.get(2)),
                options, new Settings(rules, lexicon, foldSharpS, templates, baseUrl), strict);
    }

    /** The first line of the error's message (Spark appends the executor's stack trace to its own). */
    static String firstLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m).strip();
    }

    public static void main(String[] args) {
        Arguments a;
        try {
            a = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parallax-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("parallax").getOrCreate();
        int status = 0;
        try {
            SparkPipeline.Summary s = new SparkPipeline(spark, a.options(), a.settings(), a.strict())
                    .run(a.input(), a.site(), a.parquet());
            System.out.println(s.articles() + " articles, " + s.bad() + " bad records, " + s.candidatePairs()
                    + " candidate pairs, " + s.confirmedPairs() + " confirmed, " + s.events().size() + " events");
            if (!s.failed().isEmpty()) {
                s.failed().forEach(f -> System.err.println("parallax-spark: event " + f.slug() + " failed: " + f.error()));
                System.err.println("parallax-spark: " + s.failed().size() + " of " + s.events().size()
                        + " events failed; listed in " + a.site().resolve(SiteBuilder.ERRORS_FILE));
                status = EXIT_EVENTS_FAILED;
            }
        } catch (RuntimeException e) {
            System.err.println("parallax-spark: " + firstLine(e));
            status = 1;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }
}
