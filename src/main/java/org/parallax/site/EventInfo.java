package org.parallax.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.parallax.io.YamlMapping;

/**
 * What an event's optional {@code event.yaml} says: title, date, summary, and which article file is
 * the pivot. Missing values are empty. Immutable.
 */
public record EventInfo(String title, String date, String summary, String pivot) {

    public EventInfo {
        title = title == null ? "" : title;
        date = date == null ? "" : date;
        summary = summary == null ? "" : summary;
        pivot = pivot == null ? "" : pivot;
    }

    /** No event.yaml: everything empty. */
    public static EventInfo empty() {
        return new EventInfo("", "", "", "");
    }

    /**
     * Reads {@code file}: a YAML mapping (see {@link YamlMapping}: keys lower-cased, a key given twice is
     * an error, values as written, quoting and escapes honoured); keys other than title, date, summary
     * and pivot are the publisher's own and ignored.
     *
     * @throws IllegalArgumentException for a file that is not a YAML mapping, in one line naming file and line
     */
    public static EventInfo read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, String> fields;
        try {
            fields = YamlMapping.parse(text, 1);
        } catch (YamlMapping.YamlException e) {
            throw new IllegalArgumentException(file + ":" + e.line() + ": " + e.problem());
        }
        return new EventInfo(fields.get("title"), fields.get("date"), fields.get("summary"), fields.get("pivot"));
    }
}
