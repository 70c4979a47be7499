package org.parallax.ingest;

import java.util.Objects;

/**
 * One block of article text: a headline, a sub-heading, a paragraph or a list item, with hard-wrapped
 * lines already joined. Immutable.
 */
public record Block(BlockKind kind, String text) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
