package org.parallax.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.parallax.normalise.TextNormaliser;

/**
 * The settings of a run, the only ones: every stage that compares text gets {@link #normaliser()}
 * from here, so that an option such as ß folding reaches the segmenter's comparison forms, the
 * aligner, the word differ, the framing comparison and the claims alike. Immutable; start from
 * {@link #defaults()}.
 *
 * @param rules      extra boilerplate rules file, or null
 * @param lexicon    extra framing lexicon file, or null
 * @param normaliser the comparison normalisation of this run
 */
public record PipelineOptions(Path rules, Path lexicon, TextNormaliser normaliser) {

    public PipelineOptions {
        Objects.requireNonNull(normaliser, "normaliser");
    }

    public static PipelineOptions defaults() {
        return new PipelineOptions(null, null, TextNormaliser.defaults());
    }

    public PipelineOptions withRules(Path file) {
        return new PipelineOptions(file, lexicon, normaliser);
    }

    public PipelineOptions withLexicon(Path file) {
        return new PipelineOptions(rules, file, normaliser);
    }

    /** These options comparing ß and ss as one (for Swiss outlets) or not. */
    public PipelineOptions withSharpSFolding(boolean fold) {
        return new PipelineOptions(rules, lexicon, normaliser.withSharpSFolding(fold));
    }

    /** Whether ß and ss compare as one. */
    public boolean foldSharpS() {
        return normaliser.foldsSharpS();
    }

    public Optional<Path> rulesFile() {
        return Optional.ofNullable(rules);
    }

    public Optional<Path> lexiconFile() {
        return Optional.ofNullable(lexicon);
    }
}
