package org.parallax.pile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parallax.ingest.ArticleReadException;
import org.parallax.ingest.HtmlArticleReader;
import org.parallax.ingest.RawArticle;
import org.parallax.ingest.TextArticleReader;

/**
 * Reads JSON Lines: one article an object, one object a line. The body is {@code text} (read as a
 * text article, front matter allowed) or, without it, {@code html} (read as a page);
 * {@code outlet}, {@code url}, {@code published}, {@code language} and {@code title} override what
 * the body says; every other key is kept as metadata (objects and arrays as compact JSON). Blank
 * lines are skipped; a line that is no object, has no body or no article text is a bad record and
 * the reader goes on. Lines that are not valid UTF-8 are read with the bad bytes replaced.
 * Stateless and thread-safe.
 */
final class JsonLinesReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextArticleReader text = new TextArticleReader();
    private final HtmlArticleReader html = new HtmlArticleReader();

    /**
     * Reads every line of {@code in}.
     *
     * @param name the file's name in the pile, for locations ({@code name:line})
     * @throws IOException when the stream itself cannot be read
     */
    void read(InputStream in, String name, PileSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String location = name + ":" + number;
            try {
                sink.article(new PileRecord(location, parse(line, location, name), Optional.empty()));
            } catch (ArticleReadException e) {
                sink.bad(new BadRecord(location, e.getMessage()));
            }
        }
    }

    /**
     * One line as an article.
     *
     * @throws ArticleReadException when the line is not an article object
     */
    RawArticle parse(String line, String location, String fileName) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ArticleReadException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ArticleReadException("not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            fields.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        String body = fields.remove("text");
        String page = fields.remove("html");
        String fallbackOutlet = PileMetadata.outletFromUrl(fields.getOrDefault("url", "")).orElse(baseName(fileName));
        RawArticle raw;
        if (body != null && !body.isBlank()) {
            raw = text.parse(body, location, fallbackOutlet, false);
        } else if (page != null && !page.isBlank()) {
            raw = html.parse(page, location, fallbackOutlet);
        } else {
            throw new ArticleReadException("no 'text' or 'html' field with content");
        }
        return PileMetadata.override(raw, fields, location);
    }

    private static String baseName(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
