package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.ingest.ArticleReadException;
import org.parallax.io.AtomicFiles;

/** Checks of the files a command is given, before any work starts. */
final class InputFiles {

    private InputFiles() {
    }

    /** Whether {@code output} names this process's standard output ({@code /dev/stdout}, {@code /dev/fd/1}). */
    static boolean isStandardOutput(Path output) {
        return output != null && AtomicFiles.isStandardOutput(output);
    }

    /** Every input must be distinct: the same article twice is a mistake, not a comparison. */
    static void requireDistinct(List<Path> files) {
        Set<Path> seen = new HashSet<>();
        for (Path f : files) {
            if (!seen.add(identity(f))) {
                throw new ArticleReadException(f + ": given twice; compare needs different articles");
            }
        }
    }

    /** An output file must not be one of the inputs, also not through a link, nor a folder. */
    static void requireNotInput(Path output, List<Path> inputs) {
        if (output == null) {
            return;
        }
        Path out = identity(output);
        for (Path in : inputs) {
            if (identity(in).equals(out)) {
                throw new IllegalArgumentException(output + ": is an input file; refusing to overwrite it");
            }
        }
        if (Files.isDirectory(output)) {
            throw new IllegalArgumentException(output + ": is a folder; expected a file name");
        }
    }

    /** Two outputs must be different files (standard output excepted): one would overwrite the other. */
    static void requireDistinctOutputs(Path... outputs) {
        Set<Path> seen = new HashSet<>();
        for (Path o : outputs) {
            if (o != null && !isStandardOutput(o) && !seen.add(identity(o))) {
                throw new IllegalArgumentException(o + ": given for two outputs; each needs a file of its own");
            }
        }
    }

    /** The file a path names: its real path when it exists (links resolved), else its normal absolute form. */
    private static Path identity(Path path) {
        if (Files.exists(path)) {
            try {
                return path.toRealPath();
            } catch (IOException e) {
                // keep the normalised path
            }
        }
        return path.toAbsolutePath().normalize();
    }
}
