package org.parallax.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a pile in the order {@link org.parallax.pile.PileReader} reads them: one file, or the
 * regular files under a folder (hidden files and folders left out), sorted by path, each with its
 * name relative to the pile, which begins every location of its records.
 */
final class PileFiles {

    /** One file of the pile: its place in pile order, where it is, and its name in the pile. */
    record PileFile(int index, String path, String name) implements Serializable {
    }

    private PileFiles() {
    }

    /** @throws IllegalArgumentException when {@code input} does not exist or cannot be listed */
    static List<PileFile> list(Path input) {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException(input + ": no such file or folder");
        }
        Path abs = input.toAbsolutePath().normalize();
        List<PileFile> out = new ArrayList<>();
        if (!Files.isDirectory(abs)) {
            Path name = abs.getFileName();
            out.add(new PileFile(0, abs.toString(), name == null ? abs.toString() : name.toString()));
            return out;
        }
        try (Stream<Path> walk = Files.walk(abs, FileVisitOption.FOLLOW_LINKS)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> !hiddenBelow(abs, p)).sorted().toList();
            for (Path f : files) {
                out.add(new PileFile(out.size(), f.toString(), abs.relativize(f).toString().replace('\\', '/')));
            }
            return out;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(input + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    /**
     * A location the reader gave for a record of a file read on its own (named by the file's name)
     * as the pile names it (by the file's path in the pile).
     */
    static String location(String readerLocation, String fileName, String pileName) {
        if (!readerLocation.startsWith(fileName)) {
            throw new IllegalStateException("location " + readerLocation + " does not start with " + fileName);
        }
        return pileName + readerLocation.substring(fileName.length());
    }

    private static boolean hiddenBelow(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
