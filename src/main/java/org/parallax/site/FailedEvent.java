package org.parallax.site;

import java.nio.file.Path;
import java.util.Objects;

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

    /** The line of {@code build-errors.txt}: slug, a tab, the error. */
    public String line() {
        return slug + "\t" + error;
    }
}
