package org.parallax.pile;

import java.util.Objects;

/**
 * A record of a pile that could not be read as an article. Immutable.
 *
 * @param location the file, with {@code :line} for JSON Lines or {@code @offset} for WARC records
 * @param reason   why, on one line
 */
public record BadRecord(String location, String reason) {
    public BadRecord {
        Objects.requireNonNull(location, "location");
        reason = reason == null || reason.isBlank() ? "unreadable" : reason.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The line of an error list: location, a tab, the reason. */
    public String line() {
        return location + "\t" + reason;
    }
}
