package org.parallax.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parallax.io.AtomicFiles;
import org.parallax.io.CsvRows;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.TextBlock;
import org.parallax.pile.BadRecord;
import org.parallax.site.CorpusScanner;

/**
 * Writes the corpus that {@code build} reads: one folder per event holding its articles and an
 * {@code event.yaml} ({@code title}: the pivot's title, {@code date}: the pivot's day, {@code pivot}:
 * the pivot's file), plus {@code events.csv} (every article of the pile: its pile location, its event
 * or nothing, its similarity to the event's pivot, its file in the corpus) and, when records were
 * bad, {@code pile-errors.txt}. An article that was a file of its own is copied; one from a JSON
 * Lines or WARC record is written as a {@code .txt} file with front matter. The corpus is made in a
 * temporary folder beside the target and moved into place at the end, so a failed run leaves nothing.
 */
final class CorpusWriter {

    /** Column names of {@code events.csv}. */
    static final List<String> COLUMNS = List.of("article", "event", "similarity", "file");

    private static final Set<String> FRONT_MATTER_KEYS = Set.of("outlet", "title", "url", "language", "published");

    private final Path target;

    CorpusWriter(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    /** @throws IllegalArgumentException when the target exists and is not an empty folder */
    void checkTarget() {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IllegalArgumentException(target + ": exists and is not a folder");
        }
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isPresent()) {
                throw new IllegalArgumentException(target + ": exists and is not empty; choose a new corpus folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot list: " + e.getMessage(), e);
        }
    }

    void write(List<PileClusterer.Loaded> articles, ArticleClusterer.Clustering clustering, List<BadRecord> bad) {
        checkTarget();
        Path parent = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".writing-");
            String[] eventOf = new String[articles.size()];
            String[] fileOf = new String[articles.size()];
            double[] similarity = new double[articles.size()];
            Set<String> slugs = new HashSet<>(Set.of("events.csv", "pile-errors.txt"));
            for (ArticleClusterer.Event event : clustering.events()) {
                PileClusterer.Loaded pivot = articles.get(event.pivot());
                String slug = unique(eventSlug(pivot), slugs);
                Path dir = Files.createDirectory(tmp.resolve(slug));
                List<PileClusterer.Loaded> members = new ArrayList<>();
                for (int m : event.members()) {
                    members.add(articles.get(m));
                }
                List<String> names = writeEvent(dir, members);
                for (int k = 0; k < event.members().length; k++) {
                    int m = event.members()[k];
                    eventOf[m] = slug;
                    fileOf[m] = slug + "/" + names.get(k);
                    similarity[m] = event.similarity()[k];
                }
            }
            StringBuilder csv = new StringBuilder();
            CsvRows.write(csv, COLUMNS);
            for (int i = 0; i < articles.size(); i++) {
                CsvRows.write(csv, List.of(articles.get(i).location(), eventOf[i] == null ? "" : eventOf[i],
                        eventOf[i] == null ? "" : String.format(Locale.ROOT, "%.4f", similarity[i]),
                        fileOf[i] == null ? "" : fileOf[i]));
            }
            Files.writeString(tmp.resolve("events.csv"), csv, StandardCharsets.UTF_8);
            if (!bad.isEmpty()) {
                StringBuilder lines = new StringBuilder();
                bad.forEach(b -> lines.append(b.line()).append('\n'));
                Files.writeString(tmp.resolve("pile-errors.txt"), lines, StandardCharsets.UTF_8);
            }
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            AtomicFiles.moveIntoPlace(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot write the corpus: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                AtomicFiles.deleteTree(tmp);
            }
        }
    }

    /**
     * Writes one event's folder {@code dir}: its articles (the pivot first) and its event.yaml.
     *
     * @return each member's file name in the folder, in the order of {@code members}
     */
    static List<String> writeEvent(Path dir, List<PileClusterer.Loaded> members) throws IOException {
        Set<String> names = new HashSet<>(Set.of("event.yaml"));
        List<String> files = new ArrayList<>();
        for (PileClusterer.Loaded l : members) {
            String name = unique(fileName(l), names);
            writeArticle(l, dir.resolve(name));
            files.add(name);
        }
        Files.writeString(dir.resolve("event.yaml"), eventYaml(members, files.get(0)), StandardCharsets.UTF_8);
        return files;
    }

    /** "2021-07-19-usa-china-hinter-angriff": the pivot's day and title, made safe; at most 72 characters. */
    static String eventSlug(PileClusterer.Loaded pivot) {
        return eventSlug(title(pivot), pivot.day());
    }

    /** The slug of an event whose pivot has {@code title} and was published on epoch day {@code pivotDay}. */
    static String eventSlug(String title, int pivotDay) {
        String day = pivotDay == CandidateFinder.UNDATED ? "undated" : LocalDate.ofEpochDay(pivotDay).toString();
        String slug = CorpusScanner.slug(day + "-" + title);
        if (slug.length() > 72) {
            slug = slug.substring(0, 72).replaceAll("[.-]+$", "");
        }
        return slug;
    }

    /** The pivot's title; without one, its first sentence, shortened to 120 characters. */
    static String title(PileClusterer.Loaded a) {
        return title(a.metadata(), a.sentences());
    }

    /** The title in {@code metadata}; without one, the first of {@code sentences}; at most 120 characters. */
    static String title(org.parallax.model.ArticleMetadata metadata, List<String> sentences) {
        String t = metadata.title().isBlank() ? sentences.get(0) : metadata.title();
        t = t.strip().replaceAll("\\s+", " ");
        return t.length() <= 120 ? t : t.substring(0, 119).strip() + "…";
    }

    private static String eventYaml(List<PileClusterer.Loaded> members, String pivotFile) {
        PileClusterer.Loaded pivot = members.get(0);
        int day = pivot.day();
        for (PileClusterer.Loaded m : members) {
            if (day == CandidateFinder.UNDATED && m.day() != CandidateFinder.UNDATED) {
                day = m.day();
            }
        }
        return "title: " + yamlValue(title(pivot)) + "\n"
                + "date: " + (day == CandidateFinder.UNDATED ? "" : LocalDate.ofEpochDay(day).toString()) + "\n"
                + "pivot: " + yamlValue(pivotFile) + "\n";
    }

    /** The article's file name in its event: the source file's name, else the outlet as a .txt name. */
    private static String fileName(PileClusterer.Loaded l) {
        if (l.file().isPresent()) {
            return l.file().get().getFileName().toString();
        }
        return CorpusScanner.slug(l.metadata().outlet()) + ".txt";
    }

    private static void writeArticle(PileClusterer.Loaded l, Path file) throws IOException {
        if (l.file().isPresent()) {
            Files.copy(l.file().get(), file);
            return;
        }
        ArticleMetadata m = l.metadata();
        StringBuilder b = new StringBuilder("---\n");
        b.append("outlet: ").append(quote(m.outlet())).append('\n');
        if (!m.title().isBlank()) {
            b.append("title: ").append(quote(m.title())).append('\n');
        }
        if (!m.url().isBlank()) {
            b.append("url: ").append(quote(m.url())).append('\n');
        }
        if (m.language().isDetermined()) {
            b.append("language: ").append(m.language().tag()).append('\n');
        }
        if (!m.published().isBlank()) {
            b.append("published: ").append(quote(m.published())).append('\n');
        }
        Set<String> keys = new HashSet<>(FRONT_MATTER_KEYS);
        keys.add("pile");
        b.append("pile: ").append(quote(l.location())).append('\n');
        for (Map.Entry<String, String> e : m.extra().entrySet()) {
            String key = unique(key(e.getKey()), keys);
            b.append(key).append(": ").append(quote(e.getValue())).append('\n');
        }
        b.append("---\n");
        List<TextBlock> blocks = l.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(blocks.get(i).text().strip().replaceAll("\\s*\\R\\s*", " ")).append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    /** A metadata key as front matter takes it: lower case, letters, digits, '-', '_' and '.'. */
    static String key(String key) {
        String k = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^-+|-+$", "");
        return k.isEmpty() ? "key" : k;
    }

    /** A value on one line in double quotes, as front matter and event.yaml read it back. */
    static String quote(String value) {
        String v = value.replaceAll("\\s*\\R\\s*", " ").strip();
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A value of event.yaml on one line, quoted so that a plain {@code key: value} reader that strips
     * the outer quotes and a YAML parser read the same text: in single quotes when it holds no
     * {@code '}, else in double quotes (escaped when it also holds {@code "} or a backslash).
     */
    static String yamlValue(String value) {
        String v = value.replaceAll("\\s*\\R\\s*", " ").strip();
        if (v.indexOf('\'') < 0) {
            return "'" + v + "'";
        }
        if (v.indexOf('"') < 0 && v.indexOf('\\') < 0) {
            return "\"" + v + "\"";
        }
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String csvField(String value) {
        return CsvRows.field(value);
    }

    static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + "-" + n + ext;
        }
        return candidate;
    }
}
