package org.parallax.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The links from a report page's article cards to the outlets' pages of a site; none for a
 * stand-alone report. The template finds an article's link by its id, so that no expression needs
 * more than property paths. Immutable.
 *
 * @param links one per linked article, by article id
 */
public record OutletLinks(List<Link> links) {

    /** No links: a stand-alone report. */
    public static final OutletLinks NONE = new OutletLinks(List.of());

    /** The link of one article's outlet. */
    public record Link(String article, String href) {
        public Link {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(href, "href");
        }
    }

    public OutletLinks {
        links = List.copyOf(links);
    }

    /** Links from article id to href, ordered by article id. */
    public static OutletLinks of(Map<String, String> hrefs) {
        return new OutletLinks(new TreeMap<>(hrefs).entrySet().stream().map(e -> new Link(e.getKey(), e.getValue())).toList());
    }

    /** Whether the page links its outlets. */
    public boolean linked() {
        return !links.isEmpty();
    }
}
