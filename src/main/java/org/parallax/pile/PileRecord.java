package org.parallax.pile;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.parallax.ingest.RawArticle;

/**
 * One article of a pile, as read. Immutable.
 *
 * @param location where in the pile it was found: the file's path relative to the pile for an
 *                 article file, {@code file:line} for a JSON Lines record, {@code file@offset} for a
 *                 WARC record; unique within a pile
 * @param article  the article as its reader made it
 * @param file     the article file itself, when the article is a file of its own (folder piles);
 *                 empty for records inside a JSON Lines or WARC file
 */
public record PileRecord(String location, RawArticle article, Optional<Path> file) {
    public PileRecord {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(file, "file");
    }
}
