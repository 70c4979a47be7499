package org.parallax.report;

import org.parallax.model.Language;
import org.parallax.model.Side;

import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.AlignmentUnit;
import org.parallax.model.UnitKind;
import org.parallax.model.DiffOp;
import org.parallax.model.AlignedSegment;
import org.parallax.model.FramingDifference;
import org.parallax.model.MarkerType;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.TextBlock;
import org.parallax.model.BlockKind;
import org.parallax.model.Removal;
import org.parallax.model.Article;
import org.parallax.model.Sentence;
import org.parallax.model.Attribution;
import org.parallax.model.AttributionTable;
import org.parallax.model.OutletAttribution;
import org.parallax.model.SourceAttribution;

/** Hand-built comparison models for report tests, independent of the pipeline stages. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static Article article(String id, String outlet, String title, String url, List<String> sentences,
            List<Removal> removed) {
        List<Sentence> list = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            list.add(new Sentence(i, i, sentences.get(i), sentences.get(i).toLowerCase(java.util.Locale.ROOT)));
        }
        List<TextBlock> blocks = sentences.stream().map(s -> new TextBlock(BlockKind.PARAGRAPH, s)).toList();
        ArticleMetadata m = new ArticleMetadata(outlet, title, url, Language.GERMAN, "2021-07-19", id + ".txt", Map.of());
        return new Article(id, m, blocks, list, removed);
    }

    /** Two short articles carrying the US and the EU framing, aligned by hand. */
    static Comparison usAgainstEu() {
        Article us = article("a1", "Washingtoner Blatt", "USA: China steckt hinter Exchange-Hack",
                "https://example.org/us", List.of(
                        "Die USA machen China verantwortlich.",
                        "Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom Ministerium für Staatssicherheit gesteuert worden, teilte das Weiße Haus mit.",
                        "Vier Hacker werden angeklagt."),
                List.of(new Removal("Mehr zum Thema: Cyberangriffe", "related-links")));
        Article eu = article("a2", "Brüsseler Bote", "EU: Angriff kam aus China", "https://example.org/eu", List.of(
                "Die USA machen China verantwortlich.",
                "Die Attacke sei von chinesischem Territorium aus geführt worden, hieß es.",
                "Brüssel nennt kein Ministerium."),
                List.of());
        List<UnitComparison> units = List.of(
                new UnitComparison("u1", new AlignmentUnit(List.of(0), List.of(0), UnitKind.IDENTICAL, false, 1.0),
                        List.of(new AlignedSegment(DiffOp.EQUAL, "Die USA machen China verantwortlich.", "Die USA machen China verantwortlich.")), List.of()),
                new UnitComparison("u2", new AlignmentUnit(List.of(1), List.of(1), UnitKind.MODIFIED, false, 0.41),
                        List.of(new AlignedSegment(DiffOp.DELETE, "Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom Ministerium für Staatssicherheit gesteuert worden, teilte das Weiße Haus mit.", ""),
                                new AlignedSegment(DiffOp.INSERT, "", "Die Attacke sei von chinesischem Territorium aus geführt worden, hieß es.")),
                        List.of(new FramingDifference(MarkerType.HEDGE, Side.LEFT, "mit sehr hoher Wahrscheinlichkeit", ""),
                                new FramingDifference(MarkerType.ATTRIBUTION, Side.LEFT, "teilte das Weiße Haus mit", "hieß es"),
                                new FramingDifference(MarkerType.ACTOR, Side.LEFT, "Ministerium für Staatssicherheit", "chinesischem Territorium"))),
                new UnitComparison("u3", new AlignmentUnit(List.of(2), List.of(), UnitKind.LEFT_ONLY, false, 1.0), List.of(), List.of()),
                new UnitComparison("u4", new AlignmentUnit(List.of(), List.of(2), UnitKind.RIGHT_ONLY, false, 1.0), List.of(), List.of()));
        return new Comparison("USA und EU zum Exchange-Hack", List.of(us, eu),
                List.of(new PairComparison("a1", "a2", 0.47, units)), List.of(), Map.of(), Map.of());
    }

    /** The two articles of {@link #usAgainstEu()} with their "who said what" table, built by hand. */
    static Comparison usAgainstEuWithAttribution() {
        Comparison c = usAgainstEu();
        String mss = "China: Ministry of State Security";
        Attribution usHack = new Attribution("Weißes Haus", mss, "Ministerium für Staatssicherheit",
                List.of("mit sehr hoher Wahrscheinlichkeit"), true, false, 1);
        Attribution usFirst = new Attribution("USA", "China", "China", List.of(), false, false, 0);
        Attribution euTerritory = new Attribution("EU", "Chinese territory", "von chinesischem Territorium aus",
                List.of(), false, false, 1);
        Attribution euNoMinistry = new Attribution("EU", mss, "Ministerium", List.of(), false, true, 2);
        AttributionTable table = new AttributionTable("China", List.of("China", mss, "Chinese territory"), List.of(mss),
                List.of("USA", "Weißes Haus", "EU"), List.of(
                        new OutletAttribution("a1", List.of(
                                new SourceAttribution("USA", usFirst, List.of(usFirst), List.of("China"), List.of(mss)),
                                new SourceAttribution("Weißes Haus", usHack, List.of(usHack), List.of(mss), List.of()))),
                        new OutletAttribution("a2", List.of(
                                new SourceAttribution("USA", usFirst, List.of(usFirst), List.of("China"), List.of(mss)),
                                new SourceAttribution("EU", euTerritory, List.of(euTerritory, euNoMinistry),
                                        List.of("Chinese territory"), List.of(mss))))));
        return new Comparison(c.title(), c.articles(), c.pairs(), c.claims(), c.framing(), c.markers(), table);
    }
}
