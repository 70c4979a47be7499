package org.parallax.site;

/** Told of each finished event while a site builds; called from worker threads, one call at a time. */
@FunctionalInterface
public interface BuildProgress {
    void eventBuilt(String slug, int done, int total);

    /** Tells nothing. */
    static BuildProgress silent() {
        return (slug, done, total) -> { };
    }
}
