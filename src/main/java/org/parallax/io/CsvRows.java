package org.parallax.io;

import java.io.IOException;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Rows of a CSV file as RFC 4180 writes them: fields separated by commas, a field quoted only when it
 * holds a comma, a double quote or a line break (quotes inside doubled), each row ended by CRLF. One
 * writer for every table Parallax writes (claims, outlets, events), so that they read alike.
 */
public final class CsvRows {
    private CsvRows() {
    }

    /** Appends {@code fields} as one row, CRLF included. */
    public static void write(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** One field as RFC 4180 writes it. */
    public static String field(String value) {
        return StringEscapeUtils.escapeCsv(value);
    }
}
