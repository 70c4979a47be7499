package org.parallax.cli;

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

    /** Every input must be distinct: the same article twice is a mistake, not a comparison. */
    /** Whether {@code output} names this process's standard output ({@code /dev/stdout}, {@code /dev/fd/1}). */
    static boolean isStandardOutput(Path output) {
        return output != null && AtomicFiles.isStandardOutput(output);
    }

    static void requireDistinct(List<Path> files) {
        Set<Path> seen = new HashSet<>();
        for (Path f : files) {
            Path key = f.toAbsolutePath().normalize();
            if (Files.exists(f)) {
                try {
                    key = f.toRealPath();
                } catch (java.io.IOException e) {
                    // keep the normalised path
                }
            }
            if (!seen.add(key)) {
                throw new ArticleReadException(f + ": given twice; compare needs different articles");
            }
        }
    }

    /** An output file must not be one of the inputs. */
    static void requireNotInput(Path output, List<Path> inputs) {
        if (output == null) {
            return;
        }
        Path out = output.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (in.toAbsolutePath().normalize().equals(out)) {
                throw new IllegalArgumentException(output + ": is an input file; refusing to overwrite it");
            }
        }
        if (Files.isDirectory(output)) {
            throw new IllegalArgumentException(output + ": is a folder; expected a file name");
        }
    }
}
