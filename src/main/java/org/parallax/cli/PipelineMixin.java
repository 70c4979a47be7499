package org.parallax.cli;

import java.nio.file.Path;
import org.parallax.pipeline.PipelineOptions;
import picocli.CommandLine.Option;

/** Options shared by every command that reads articles. */
public final class PipelineMixin {

    @Option(names = "--rules", paramLabel = "FILE", description = "Extra boilerplate rules (same format as the built-in rule files).")
    Path rules;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra framing lexicon (same format as the built-in lexicons).")
    Path lexicon;

    @Option(names = "--fold-sharp-s", description = "Compare ß and ss as one (for Swiss outlets).")
    boolean foldSharpS;

    /** @throws IllegalArgumentException for a rules or lexicon file that cannot be read or parsed */
    PipelineOptions options() {
        return PipelineOptions.defaults().withRules(rules).withLexicon(lexicon).withSharpSFolding(foldSharpS).checked();
    }
}
