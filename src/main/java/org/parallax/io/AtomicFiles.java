package org.parallax.io;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader never sees a half-written one: the content goes to a temporary file
 * beside the target, which is moved into place only when complete.
 *
 * <p>A target that is a symbolic link is written through the link: the file it points to is
 * replaced and the link stays. A target that exists but is no regular file (a terminal, a pipe), or
 * any path under /dev or /proc ({@code /dev/stdout}), cannot be replaced; the content is made
 * completely in memory first and then written to it, so a failure still writes nothing. A directory
 * is refused.
 */
public final class AtomicFiles {

    /** Content producer that may fail with an I/O error. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} completely or not at all. */
    public static void write(Path target, Writer writer) {
        if (Files.isDirectory(target)) {
            throw new UncheckedIOException("cannot write " + target + ": is a directory", new IOException(target.toString()));
        }
        if (isStream(target)) {
            writeToStream(target, writer);
            return;
        }
        Path absolute;
        try {
            absolute = Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.writeTo(out);
            }
            moveIntoPlace(tmp, absolute);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the target is untouched
                }
            }
        }
    }

    /**
     * A target that cannot be replaced by a file: an existing file that is no regular file (a pipe, a
     * terminal), or a path under /dev or /proc ({@code /dev/stdout} may point to a regular file when
     * the shell redirects it, and must still not be replaced).
     */
    private static boolean isStream(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.startsWith("/dev/") || absolute.startsWith("/proc/")
                || (Files.exists(target) && !Files.isRegularFile(target));
    }

    /**
     * Whether {@code target} names this process's standard output ({@code /dev/stdout},
     * {@code /dev/fd/1}, {@code /proc/self/fd/1}).
     */
    public static boolean isStandardOutput(Path target) {
        Path p = target.toAbsolutePath().normalize();
        return p.equals(Path.of("/dev/stdout")) || p.equals(Path.of("/dev/fd/1")) || p.equals(Path.of("/proc/self/fd/1"));
    }

    /**
     * The whole content made in memory, then written to a target that cannot be replaced. Standard
     * output is written through the process's own descriptor, not opened again: a new opening would
     * write from the start of a redirected file, over what the process printed before.
     */
    private static void writeToStream(Path target, Writer writer) {
        try {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            writer.writeTo(content);
            if (isStandardOutput(target)) {
                System.out.flush();
                FileOutputStream out = new FileOutputStream(FileDescriptor.out);
                content.writeTo(out);
                out.flush();
                return;
            }
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes a UTF-8 string to {@code target} completely or not at all. */
    public static void writeString(Path target, String content) {
        write(target, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Moves {@code source} to {@code target}, atomically where the file system allows. */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new, empty folder beside {@code target} (same parent, so that it can be moved into place
     * atomically), named after it and hidden: {@code .NAME.building-123}.
     */
    public static Path temporaryFolderBeside(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot create a temporary folder beside it: " + e.getMessage(), e);
        }
    }

    /**
     * Puts the finished folder {@code built} where {@code target} is: the old folder, if any, is moved
     * aside first and removed afterwards, so that {@code target} is always either the old or the new one.
     */
    public static void replaceFolder(Path built, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            moveIntoPlace(target, old);
        }
        moveIntoPlace(built, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes {@code root} and all below it, as far as it can: a left-over temporary folder does no harm. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // what is left stays; the caller's result is complete without it
        }
    }
}
