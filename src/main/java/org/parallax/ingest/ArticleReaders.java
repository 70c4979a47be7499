package org.parallax.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chooses the reader for an article file by its extension: {@code .txt} and {@code .md} go to
 * {@link TextArticleReader}, {@code .html} and {@code .htm} to {@link HtmlArticleReader} (case does not
 * matter). Immutable and thread-safe.
 */
public final class ArticleReaders implements ArticleReader {

    /**
     * Largest file read as an article: 16 MiB. A news article, even a saved page full of scripts, is a
     * fraction of that; a larger file is a mistake (a log, a dump, a video) and is refused before it is
     * read into memory.
     */
    public static final long MAX_BYTES = 16L << 20;

    private final ArticleReader text;
    private final ArticleReader html;

    private ArticleReaders(ArticleReader text, ArticleReader html) {
        this.text = text;
        this.html = html;
    }

    /** The readers for every supported file type, with their default settings. */
    public static ArticleReaders defaults() {
        return new ArticleReaders(new TextArticleReader(), new HtmlArticleReader());
    }

    /**
     * The reader for {@code file}'s type.
     *
     * @throws ArticleReadException for an unsupported extension
     */
    public ArticleReader forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        return switch (extension) {
            case ".txt", ".md" -> text;
            case ".html", ".htm" -> html;
            case "" -> throw new ArticleReadException(
                    "unsupported file type (no extension); expected .txt, .md, .html or .htm");
            default -> throw new ArticleReadException(
                    "unsupported file type " + extension + "; expected .txt, .md, .html or .htm");
        };
    }

    /**
     * Reads {@code file} with the reader for its type.
     *
     * @throws ArticleReadException when the file is missing, a directory, of an unsupported type or not
     *                              a readable article
     */
    @Override
    public RawArticle read(Path file) {
        if (Files.isDirectory(file)) {
            throw new ArticleReadException("is a directory, not an article file");
        }
        if (!Files.exists(file)) {
            throw new ArticleReadException("no such file");
        }
        ArticleReader reader = forFile(file);
        if (!Files.isReadable(file)) {
            throw new ArticleReadException("file is not readable (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            throw new ArticleReadException("cannot read: " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new ArticleReadException(String.format(Locale.ROOT,
                    "file is %.1f MB; articles larger than %d MB are refused", size / 1e6, MAX_BYTES >> 20));
        }
        return reader.read(file);
    }
}
