package org.parallax.ingest;

import org.parallax.model.ArticleMetadata;
import org.parallax.model.Language;
import org.parallax.model.BlockKind;
import org.parallax.model.TextBlock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code .txt} and {@code .md} articles: optional front matter between {@code ---} lines
 * ({@code outlet}, {@code title}, {@code url}, {@code language}, {@code published}; other keys go to
 * {@link ArticleMetadata#extra()}), then the body. How body lines become blocks is described in
 * {@link TextBlockSplitter}: blank lines separate blocks, hard-wrapped lines are joined, and a file
 * with one paragraph per line keeps each line as a block.
 *
 * <p>A missing outlet falls back to the file name without extension; a missing title to the first
 * block when that block is a headline; a missing language stays empty (the pipeline detects it).
 * Bytes are decoded as UTF-8 (a byte-order mark is skipped); bytes that are not valid UTF-8 are read
 * as Windows-1252 and a warning says so. Stateless and thread-safe.
 */
public final class TextArticleReader implements ArticleReader {
    private static final List<String> KNOWN_KEYS = List.of("outlet", "title", "url", "language", "published");

    private final TextDecoder decoder = new TextDecoder();

    @Override
    public RawArticle read(Path file) {
        byte[] bytes = TextDecoder.readAll(file);
        TextDecoder.Decoded decoded = decoder.decode(bytes);
        boolean markdown = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
        return parse(decoded.text(), file.toString(), baseName(file), markdown, decoded.warnings());
    }

    /**
     * Reads an article from text already in memory.
     *
     * @param text     the whole file content
     * @param source   where the text came from (kept as {@link ArticleMetadata#source()})
     * @param fallbackOutlet the outlet to use when the front matter names none
     * @param markdown whether to unwrap Markdown quote markers, links and strong emphasis
     * @throws ArticleReadException for empty text or malformed front matter
     */
    public RawArticle parse(String text, String source, String fallbackOutlet, boolean markdown) {
        return parse(text, source, fallbackOutlet, markdown, List.of());
    }

    private RawArticle parse(String text, String source, String fallbackOutlet, boolean markdown,
            List<String> warnings) {
        if (text.isBlank()) {
            throw new ArticleReadException("empty file");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ArticleReadException("binary data, not text");
        }
        String unified = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = List.of(unified.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        FrontMatter front = FrontMatter.parse(lines);
        List<TextBlock> blocks = new TextBlockSplitter(markdown).split(front.bodyLines());
        if (blocks.isEmpty()) {
            throw new ArticleReadException("no article text after the front matter");
        }
        Map<String, String> fields = front.fields();
        Map<String, String> extra = new TreeMap<>();
        fields.forEach((key, value) -> {
            if (!KNOWN_KEYS.contains(key)) {
                extra.put(key, value);
            }
        });
        String outlet = fields.getOrDefault("outlet", "");
        if (outlet.isBlank()) {
            outlet = fallbackOutlet;
        }
        String title = fields.getOrDefault("title", "");
        if (title.isBlank() && blocks.get(0).kind() == BlockKind.HEADLINE) {
            title = blocks.get(0).text();
        }
        List<String> notes = new ArrayList<>(warnings);
        String tag = fields.getOrDefault("language", "");
        Language language = Language.parse(tag).orElseGet(() -> {
            notes.add("language '" + tag.strip() + "' is not a language tag; the language is detected");
            return Language.UNDETERMINED;
        });
        ArticleMetadata metadata = new ArticleMetadata(outlet, title, fields.get("url"), language,
                fields.get("published"), source, extra);
        return new RawArticle(metadata, blocks, List.of(), notes);
    }

    /** The file name without its last extension ("seed-unknown-outlet.txt" gives "seed-unknown-outlet"). */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
