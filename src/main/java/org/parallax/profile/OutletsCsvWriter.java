package org.parallax.profile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parallax.io.CsvRows;
import java.util.stream.Collectors;

/**
 * Writes {@code outlets.csv}: a header and one row per outlet profile, in the profiles' order.
 * RFC 4180: comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line
 * break, quotes doubled; UTF-8 without byte-order mark. Stateless and thread-safe.
 */
public final class OutletsCsvWriter {

    /** The columns, as README documents them. */
    public static final List<String> COLUMNS = List.of("outlet", "slug", "events", "articles", "sentences",
            "hedges_low", "hedge_rate", "hedges_high", "certainty_rate", "attributions_named",
            "attributions_anonymous", "named_sources", "top_actors", "omitted_claims", "leads", "leads_majority",
            "lead_majority_share", "leads_unique", "lead_unique_share");

    /** How many actors the {@code top_actors} column lists. */
    public static final int TOP_ACTORS = 5;

    /** Writes the rows to {@code out} and flushes it; does not close it. */
    public void write(List<OutletProfile> profiles, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, COLUMNS);
        for (OutletProfile p : profiles) {
            String actors = topActors(p);
            row(w, List.of(p.name(), p.id().slug(), num(p.events().size()), num(p.articles()), num(p.sentences()),
                    num(p.hedgesLow()), OutletProfile.decimal(p.hedgeRate()), num(p.hedgesHigh()),
                    OutletProfile.decimal(p.certaintyRate()), num(p.attributionsNamed()),
                    num(p.attributionsAnonymous()), num(p.namedSources().size()), actors, num(p.omitted().size()),
                    num(p.leads()), num(p.leadsMajority()), OutletProfile.decimal(p.leadMajorityShare()),
                    num(p.leadsUnique()), OutletProfile.decimal(p.leadUniqueShare())));
        }
        w.flush();
    }

    /**
     * The {@code top_actors} field: the first {@value #TOP_ACTORS} actors, most often first, each with
     * its count, separated by "; " ("Russia (4); NATO (2)"); empty without actors.
     */
    public static String topActors(OutletProfile p) {
        return p.actors().stream().limit(TOP_ACTORS).map(a -> a.name() + " (" + a.count() + ")")
                .collect(Collectors.joining("; "));
    }

    private static String num(int n) {
        return Integer.toString(n);
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        CsvRows.write(w, fields);
    }

    /** A field as RFC 4180 writes it. */
    static String quote(String field) {
        return CsvRows.field(field);
    }
}
