package org.parallax.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.parallax.io.AtomicFiles;
import org.parallax.model.Article;
import org.parallax.model.Comparison;
import org.parallax.report.ClaimsCsvWriter;
import org.parallax.report.HtmlReportRenderer;
import org.parallax.report.JsonReportWriter;

/**
 * The one way a report is made, for {@code compare} and {@code build} alike: load the articles (in
 * parallel), compare them with the pivot first, and write the HTML, JSON and CSV files, each whole or
 * not at all. Articles are named by {@link #articleId(int)}. Thread-safe; close it to stop its
 * worker threads.
 */
public final class ReportService implements AutoCloseable {

    /**
     * The files one report is written to; a null path is not written.
     *
     * @param outletHrefs in a site, the link to each article's outlet page by article id; else null
     */
    public record ReportFiles(Path html, Path json, Path csv, String indexHref, String canonical,
            java.util.Map<String, String> outletHrefs) {
        /** Files without outlet links. */
        public ReportFiles(Path html, Path json, Path csv, String indexHref, String canonical) {
            this(html, json, csv, indexHref, canonical, null);
        }

        /** Stand-alone files, as {@code compare} writes them. */
        public static ReportFiles standalone(Path html, Path json, Path csv) {
            return new ReportFiles(html, json, csv, null, null);
        }
    }

    private final ArticleLoader loader;
    private final Comparer comparer;
    private final HtmlReportRenderer renderer;
    private final Consumer<String> warnings;
    private final JsonReportWriter json = new JsonReportWriter();
    private final ClaimsCsvWriter csv = new ClaimsCsvWriter();
    private final ExecutorService pool;
    private volatile Future<?> warmUp;

    /**
     * @param renderer the HTML renderer (templates), or null when no HTML is written
     * @param warnings receives one line per reader warning ("file: what was noticed"); called from
     *                 worker threads
     */
    public ReportService(PipelineOptions options, HtmlReportRenderer renderer, Consumer<String> warnings) {
        this.loader = new ArticleLoader(options);
        this.comparer = new Comparer(options);
        this.renderer = renderer;
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "parallax-report");
            t.setDaemon(true);
            return t;
        });
    }

    /** The id of the article at {@code index} of a report's input: "a1", "a2", ... */
    public static String articleId(int index) {
        return "a" + (index + 1);
    }

    /** The renderer this service writes HTML with; null when it writes none. */
    public HtmlReportRenderer renderer() {
        return renderer;
    }

    /**
     * Lets the template engine parse its templates on another core while articles are read and
     * compared; the first HTML written waits for it.
     */
    public void warmUp() {
        if (renderer != null && warmUp == null) {
            warmUp = pool.submit(renderer::warmUp);
        }
    }

    /**
     * Loads {@code files} (in parallel) and compares them, the first being the pivot.
     *
     * @param title the report's title; when empty, the pivot's title or first sentence
     * @throws org.parallax.ingest.ArticleReadException when a file is not a usable article
     */
    public Comparison compare(String title, List<Path> files) {
        List<Future<Article>> loading = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String id = articleId(i);
            loading.add(pool.submit(() -> loader.load(file, id)));
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Article a = get(loading.get(i));
            Path file = files.get(i);
            a.warnings().forEach(w -> warnings.accept(file + ": " + w));
            articles.add(a);
        }
        return comparer.compare(title, articles);
    }

    /** Writes the report's files; the JSON and CSV on another core while the page renders. */
    public void write(Comparison comparison, ReportFiles files) {
        Future<?> data = pool.submit(() -> {
            if (files.json() != null) {
                AtomicFiles.write(files.json(), out -> json.write(comparison, out));
            }
            if (files.csv() != null) {
                AtomicFiles.write(files.csv(), out -> csv.write(comparison, out));
            }
        });
        if (files.html() != null) {
            if (renderer == null) {
                throw new IllegalStateException("no renderer for HTML output");
            }
            if (warmUp != null) {
                get(warmUp);
            }
            AtomicFiles.writeString(files.html(), files.outletHrefs() == null
                    ? renderer.renderReport(comparison, files.indexHref(), files.canonical())
                    : renderer.renderReport(comparison, files.indexHref(), files.canonical(), files.outletHrefs()));
        }
        get(data);
    }

    /** The task's result; its own exception when it failed. */
    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
