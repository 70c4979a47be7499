package org.parallax.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the events of a corpus folder: every sub-folder holding at least one article file
 * ({@code .txt}, {@code .md}, {@code .html}, {@code .htm}; hidden files and {@code README.md}
 * are not articles). Events come sorted by folder name; slugs are unique and safe.
 */
public final class CorpusScanner {

    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm");

    /** Names the site itself uses at its top level. */
    private static final Set<String> RESERVED = Set.of("index.html", "sitemap.xml", "build-errors.txt", "outlets",
            "outlets.csv", SiteBuilder.EVENTS_SCRIPT);

    /** The events of a corpus that could be read, and those that could not, each in folder order. */
    public record Scan(List<CorpusEvent> events, List<FailedEvent> failed) {
        public Scan {
            events = List.copyOf(events);
            failed = List.copyOf(failed);
        }
    }

    /**
     * Lists the events under {@code corpus}.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds no event, or for an
     *                                  event folder that cannot be read (a bad event.yaml)
     */
    public List<CorpusEvent> scan(Path corpus) {
        Scan scan = scanAll(corpus);
        if (!scan.failed().isEmpty()) {
            throw new IllegalArgumentException(scan.failed().get(0).error());
        }
        return scan.events();
    }

    /**
     * Lists the events under {@code corpus}; an event folder whose event.yaml cannot be read or names
     * a pivot that is no article is listed as failed instead of stopping the scan.
     *
     * @throws IllegalArgumentException when the folder does not exist or holds no event folder at all
     */
    public Scan scanAll(Path corpus) {
        if (!Files.exists(corpus)) {
            throw new IllegalArgumentException(corpus + ": corpus folder not found");
        }
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException(corpus + ": not a folder; expected a corpus folder of event folders");
        }
        List<CorpusEvent> events = new ArrayList<>();
        List<FailedEvent> failed = new ArrayList<>();
        Set<String> slugs = new HashSet<>(RESERVED);
        for (Path dir : sorted(corpus)) {
            if (!Files.isDirectory(dir) || hidden(dir)) {
                continue;
            }
            List<Path> articles = new ArrayList<>();
            for (Path f : sorted(dir)) {
                if (Files.isRegularFile(f) && isArticle(f)) {
                    articles.add(f);
                }
            }
            if (articles.isEmpty()) {
                continue;
            }
            String slug = uniqueSlug(slug(dir.getFileName().toString()), slugs);
            try {
                events.add(new CorpusEvent(slug, dir, info(dir, articles), articles));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                failed.add(new FailedEvent(slug, dir, e.getMessage()));
            }
        }
        if (events.isEmpty() && failed.isEmpty()) {
            throw new IllegalArgumentException(corpus + ": empty corpus; expected event folders holding .txt, .md or .html articles");
        }
        return new Scan(events, failed);
    }

    /** Reads the event's event.yaml and moves its pivot to the front of {@code articles}. */
    private static EventInfo info(Path dir, List<Path> articles) {
        Path yaml = dir.resolve("event.yaml");
        EventInfo info = Files.isRegularFile(yaml) ? EventInfo.read(yaml) : EventInfo.empty();
        if (!info.pivot().isEmpty()) {
            Path pivot = dir.resolve(info.pivot()).normalize();
            if (!articles.remove(pivot)) {
                throw new IllegalArgumentException(yaml + ": pivot " + info.pivot() + " is not an article of the event");
            }
            articles.add(0, pivot);
        }
        return info;
    }

    /** Whether {@code file} is read as an article by the scanner. */
    public static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && !name.equalsIgnoreCase("README.md") && dot > 0
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * A folder name made safe as one path segment and URL segment: ASCII letters, digits, '-', '_'
     * and '.', lower case, no leading dot, never empty, at most 80 characters.
     */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        s = s.replaceAll("^[.-]+", "").replaceAll("[.-]+$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80);
        }
        return s.isEmpty() ? "event" : s;
    }

    private static String uniqueSlug(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static List<Path> sorted(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }
}
