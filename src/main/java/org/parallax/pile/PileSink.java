package org.parallax.pile;

/**
 * Receives what a pile reader finds, in the pile's order (files by path, records in file order).
 * Called from the reading thread only.
 */
public interface PileSink {
    /** An article was read. */
    void article(PileRecord record);

    /** A record could not be read; the reader goes on with the next one. */
    void bad(BadRecord record);

    /** A record that is no article and no error (a WARC request record, an image); counted only. */
    default void skipped(String location, String why) {
    }
}
