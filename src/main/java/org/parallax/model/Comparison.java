package org.parallax.model;


import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one report shows: the articles and the pairwise comparisons. Both the JSON and the HTML
 * report are rendered from this model. Immutable.
 *
 * @param title    the report's title (the event's title, or the first article's)
 * @param articles the compared articles; the first is the pivot
 * @param pairs    pivot against every other article in input order, then the remaining pairs
 * @param claims   the sentences of all articles grouped into claims, in story order (with two
 *                 articles as with many)
 * @param framing  each article's framing counts, by article id
 * @param markers  each article's framing markers, one list per sentence, by article id
 * @param attribution who blames whom in each article, with what certainty
 */
public record Comparison(String title, List<Article> articles, List<PairComparison> pairs, List<Claim> claims,
        Map<String, ArticleFraming> framing, Map<String, List<List<FramingMarker>>> markers,
        AttributionTable attribution) {
    public Comparison {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(attribution, "attribution");
        articles = List.copyOf(articles);
        pairs = List.copyOf(pairs);
        claims = List.copyOf(claims);
        framing = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(framing));
        java.util.Map<String, List<List<FramingMarker>>> m = new java.util.LinkedHashMap<>();
        markers.forEach((id, perSentence) -> m.put(id, perSentence.stream().map(List::copyOf).toList()));
        markers = java.util.Collections.unmodifiableMap(m);
    }

    /** A comparison without an attribution table. */
    public Comparison(String title, List<Article> articles, List<PairComparison> pairs, List<Claim> claims,
            Map<String, ArticleFraming> framing, Map<String, List<List<FramingMarker>>> markers) {
        this(title, articles, pairs, claims, framing, markers, AttributionTable.empty());
    }

    /** The pairs that have the pivot (the first article) on the left. */
    public List<PairComparison> pivotPairs() {
        String pivot = articles.isEmpty() ? "" : articles.get(0).id();
        return pairs.stream().filter(p -> p.left().equals(pivot)).toList();
    }

    /** The framing markers of sentence {@code index} of article {@code id}; empty when unknown. */
    public List<FramingMarker> markers(String id, int index) {
        List<List<FramingMarker>> perSentence = markers.get(id);
        return perSentence == null || index >= perSentence.size() ? List.of() : perSentence.get(index);
    }

    /** The article with the given id. */
    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
