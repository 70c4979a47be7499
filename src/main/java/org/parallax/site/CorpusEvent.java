package org.parallax.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One event folder of a corpus. Immutable.
 *
 * @param slug     the event's folder in the site: the folder name, made safe for a path and a URL
 * @param dir      the event folder
 * @param info     what event.yaml says
 * @param articles the article files, pivot first, the others by file name
 */
public record CorpusEvent(String slug, Path dir, EventInfo info, List<Path> articles) {
    public CorpusEvent {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(info, "info");
        articles = List.copyOf(articles);
    }
}
