package org.parallax.report;

import org.parallax.model.Language;

import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.AlignmentUnit;
import org.parallax.model.UnitKind;
import org.parallax.model.Claim;
import org.parallax.model.AlignedSegment;
import org.parallax.model.DiffOp;
import org.parallax.model.ArticleFraming;
import org.parallax.model.FramingDifference;
import org.parallax.model.MarkerType;
import org.parallax.model.Side;
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

/** A tiny comparison of three articles that touches every part of the report template. */
final class WarmUpSample {

    private WarmUpSample() {
    }

    static Comparison comparison() {
        List<Article> articles = List.of(article("a1"), article("a2"), article("a3"));
        AlignedSegment same = new AlignedSegment(DiffOp.EQUAL, "Text.", "Text.");
        List<UnitComparison> units = List.of(
                new UnitComparison("u1", new AlignmentUnit(List.of(0), List.of(0), UnitKind.IDENTICAL, false, 1), List.of(same), List.of()),
                new UnitComparison("u2", new AlignmentUnit(List.of(1), List.of(1), UnitKind.MODIFIED, true, 0.5),
                        List.of(new AlignedSegment(DiffOp.DELETE, "a", ""), new AlignedSegment(DiffOp.INSERT, "", "b"), same),
                        List.of(new FramingDifference(MarkerType.HEDGE, Side.LEFT, "a", "b"),
                                new FramingDifference(MarkerType.DATE, Side.RIGHT, "b", ""))),
                new UnitComparison("u3", new AlignmentUnit(List.of(2), List.of(), UnitKind.LEFT_ONLY, false, 1), List.of(), List.of()),
                new UnitComparison("u4", new AlignmentUnit(List.of(), List.of(2), UnitKind.RIGHT_ONLY, false, 1), List.of(), List.of()));
        List<PairComparison> pairs = List.of(new PairComparison("a1", "a2", 0.5, units),
                new PairComparison("a1", "a3", 0.5, units), new PairComparison("a2", "a3", 0.5, units));
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        Map<String, List<AlignedSegment>> wording = new LinkedHashMap<>();
        members.put("a1", List.of(0));
        members.put("a2", List.of(0));
        wording.put("a1", List.of(same));
        wording.put("a2", List.of(new AlignedSegment(DiffOp.DELETE, "a", ""), new AlignedSegment(DiffOp.INSERT, "", "b")));
        List<Claim> claims = List.of(new Claim(1, members, "a1", wording),
                new Claim(2, Map.of("a3", List.of(1)), "a3", Map.of("a3", List.of(same))));
        Map<String, ArticleFraming> framing = new LinkedHashMap<>();
        for (Article a : articles) {
            framing.put(a.id(), ArticleFraming.of(List.of()));
        }
        Attribution blamed = new Attribution("USA", "China", "China", List.of("a"), true, false, 0);
        Attribution denied = new Attribution("EU", "China", "China", List.of(), false, true, 1);
        AttributionTable who = new AttributionTable("China", List.of("China"), List.of("China"), List.of("USA", "EU", ""),
                List.of(new OutletAttribution("a1", List.of(
                                new SourceAttribution("USA", blamed, List.of(blamed, blamed), List.of("China"), List.of()),
                                new SourceAttribution("", blamed, List.of(blamed), List.of("China"), List.of()))),
                        new OutletAttribution("a2", List.of(
                                new SourceAttribution("EU", denied, List.of(denied), List.of(), List.of("China"))))));
        return new Comparison("Sample", articles, pairs, claims, framing, Map.of(), who);
    }

    private static Article article(String id) {
        List<Sentence> sentences = List.of(new Sentence(0, 0, "Text.", "text."), new Sentence(1, 1, "a", "a"),
                new Sentence(2, 1, "b", "b"));
        return new Article(id, new ArticleMetadata(id, id, "https://example.org/" + id, Language.GERMAN, "2021-07-19", id, Map.of()),
                List.of(new TextBlock(BlockKind.HEADLINE, "Text."), new TextBlock(BlockKind.PARAGRAPH, "a b")), sentences,
                List.of(new Removal("Anzeige", "ad-label")));
    }
}
