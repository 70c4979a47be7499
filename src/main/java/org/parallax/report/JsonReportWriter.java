package org.parallax.report;

import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.parallax.model.AlignmentUnit;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Attribution;
import org.parallax.model.AttributionTable;
import org.parallax.model.OutletAttribution;
import org.parallax.model.SourceAttribution;
import org.parallax.model.Claim;
import org.parallax.model.AlignedSegment;
import org.parallax.model.DiffSegment;
import org.parallax.model.FramingDifference;
import org.parallax.model.FramingMarker;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.TextBlock;
import org.parallax.model.Removal;
import org.parallax.model.Article;
import org.parallax.model.ArticleContrast;
import org.parallax.model.Sentence;

/**
 * Writes the contract's JSON ({@code parallax-report/1}) for a {@link Comparison}, and the article
 * object of {@code inspect --json}. Field order is fixed and numbers are rounded to four decimals, so
 * the same model gives the same bytes. Immutable and thread-safe.
 */
public final class JsonReportWriter {

    /** The value of the report's {@code schema} field. */
    public static final String SCHEMA = "parallax-report/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(Comparison comparison, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("title", comparison.title());
            g.writeArrayFieldStart("articles");
            for (Article article : comparison.articles()) {
                writeArticle(g, article, comparison);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pairs");
            for (PairComparison pair : comparison.pairs()) {
                writePair(g, pair);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("claims");
            for (Claim claim : comparison.claims()) {
                g.writeStartObject();
                g.writeStringField("id", claim.id());
                g.writeObjectFieldStart("members");
                for (Map.Entry<String, List<Integer>> e : claim.members().entrySet()) {
                    writeIndices(g, e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeStringField("common", claim.common());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeFraming(g, comparison);
            writeAttribution(g, comparison.attribution());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Each article's framing counts, by article id, as the report's "each outlet's framing" shows them. */
    private static void writeFraming(JsonGenerator g, Comparison comparison) throws IOException {
        g.writeObjectFieldStart("framing");
        for (Article a : comparison.articles()) {
            ArticleFraming f = comparison.framing().get(a.id());
            if (f == null) {
                continue;
            }
            g.writeObjectFieldStart(a.id());
            g.writeNumberField("hedgesHigh", f.hedgesHigh());
            g.writeNumberField("hedgesLow", f.hedgesLow());
            g.writeNumberField("attributions", f.attributions());
            g.writeNumberField("quotations", f.quotations());
            g.writeArrayFieldStart("namedSources");
            for (String source : f.namedSources()) {
                g.writeString(source);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("actors");
            for (ArticleFraming.ActorCount actor : f.actors()) {
                g.writeStartObject();
                g.writeStringField("actor", actor.actor());
                g.writeNumberField("count", actor.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("reportingVerbsNeutral", f.reportingVerbsNeutral());
            g.writeNumberField("reportingVerbsLoaded", f.reportingVerbsLoaded());
            g.writeNumberField("unattributedClaims", f.unattributedClaims());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Who blames whom in each article: the "who said what" table. */
    private static void writeAttribution(JsonGenerator g, AttributionTable table) throws IOException {
        g.writeObjectFieldStart("attribution");
        g.writeStringField("accused", table.accused());
        writeStrings(g, "actors", table.actors());
        writeStrings(g, "central", table.central());
        writeStrings(g, "sources", table.sources());
        g.writeArrayFieldStart("outlets");
        for (OutletAttribution outlet : table.outlets()) {
            g.writeStartObject();
            g.writeStringField("article", outlet.article());
            g.writeArrayFieldStart("sources");
            for (SourceAttribution source : outlet.sources()) {
                g.writeStartObject();
                g.writeStringField("source", source.source());
                writeStrings(g, "actors", source.actors());
                writeStrings(g, "notNamed", source.notNamed());
                g.writeNumberField("lead", source.attributions().indexOf(source.lead()));
                g.writeArrayFieldStart("attributions");
                for (Attribution a : source.attributions()) {
                    g.writeStartObject();
                    g.writeStringField("actor", a.actor());
                    g.writeStringField("text", a.text());
                    writeStrings(g, "certainty", a.certainty());
                    g.writeBooleanField("confident", a.confident());
                    g.writeBooleanField("negated", a.negated());
                    g.writeNumberField("sentence", a.sentence());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Writes one article object, shaped like the report's {@code articles[]} entries. */
    public void writeArticle(Article article, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            writeArticle(g, article, null);
            g.writeRaw('\n');
        }
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
        return g;
    }

    /** Writes one article; with a comparison, each sentence carries its framing markers. */
    private static void writeArticle(JsonGenerator g, Article article, Comparison comparison) throws IOException {
        ArticleMetadata m = article.metadata();
        g.writeStartObject();
        g.writeStringField("id", article.id());
        g.writeStringField("outlet", m.outlet());
        g.writeStringField("title", m.title());
        g.writeStringField("language", m.language().code());
        g.writeStringField("source", m.source());
        g.writeStringField("url", m.url());
        g.writeStringField("published", m.published());
        g.writeObjectFieldStart("metadata");
        for (Map.Entry<String, String> e : m.extra().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("blocks");
        List<TextBlock> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            g.writeStartObject();
            g.writeNumberField("index", i);
            g.writeStringField("kind", blocks.get(i).kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            g.writeStringField("text", blocks.get(i).text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sentences");
        for (Sentence s : article.sentences()) {
            g.writeStartObject();
            g.writeNumberField("index", s.index());
            g.writeNumberField("block", s.block());
            g.writeStringField("text", s.text());
            g.writeStringField("normal", s.normal());
            if (comparison != null) {
                g.writeArrayFieldStart("framing");
                for (FramingMarker f : comparison.markers(article.id(), s.index())) {
                    g.writeStartObject();
                    g.writeStringField("type", f.type().id());
                    g.writeStringField("text", f.text());
                    g.writeNumberField("start", f.start());
                    g.writeNumberField("end", f.end());
                    g.writeStringField("detail", f.detail());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("removed");
        for (Removal r : article.removed()) {
            g.writeStartObject();
            g.writeStringField("text", r.text());
            g.writeStringField("rule", r.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writePair(JsonGenerator g, PairComparison pair) throws IOException {
        g.writeStartObject();
        g.writeStringField("left", pair.left());
        g.writeStringField("right", pair.right());
        writeRounded(g, "similarity", pair.similarity());
        g.writeArrayFieldStart("units");
        for (UnitComparison uc : pair.units()) {
            AlignmentUnit u = uc.unit();
            g.writeStartObject();
            g.writeStringField("id", uc.anchor());
            writeIndices(g, "left", u.left());
            writeIndices(g, "right", u.right());
            g.writeStringField("kind", u.kind().id());
            g.writeBooleanField("moved", u.moved());
            writeRounded(g, "score", u.score());
            g.writeArrayFieldStart("diff");
            for (AlignedSegment a : uc.diff()) {
                DiffSegment d = a.toSegment();
                g.writeStartObject();
                g.writeStringField("op", d.op().id());
                g.writeStringField("text", d.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("framing");
            for (FramingDifference f : uc.framing()) {
                g.writeStartObject();
                g.writeStringField("type", f.type().id());
                g.writeStringField("side", f.side().id());
                g.writeStringField("text", f.text());
                if (f.changed()) {
                    g.writeStringField("counterpart", f.counterpart());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contrast");
        for (ArticleContrast c : pair.contrast()) {
            g.writeStartObject();
            g.writeStringField("type", c.type().id());
            g.writeStringField("side", c.side().id());
            g.writeStringField("text", c.text());
            g.writeNumberField("sentence", c.sentence());
            g.writeStringField("unit", c.unit());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeIndices(JsonGenerator g, String field, List<Integer> indices) throws IOException {
        g.writeArrayFieldStart(field);
        for (int i : indices) {
            g.writeNumber(i);
        }
        g.writeEndArray();
    }

    static void writeRounded(JsonGenerator g, String field, double value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(round(value));
    }

    /**
     * A score or similarity as every JSON output of Parallax writes it: four decimals, half up,
     * trailing zeros dropped (0.8, 0.8333, 1).
     */
    public static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
