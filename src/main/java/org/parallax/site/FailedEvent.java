package org.parallax.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.parallax.ingest.ArticleReadException;

/**
 * An event of the corpus that could not be built, and why. Immutable.
 *
 * @param slug  the event's slug, as it would have been in the site
 * @param dir   the event folder
 * @param error what went wrong, on one line
 */
public record FailedEvent(String slug, Path dir, String error) {
    public FailedEvent {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(dir, "dir");
        error = error == null || error.isBlank() ? "unknown error" : error.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * The one-line error of a failed event. Bad input names itself; anything else is a fault of
     * Parallax and says so.
     */
    public static String reason(Exception e) {
        String message = e.getMessage();
        if (message == null && e.getCause() != null) {
            message = e.getCause().getMessage();
        }
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        boolean expected = e instanceof ArticleReadException || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException || e instanceof IOException;
        return expected ? message : "internal error: " + message;
    }

    /** The line of {@code build-errors.txt}: slug, a tab, the error. */
    public String line() {
        return slug + "\t" + error;
    }
}
