package org.parallax.ingest;

/**
 * An input file that cannot be read as an article. The message is one line that names the problem;
 * the CLI prints it after the file name.
 */
public class ArticleReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArticleReadException(String message) {
        super(message);
    }

    public ArticleReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
