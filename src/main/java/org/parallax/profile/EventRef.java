package org.parallax.profile;

import java.io.Serializable;
import java.util.Objects;

/**
 * One event of a site, as profiles link to it. Immutable.
 *
 * @param slug  the event's folder in the site
 * @param title the event's heading
 * @param date  the event's date as written (ISO dates sort), or empty
 */
public record EventRef(String slug, String title, String date) implements Serializable {
    public EventRef {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
    }
}
