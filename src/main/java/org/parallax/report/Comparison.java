package org.parallax.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.pipeline.Article;

/**
 * Everything one report shows: the articles and the pairwise comparisons. Both the JSON and the HTML
 * report are rendered from this model. Immutable.
 *
 * @param title    the report's title (the event's title, or the first article's)
 * @param articles the compared articles; the first is the pivot
 * @param pairs    pivot against every other article, in input order
 */
public record Comparison(String title, List<Article> articles, List<PairComparison> pairs) {
    public Comparison {
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(articles);
        pairs = List.copyOf(pairs);
    }

    /** The article with the given id. */
    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
