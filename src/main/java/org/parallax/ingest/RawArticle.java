package org.parallax.ingest;

import org.parallax.model.ArticleMetadata;
import org.parallax.model.Removal;
import org.parallax.model.TextBlock;

import java.util.List;
import java.util.Objects;

/**
 * An article as read from its file, before boilerplate rules run. Readers of HTML pages may already
 * have dropped page furniture (navigation, footers, scripts); those drops are listed in
 * {@link #removed()}. Immutable.
 *
 * @param metadata outlet, title, language and the rest
 * @param blocks   the article's blocks, in order
 * @param removed  pieces of the input already dropped by the reader, with their rule
 * @param warnings things the user should know about how the file was read (for example a fallback
 *                 character encoding, or a guessed article body); one line each, never null
 */
public record RawArticle(ArticleMetadata metadata, List<TextBlock> blocks, List<Removal> removed, List<String> warnings) {
    public RawArticle {
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An article read without warnings. */
    public RawArticle(ArticleMetadata metadata, List<TextBlock> blocks, List<Removal> removed) {
        this(metadata, blocks, removed, List.of());
    }
}
