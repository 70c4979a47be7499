package org.parallax.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.ingest.ArticleReadException;
import org.parallax.model.Article;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.Comparer;
import org.parallax.pipeline.PipelineOptions;
import org.parallax.model.Comparison;

/**
 * Compares an event's articles through the whole pipeline: load each file, then compare them, the
 * pivot first. Thread-safe.
 */
public final class PipelineEventComparer implements EventComparer {

    private final ArticleLoader loader;
    private final Comparer comparer;
    private final Consumer<String> warnings;

    /**
     * @param warnings receives one line per reader warning ("file: what was noticed"); called from
     *                 worker threads
     */
    public PipelineEventComparer(PipelineOptions options, Consumer<String> warnings) {
        this.loader = new ArticleLoader(options);
        this.comparer = new Comparer(options);
        this.warnings = warnings;
    }

    @Override
    public Comparison compare(CorpusEvent event) {
        if (event.articles().size() < 2) {
            throw new ArticleReadException(event.dir() + ": only one article; an event needs at least two to compare");
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : event.articles()) {
            Article a = loader.load(file, "a" + (articles.size() + 1));
            a.warnings().forEach(w -> warnings.accept(file + ": " + w));
            articles.add(a);
        }
        return comparer.compare(event.info().title(), articles);
    }
}
