package org.parallax.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.io.YamlMapping;

/**
 * The optional front matter of a text article: a YAML mapping between two {@code ---} lines at the very
 * top of the file, read by {@link YamlMapping} (keys lower-cased, a key given twice is an error, values
 * as written, quoting and escapes honoured).
 *
 * @param fields    the keys and values, in file order
 * @param bodyLines the lines after the front matter (all lines when there is none)
 * @param bodyStart the 1-based line number of the first body line
 */
record FrontMatter(Map<String, String> fields, List<String> bodyLines, int bodyStart) {
    static final String DELIMITER = "---";

    FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        bodyLines = List.copyOf(bodyLines);
    }

    /**
     * Splits {@code lines} (the whole file, line endings removed) into front matter and body.
     *
     * @throws ArticleReadException when the front matter is not closed or is not a YAML mapping
     */
    static FrontMatter parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(DELIMITER)) {
            return new FrontMatter(Map.of(), lines, 1);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(DELIMITER)) {
                Map<String, String> fields;
                try {
                    fields = YamlMapping.parse(String.join("\n", lines.subList(1, i)), 2);
                } catch (YamlMapping.YamlException e) {
                    throw new ArticleReadException("front matter " + e.getMessage());
                }
                return new FrontMatter(fields, lines.subList(i + 1, lines.size()), i + 2);
            }
        }
        throw new ArticleReadException("front matter starting on line 1 is not closed by a '---' line");
    }
}
