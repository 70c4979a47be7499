package org.parallax.model;


import java.util.List;
import java.util.Objects;

/**
 * An article ready for comparison: read, cleaned, segmented and normalised. Immutable.
 *
 * @param id        short id inside one report ("a1", "a2", ...)
 * @param metadata  outlet, title, language, source and the rest
 * @param blocks    the blocks that survived cleaning, in order
 * @param sentences every sentence of every block, in order; {@code sentences.get(i).index() == i}
 * @param removed   every piece removed from the input, with its rule
 * @param warnings  what the reader noticed and worked around (for example a guessed encoding)
 */
public record Article(String id, ArticleMetadata metadata, List<TextBlock> blocks, List<Sentence> sentences,
        List<Removal> removed, List<String> warnings) {

    /** An article without warnings. */
    public Article(String id, ArticleMetadata metadata, List<TextBlock> blocks, List<Sentence> sentences,
            List<Removal> removed) {
        this(id, metadata, blocks, sentences, removed, List.of());
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + i + " has index " + sentences.get(i).index());
            }
        }
    }

    /** The original texts of the sentences at {@code indices}, joined with a space. */
    public String text(List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (int i : indices) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(sentences.get(i).text());
        }
        return b.toString();
    }

    /** The sentences' original texts, in order. */
    public List<String> sentenceTexts() {
        return sentences.stream().map(Sentence::text).toList();
    }
}
