package org.parallax.pile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.parallax.ingest.ArticleReadException;
import org.parallax.ingest.ArticleReaders;

/**
 * Reads a pile: one file or a folder of files in any nesting, each file by its name:
 * <ul>
 *   <li>{@code .txt}, {@code .md}, {@code .html}, {@code .htm}: one article, read as {@code compare}
 *       reads it;</li>
 *   <li>{@code .jsonl}, {@code .ndjson} (also gzipped, {@code .jsonl.gz}): one article a line, see
 *       {@link JsonLinesReader};</li>
 *   <li>{@code .warc}, {@code .warc.gz}: the HTML responses of a crawl, see {@link WarcPileReader}.</li>
 * </ul>
 * Hidden files and folders, {@code README.md} and {@code event.yaml} are passed over; any other
 * file is a bad record ("unsupported file type"). Files come in the order of their paths, so a
 * pile is read the same way every time. Nothing stops the run: every record that cannot be read is
 * handed to the sink as a {@link BadRecord}. Stateless and thread-safe.
 */
public final class PileReader {

    private final ArticleReaders files = ArticleReaders.defaults();
    private final JsonLinesReader jsonLines = new JsonLinesReader();
    private final WarcPileReader warc = new WarcPileReader();

    /** What was read from a whole pile, in pile order. */
    public record Pile(List<PileRecord> articles, List<BadRecord> bad, int skipped) {
        public Pile {
            articles = List.copyOf(articles);
            bad = List.copyOf(bad);
        }
    }

    /**
     * Reads all of {@code input} into memory.
     *
     * @throws IllegalArgumentException when {@code input} does not exist
     */
    public Pile readAll(Path input) {
        List<PileRecord> articles = new ArrayList<>();
        List<BadRecord> bad = new ArrayList<>();
        int[] skipped = {0};
        read(input, new PileSink() {
            @Override
            public void article(PileRecord record) {
                articles.add(record);
            }

            @Override
            public void bad(BadRecord record) {
                bad.add(record);
            }

            @Override
            public void skipped(String location, String why) {
                skipped[0]++;
            }
        });
        return new Pile(articles, bad, skipped[0]);
    }

    /**
     * Reads {@code input}, a file or a folder, handing every article and every bad record to
     * {@code sink} in pile order.
     *
     * @throws IllegalArgumentException when {@code input} does not exist
     */
    public void read(Path input, PileSink sink) {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException(input + ": no such file or folder");
        }
        if (Files.isDirectory(input)) {
            for (Path file : files(input)) {
                readFile(file, input.relativize(file).toString().replace('\\', '/'), sink);
            }
        } else {
            Path name = input.getFileName();
            readFile(input, name == null ? input.toString() : name.toString(), sink);
        }
    }

    private void readFile(Path file, String name, PileSink sink) {
        Kind kind = Kind.of(name);
        try {
            switch (kind) {
                case ARTICLE -> sink.article(new PileRecord(name, files.read(file), Optional.of(file)));
                case JSON_LINES -> {
                    try (InputStream in = open(file, name)) {
                        jsonLines.read(in, name, sink);
                    }
                }
                case WARC -> warc.read(file, name, sink);
                case IGNORED -> { }
                case UNSUPPORTED -> sink.bad(new BadRecord(name,
                        "unsupported file type; expected .txt, .md, .html, .htm, .jsonl, .ndjson, .warc or .warc.gz"));
            }
        } catch (ArticleReadException e) {
            sink.bad(new BadRecord(name, e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            sink.bad(new BadRecord(name, "cannot read: " + e.getMessage()));
        }
    }

    private static InputStream open(Path file, String name) throws IOException {
        InputStream in = Files.newInputStream(file);
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** How a file of a pile is read, by its name. */
    enum Kind {
        ARTICLE, JSON_LINES, WARC, IGNORED, UNSUPPORTED;

        static Kind of(String path) {
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (name.startsWith(".") || name.equals("readme.md") || name.equals("event.yaml")) {
                return IGNORED;
            }
            for (String ext : List.of(".txt", ".md", ".html", ".htm")) {
                if (name.endsWith(ext) && name.length() > ext.length()) {
                    return ARTICLE;
                }
            }
            for (String ext : List.of(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")) {
                if (name.endsWith(ext)) {
                    return JSON_LINES;
                }
            }
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                return WARC;
            }
            return UNSUPPORTED;
        }
    }

    /** The regular files under {@code root}, hidden folders left out, sorted by path. */
    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hiddenBelow(root, p))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException(root + ": cannot list the folder: " + e.getMessage(), e);
        }
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
