package org.parallax.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional front matter of a text article: {@code key: value} lines between two {@code ---} lines at
 * the very top of the file. Keys are lower-cased; values are trimmed and unquoted ({@code "..."} or
 * {@code '...'}). Blank lines and lines starting with {@code #} inside the front matter are ignored.
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
     * @throws ArticleReadException when the front matter is not closed or a line is not {@code key: value}
     */
    static FrontMatter parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(DELIMITER)) {
            return new FrontMatter(Map.of(), lines, 1);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(DELIMITER)) {
                return new FrontMatter(fields, lines.subList(i + 1, lines.size()), i + 2);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ArticleReadException("front matter line " + (i + 1) + ": expected 'key: value', found '"
                        + abbreviate(line) + "'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            if (fields.putIfAbsent(key, value) != null) {
                throw new ArticleReadException("front matter line " + (i + 1) + ": key '" + key + "' given twice");
            }
        }
        throw new ArticleReadException("front matter starting on line 1 is not closed by a '---' line");
    }

    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
