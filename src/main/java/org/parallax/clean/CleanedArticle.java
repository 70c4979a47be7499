package org.parallax.clean;

import java.util.List;
import java.util.Objects;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.TextBlock;
import org.parallax.model.Removal;

/**
 * An article after boilerplate removal. Immutable.
 *
 * @param metadata as read
 * @param blocks   the blocks that are article text, in order (span removals already cut out)
 * @param removed  everything removed: first what the reader dropped, then what the rules removed, in
 *                 text order
 * @param warnings the reader's warnings, carried over
 */
public record CleanedArticle(ArticleMetadata metadata, List<TextBlock> blocks, List<Removal> removed,
        List<String> warnings) {
    public CleanedArticle {
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A cleaned article without warnings. */
    public CleanedArticle(ArticleMetadata metadata, List<TextBlock> blocks, List<Removal> removed) {
        this(metadata, blocks, removed, List.of());
    }
}
