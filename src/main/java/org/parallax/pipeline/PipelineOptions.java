package org.parallax.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings a user may change for a run. Immutable; start from {@link #defaults()}.
 *
 * @param rules      extra boilerplate rules file, or null
 * @param lexicon    extra framing lexicon file, or null
 * @param foldSharpS compare ß and ss as one (for Swiss outlets)
 */
public record PipelineOptions(Path rules, Path lexicon, boolean foldSharpS) {

    public static PipelineOptions defaults() {
        return new PipelineOptions(null, null, false);
    }

    public PipelineOptions withRules(Path file) {
        return new PipelineOptions(file, lexicon, foldSharpS);
    }

    public PipelineOptions withLexicon(Path file) {
        return new PipelineOptions(rules, file, foldSharpS);
    }

    public PipelineOptions withSharpSFolding(boolean fold) {
        return new PipelineOptions(rules, lexicon, fold);
    }

    public Optional<Path> rulesFile() {
        return Optional.ofNullable(rules);
    }

    public Optional<Path> lexiconFile() {
        return Optional.ofNullable(lexicon);
    }
}
