package org.parallax.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML document that is one mapping of keys to values, the form of an article's front matter
 * and of an event's {@code event.yaml}. Stateless and thread-safe.
 *
 * <ul>
 *   <li>Keys are lower-cased; a key given twice (in any case) is an error.</li>
 *   <li>Values are the text the user wrote: YAML quoting and escapes are honoured, but nothing is typed,
 *       so {@code published: 2021-07-19} gives "2021-07-19", {@code title: 2021} gives "2021" and
 *       {@code draft: yes} gives "yes". An empty value gives "". A list or mapping as a value gives
 *       its text as written ("[a, b]").</li>
 *   <li>A one-line value that YAML would refuse on its own line ({@code title: USA überzeugt: China},
 *       {@code title: "Zitat" sagt er}, {@code title: [Update] Angriff}) is read as the rest of the line,
 *       as article front matter has always been; every other value is YAML's.</li>
 *   <li>An empty document (or one of comments only) gives no keys; a document that is not a mapping is an
 *       error. A leading byte order mark is ignored.</li>
 * </ul>
 */
public final class YamlMapping {

    /** A top-level {@code key: value} line with a plain key and a value on the line. */
    static final Pattern KEY_VALUE_LINE = Pattern.compile("^([^\\s#'\"?:\\[\\]{},&*!|>%@`\\-][^:#]*?):[ \\t]+(\\S.*?)[ \\t]*$");

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlMapping() {
    }

    /**
     * The keys and values of {@code text}, in document order.
     *
     * @param firstLine the line number of the text's first line in its file, for messages
     * @throws YamlException naming the line, for text that is not a mapping of keys to values
     */
    public static Map<String, String> parse(String text, int firstLine) {
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return parseYaml(yaml, firstLine);
        } catch (YamlException e) {
            String lenient = quoteRefusedLines(yaml);
            if (lenient.equals(yaml)) {
                throw e;
            }
            return parseYaml(lenient, firstLine);
        }
    }

    private static Map<String, String> parseYaml(String yaml, int firstLine) {
        Map<String, String> fields = new LinkedHashMap<>();
        try (YAMLParser p = FACTORY.createParser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return Collections.unmodifiableMap(fields);
            }
            if (t != JsonToken.START_OBJECT) {
                if (t.isScalarValue() && p.getText().isEmpty()) {
                    return Collections.unmodifiableMap(fields);
                }
                throw new YamlException(line(p.currentTokenLocation(), firstLine),
                        "expected 'key: value' lines, found " + describe(t));
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                int keyLine = line(p.currentTokenLocation(), firstLine);
                String key = p.currentName().strip().toLowerCase(Locale.ROOT);
                JsonToken v = p.nextToken();
                String value;
                if (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT) {
                    long from = p.currentTokenLocation().getCharOffset();
                    p.skipChildren();
                    long to = p.currentLocation().getCharOffset();
                    value = slice(yaml, from, to);
                } else {
                    value = p.getText() == null ? "" : p.getText();
                }
                if (fields.putIfAbsent(key, value) != null) {
                    throw new YamlException(keyLine, "key '" + key + "' given twice");
                }
            }
            if (p.nextToken() != null) {
                throw new YamlException(line(p.currentTokenLocation(), firstLine), "more than one document");
            }
        } catch (IOException e) {
            throw fromParser(e, firstLine);
        }
        return Collections.unmodifiableMap(fields);
    }

    /**
     * Puts single quotes around the value of each top-level {@code key: value} line (see
     * {@link #KEY_VALUE_LINE}) that YAML refuses on its own and that no indented line continues.
     */
    static String quoteRefusedLines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            boolean cr = lines[i].endsWith("\r");
            String line = cr ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            Matcher m = KEY_VALUE_LINE.matcher(line);
            boolean continued = i + 1 < lines.length && !lines[i + 1].isEmpty() && Character.isWhitespace(lines[i + 1].charAt(0))
                    && !lines[i + 1].isBlank();
            if (m.matches() && !continued && !readable(line)) {
                lines[i] = m.group(1) + ": '" + m.group(2).replace("'", "''") + "'" + (cr ? "\r" : "");
            }
        }
        return String.join("\n", lines);
    }

    private static boolean readable(String line) {
        try {
            parseYaml(line, 1);
            return true;
        } catch (YamlException e) {
            return false;
        }
    }

    private static String slice(String yaml, long from, long to) {
        // the parser counts code points; a String counts chars
        int start = yaml.offsetByCodePoints(0, (int) Math.max(0, from));
        int end = yaml.offsetByCodePoints(0, (int) Math.min(yaml.codePointCount(0, yaml.length()), Math.max(from, to)));
        return yaml.substring(start, end).strip();
    }

    private static int line(JsonLocation location, int firstLine) {
        return location.getLineNr() < 1 ? firstLine : location.getLineNr() + firstLine - 1;
    }

    private static String describe(JsonToken t) {
        return t == JsonToken.START_ARRAY ? "a list" : "a single value";
    }

    private static YamlException fromParser(IOException e, int firstLine) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m) {
                Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
                int line = mark == null ? firstLine : mark.getLine() + firstLine;
                String problem = m.getProblem() != null ? m.getProblem() : m.getContext();
                return new YamlException(line, oneLine(problem == null ? "not valid YAML" : problem));
            }
        }
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return new YamlException(firstLine, oneLine(message == null ? "not valid YAML" : message));
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s+", " ");
    }

    /** Text that is not a YAML mapping of keys to values; {@link #line} is the line in the file. */
    public static final class YamlException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String problem;

        YamlException(int line, String problem) {
            super("line " + line + ": " + problem);
            this.line = line;
            this.problem = problem;
        }

        /** The line of the file where the problem was found, from 1. */
        public int line() {
            return line;
        }

        /** What is wrong, in one line, without the line number. */
        public String problem() {
            return problem;
        }
    }
}
