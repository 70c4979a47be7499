package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static String[] names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void writesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = dir.resolve("sub/report.json");
        AtomicFiles.writeString(target, "{}");
        assertThat(target).hasContent("{}");
        assertThat(names(target.getParent())).containsExactly("report.json");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAsItWas() throws IOException {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        assertThat(target).hasContent("old");
        assertThat(names(dir)).containsExactly("report.json");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsFileIsReplaced() throws IOException {
        Path real = dir.resolve("real.html");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), real);
        AtomicFiles.writeString(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    void aPipeIsWrittenToNotReplaced() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        assumeTrue(made == 0, "mkfifo is not available");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        AtomicFiles.writeString(fifo, "{\"schema\": 1}");
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("{\"schema\": 1}");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(names(dir)).containsExactly("out.fifo");
    }

    @Test
    void aDirectoryIsRefusedAndKept() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("report.html"));
        assertThatThrownBy(() -> AtomicFiles.writeString(folder, "x"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("is a directory");
        assertThat(folder).isDirectory();
    }
}
