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
}
