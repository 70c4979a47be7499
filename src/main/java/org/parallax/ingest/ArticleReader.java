package org.parallax.ingest;

import java.nio.file.Path;

/** Reads one article file of a given format. Implementations are stateless and thread-safe. */
public interface ArticleReader {
    /**
     * Reads the article in {@code file}.
     *
     * @throws ArticleReadException when the file is not a readable article (with a one-line reason)
     */
    RawArticle read(Path file);
}
