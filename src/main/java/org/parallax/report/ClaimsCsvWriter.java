package org.parallax.report;

import org.parallax.model.Comparison;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parallax.io.CsvRows;
import org.parallax.model.Claim;
import org.parallax.claims.Prominence;
import org.parallax.model.FramingMarker;
import org.parallax.model.Article;

/**
 * Writes the claim table as CSV for R, pandas or a spreadsheet: one row per claim and outlet, omissions
 * included. RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break, quotes doubled; UTF-8 without byte-order mark. Stateless and thread-safe.
 */
public final class ClaimsCsvWriter {

    /** The header row. */
    public static final List<String> COLUMNS = List.of("claim", "article", "outlet", "sentences", "position",
            "prominence", "kind", "wording", "framing");

    public void write(Comparison comparison, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, COLUMNS);
        for (Claim claim : comparison.claims()) {
            for (Article a : comparison.articles()) {
                List<Integer> indices = claim.members().get(a.id());
                String sentences = "";
                String position = "";
                String prominence = "";
                String wording = "";
                List<String> framing = new ArrayList<>();
                if (indices != null) {
                    List<String> numbers = new ArrayList<>();
                    for (int i : indices) {
                        numbers.add(String.valueOf(i));
                        for (FramingMarker m : comparison.markers(a.id(), i)) {
                            framing.add(m.type().id() + ":" + m.text());
                        }
                    }
                    sentences = String.join(" ", numbers);
                    int n = a.sentences().size();
                    position = JsonReportWriter.round(n <= 1 ? 0 : (double) indices.get(0) / (n - 1)).toPlainString();
                    prominence = Prominence.of(a, indices);
                    wording = a.text(indices);
                }
                row(w, List.of(claim.id(), a.id(), a.metadata().outlet(), sentences, position, prominence,
                        claim.kindOf(a.id()).id(), wording, String.join("; ", framing)));
            }
        }
        w.flush();
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        CsvRows.write(w, fields);
    }

    /** A field as RFC 4180 writes it. */
    static String quote(String field) {
        return CsvRows.field(field);
    }
}
