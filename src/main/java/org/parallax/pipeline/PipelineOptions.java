package org.parallax.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.parallax.clean.BoilerplateCleaner;
import org.parallax.frame.FramingAnalyser;
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

    /**
     * These options, once their rules and lexicon files have been read and parsed: a file that is
     * missing or malformed is a mistake of the command line, found before anything is read or written,
     * not an error of every article that would have used it.
     *
     * @throws IllegalArgumentException naming the file (and line) that cannot be used
     */
    public PipelineOptions checked() {
        rulesFile().ifPresent(file -> {
            try {
                BoilerplateCleaner.forLanguage("en").withRules(file);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--rules " + e.getMessage(), e);
            }
        });
        lexiconFile().ifPresent(file -> {
            // a lexicon may use names only one language's lexicon defines: it must extend one of them
            RuntimeException first = null;
            for (String language : BoilerplateCleaner.BUNDLED_LANGUAGES) {
                try {
                    FramingAnalyser.forLanguage(language).withLexicon(file);
                    return;
                } catch (RuntimeException e) {
                    first = first == null ? e : first;
                }
            }
            throw new IllegalArgumentException("--lexicon " + first.getMessage(), first);
        });
        return this;
    }

    public Optional<Path> rulesFile() {
        return Optional.ofNullable(rules);
    }

    public Optional<Path> lexiconFile() {
        return Optional.ofNullable(lexicon);
    }
}
