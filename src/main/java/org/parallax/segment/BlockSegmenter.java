package org.parallax.segment;

import org.parallax.model.Language;

import org.parallax.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.parallax.model.TextBlock;
import org.parallax.normalise.TextNormaliser;

/**
 * Turns the blocks of one article into numbered {@link Sentence}s: each block is split on its own
 * (a headline never runs into the paragraph after it), sentences are numbered across the article
 * and given their comparison form. Immutable and thread-safe.
 */
public final class BlockSegmenter {

    private final SentenceSplitter splitter;
    private final TextNormaliser normaliser;

    public BlockSegmenter(SentenceSplitter splitter, TextNormaliser normaliser) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    }

    /** Segmenter with the splitter of {@code language} (see {@link SentenceSplitters#forLanguage}) and default normalisation. */
    public static BlockSegmenter forLanguage(String language) {
        return forLanguage(Language.of(language));
    }

    /** Segmenter with the splitter of {@code language} and default normalisation. */
    public static BlockSegmenter forLanguage(Language language) {
        return new BlockSegmenter(SentenceSplitters.forLanguage(language), TextNormaliser.defaults());
    }

    /** The sentences of {@code blocks} in order; {@code index} counts from 0, {@code block} is the block's position. */
    public List<Sentence> segment(List<TextBlock> blocks) {
        List<Sentence> sentences = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (String text : splitter.split(blocks.get(b).text())) {
                sentences.add(new Sentence(sentences.size(), b, text, normaliser.comparisonForm(text)));
            }
        }
        return List.copyOf(sentences);
    }
}
