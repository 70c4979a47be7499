package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.model.UnitKind;
import org.parallax.io.AtomicFiles;
import org.parallax.model.Article;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.Comparer;
import org.parallax.report.ClaimsCsvWriter;
import org.parallax.model.Comparison;
import org.parallax.report.HtmlReportRenderer;
import org.parallax.report.JsonReportWriter;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare FILE FILE [FILE...]}: one report on how the articles differ. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares two or more articles on one event; the first file is the pivot.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Article files (.txt, .md, .html, .htm).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT.html", description = "Write the HTML report here.")
    Path html;

    @Option(names = "--json", paramLabel = "REPORT.json", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--csv", paramLabel = "CLAIMS.csv", description = "Write the claim table as CSV here: one row per claim and outlet.")
    Path csv;

    @Mixin
    TemplatesMixin templates;

    @Option(names = "--title", description = "Title of the report (default: the pivot's title).")
    String title;

    @Mixin
    PipelineMixin pipeline;

    @Mixin
    VerboseMixin verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InputFiles.requireDistinct(files);
        InputFiles.requireNotInput(html, files);
        InputFiles.requireNotInput(json, files);
        InputFiles.requireNotInput(csv, files);
        InputFiles.requireDistinctOutputs(html, json, csv);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemon -> {
                    Thread t = new Thread(daemon, "parallax-compare");
                    t.setDaemon(true);
                    return t;
                });
        try {
            // The template engine warms up on one core while the articles are read on the others.
            Future<HtmlReportRenderer> renderer = html == null ? null : pool.submit(() -> {
                HtmlReportRenderer r = templates.renderer();
                r.warmUp();
                return r;
            });
            ArticleLoader loader = new ArticleLoader(pipeline.options());
            List<Future<Article>> loading = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String id = "a" + (i + 1);
                loading.add(pool.submit(() -> loader.load(file, id)));
            }
            List<Article> articles = new ArrayList<>();
            PrintWriter err = spec.commandLine().getErr();
            for (int i = 0; i < files.size(); i++) {
                Article a = get(loading.get(i));
                Path file = files.get(i);
                a.warnings().forEach(w -> err.println("parallax: warning: " + file + ": " + w));
                articles.add(a);
            }
            Comparison comparison = new Comparer(pipeline.options()).compare(title, articles);
            // the JSON and CSV are written on another core while the page renders
            Future<?> data = pool.submit(() -> writeJson(comparison));
            if (renderer != null) {
                String page = get(renderer).renderReport(comparison, null, null);
                AtomicFiles.writeString(html, page);
            }
            get(data);
            // with a report sent to standard output, the summary goes to standard error so the data stays clean
            boolean dataOnStdout = java.util.stream.Stream.of(html, json, csv).anyMatch(InputFiles::isStandardOutput);
            printSummary(comparison, dataOnStdout ? spec.commandLine().getErr() : spec.commandLine().getOut());
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }

    private void writeJson(Comparison comparison) {
        if (json != null) {
            JsonReportWriter writer = new JsonReportWriter();
            AtomicFiles.write(json, out -> writer.write(comparison, out));
        }
        if (csv != null) {
            ClaimsCsvWriter writer = new ClaimsCsvWriter();
            AtomicFiles.write(csv, out -> writer.write(comparison, out));
        }
    }

    /** The task's result; its own exception when it failed. */
    private static <T> T get(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void printSummary(Comparison comparison, PrintWriter out) {
        for (PairComparison pair : comparison.pivotPairs()) {
            String left = comparison.article(pair.left()).orElseThrow().metadata().outlet();
            String right = comparison.article(pair.right()).orElseThrow().metadata().outlet();
            int[] kinds = new int[UnitKind.values().length];
            int moved = 0;
            int framing = 0;
            for (UnitComparison u : pair.units()) {
                kinds[u.unit().kind().ordinal()]++;
                moved += u.unit().moved() ? 1 : 0;
                framing += u.framing().size();
            }
            out.printf(java.util.Locale.ROOT,
                    "%s / %s: %.0f%% similar; %d identical, %d modified, %d only left, %d only right, %d moved; %d framing differences%n",
                    left, right, pair.similarity() * 100, kinds[UnitKind.IDENTICAL.ordinal()],
                    kinds[UnitKind.MODIFIED.ordinal()], kinds[UnitKind.LEFT_ONLY.ordinal()],
                    kinds[UnitKind.RIGHT_ONLY.ordinal()], moved, framing);
        }
        out.flush();
    }
}
