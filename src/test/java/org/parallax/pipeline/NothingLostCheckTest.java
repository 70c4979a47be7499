package org.parallax.pipeline;

import org.parallax.model.Language;

import org.parallax.model.Article;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.AlignmentUnit;
import org.parallax.model.UnitKind;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.TextBlock;
import org.parallax.model.BlockKind;
import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;
import org.parallax.model.Sentence;

class NothingLostCheckTest {

    private static Article article(String id, int sentences) {
        List<Sentence> list = new java.util.ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            list.add(new Sentence(i, 0, "Satz " + i + ".", "satz " + i + "."));
        }
        return new Article(id, new ArticleMetadata(id, "", "", Language.GERMAN, "", id + ".txt", Map.of()),
                List.of(new TextBlock(BlockKind.PARAGRAPH, "x")), list, List.of());
    }

    private static Comparison with(UnitComparison... units) {
        return new Comparison("t", List.of(article("a1", 2), article("a2", 2)),
                List.of(new PairComparison("a1", "a2", 0.5, List.of(units))), List.of(), Map.of(), Map.of());
    }

    private static UnitComparison unit(List<Integer> l, List<Integer> r, UnitKind kind) {
        return new UnitComparison("u", new AlignmentUnit(l, r, kind, false, 1), List.of(), List.of());
    }

    @Test
    void acceptsAPairThatAccountsForEverySentenceOnce() {
        assertThatCode(() -> NothingLostCheck.verify(with(unit(List.of(0), List.of(0, 1), UnitKind.MODIFIED),
                unit(List.of(1), List.of(), UnitKind.LEFT_ONLY)))).doesNotThrowAnyException();
    }

    @Test
    void failsLoudlyWhenASentenceIsMissing() {
        assertThatThrownBy(() -> NothingLostCheck.verify(with(unit(List.of(0), List.of(0, 1), UnitKind.MODIFIED))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sentence 1 of a1").hasMessageContaining("0 times");
    }

    @Test
    void failsLoudlyWhenASentenceIsTwice() {
        assertThatThrownBy(() -> NothingLostCheck.verify(with(unit(List.of(0, 1), List.of(0), UnitKind.MODIFIED),
                unit(List.of(), List.of(0, 1), UnitKind.RIGHT_ONLY))))
                .hasMessageContaining("sentence 0 of a2").hasMessageContaining("2 times");
    }

    @Test
    void failsWhenAKindContradictsItsSides() {
        assertThatThrownBy(() -> NothingLostCheck.verify(with(unit(List.of(0, 1), List.of(0, 1), UnitKind.IDENTICAL),
                unit(List.of(), List.of(), UnitKind.LEFT_ONLY))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NothingLostCheck.verify(with(unit(List.of(0, 1), List.of(), UnitKind.RIGHT_ONLY),
                unit(List.of(), List.of(0, 1), UnitKind.RIGHT_ONLY))))
                .hasMessageContaining("is right-only");
    }

    @Test
    void failsWhenAnIndexDoesNotExist() {
        assertThatThrownBy(() -> NothingLostCheck.verify(with(unit(List.of(0, 1, 2), List.of(0, 1), UnitKind.MODIFIED))))
                .hasMessageContaining("sentence 2 of a1 does not exist");
    }
}
