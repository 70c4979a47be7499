package org.parallax.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
     * Reads {@code file}: one {@code key: value} per line, values optionally in single or double
     * quotes, {@code #} comments and blank lines ignored, unknown keys ignored.
     *
     * @throws IllegalArgumentException for a line that is not {@code key: value}, naming file and line
     */
    public static EventInfo read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        String title = "";
        String date = "";
        String summary = "";
        String pivot = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals("---")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            String value = unquote(line.substring(colon + 1).strip());
            switch (key) {
                case "title" -> title = value;
                case "date" -> date = value;
                case "summary" -> summary = value;
                case "pivot" -> pivot = value;
                default -> {
                    // other keys are the publisher's own
                }
            }
        }
        return new EventInfo(title, date, summary, pivot);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
