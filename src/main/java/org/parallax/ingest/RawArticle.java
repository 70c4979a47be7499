package org.parallax.ingest;

import java.util.List;
import java.util.Objects;

/**
 * An article as read from its file, before boilerplate rules run. Readers of HTML pages may already
 * have dropped page furniture (navigation, footers, scripts); those drops are listed in
 * {@link #removed()}. Immutable.
 */
public record RawArticle(ArticleMetadata metadata, List<Block> blocks, List<Removal> removed) {
    public RawArticle {
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }
}
