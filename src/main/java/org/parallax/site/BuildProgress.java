package org.parallax.site;

/** Told of each finished event while a site builds; called from worker threads, one call at a time. */
@FunctionalInterface
public interface BuildProgress {
    void eventBuilt(String slug, int done, int total);

    /** The build starts on {@code total} events; called once, before any event is built. */
    default void started(int total) {
    }

    /** An event failed and the build goes on without it; {@code done} counts it. */
    default void eventFailed(String slug, String error, int done, int total) {
        eventBuilt(slug, done, total);
    }

    /** Tells nothing. */
    static BuildProgress silent() {
        return (slug, done, total) -> { };
    }
}
