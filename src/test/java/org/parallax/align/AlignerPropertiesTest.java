package org.parallax.align;

import org.parallax.model.AlignmentUnit;
import org.parallax.model.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parallax.bench.SyntheticArticles;

class AlignerPropertiesTest {

    private final SentenceAligner aligner = SentenceAligners.forLanguage("de");

    private static void assertNothingLost(Alignment a, int left, int right) {
        List<Integer> l = new ArrayList<>();
        List<Integer> r = new ArrayList<>();
        for (AlignmentUnit u : a.units()) {
            l.addAll(u.left());
            r.addAll(u.right());
        }
        Collections.sort(l);
        Collections.sort(r);
        assertThat(l).hasSize(left).doesNotHaveDuplicates();
        assertThat(r).hasSize(right).doesNotHaveDuplicates();
        if (left > 0) {
            assertThat(l.get(0)).isZero();
            assertThat(l.get(left - 1)).isEqualTo(left - 1);
        }
        if (right > 0) {
            assertThat(r.get(0)).isZero();
            assertThat(r.get(right - 1)).isEqualTo(right - 1);
        }
    }

    @Property(tries = 60)
    void everySentenceLandsInExactlyOneUnit(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size) {
        List<List<String>> article = SyntheticArticles.article(seed, size);
        List<String> left = SyntheticArticles.flatten(article);
        List<String> right = SyntheticArticles.flatten(SyntheticArticles.rewrite(article, seed + 1));
        Alignment a = aligner.align(left, right);
        assertNothingLost(a, left.size(), right.size());
        assertThat(a.similarity()).isBetween(0.0, 1.0);
    }

    @Property(tries = 60)
    void nothingLostEvenForArbitraryStrings(@ForAll List<String> left, @ForAll List<String> right) {
        assertNothingLost(aligner.align(left, right), left.size(), right.size());
    }

    @Property(tries = 40)
    void identicalArticlesGiveOnlyIdenticalOneToOneUnits(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        List<String> text = SyntheticArticles.flatten(SyntheticArticles.article(seed, size));
        Alignment a = aligner.align(text, new ArrayList<>(text));
        assertThat(a.units()).hasSize(text.size());
        for (int k = 0; k < text.size(); k++) {
            AlignmentUnit u = a.units().get(k);
            assertThat(u.left()).containsExactly(k);
            assertThat(u.right()).containsExactly(k);
            assertThat(u.kind()).isEqualTo(UnitKind.IDENTICAL);
            assertThat(u.moved()).isFalse();
        }
    }

    @Property(tries = 40)
    void identicalArbitraryListsAreIdenticalUnits(@ForAll List<String> text) {
        Alignment a = aligner.align(text, text);
        assertThat(a.units()).allSatisfy(u -> {
            assertThat(u.kind()).isEqualTo(UnitKind.IDENTICAL);
            assertThat(u.left()).hasSize(1).isEqualTo(u.right());
        });
    }

    @Property(tries = 40)
    void swappingTheArticlesMirrorsTheUnits(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
        List<List<String>> article = SyntheticArticles.article(seed, size);
        List<String> left = SyntheticArticles.flatten(article);
        List<String> right = SyntheticArticles.flatten(SyntheticArticles.rewrite(article, seed ^ 0x5DEECE66DL));
        Set<String> forward = new HashSet<>();
        for (AlignmentUnit u : aligner.align(left, right).units()) {
            forward.add(u.left() + "|" + u.right() + "|" + mirror(u.kind()) + "|" + u.moved() + "|" + u.score());
        }
        Set<String> backward = new HashSet<>();
        for (AlignmentUnit u : aligner.align(right, left).units()) {
            backward.add(u.right() + "|" + u.left() + "|" + u.kind() + "|" + u.moved() + "|" + u.score());
        }
        assertThat(backward).isEqualTo(forward);
    }

    @Property(tries = 200)
    void swappingMirrorsEvenWithRepeatedSentences(@ForAll("repetitive") List<String> left, @ForAll("repetitive") List<String> right) {
        Set<String> forward = new HashSet<>();
        for (AlignmentUnit u : aligner.align(left, right).units()) {
            forward.add(u.left() + "|" + u.right() + "|" + mirror(u.kind()) + "|" + u.moved() + "|" + u.score());
        }
        Set<String> backward = new HashSet<>();
        for (AlignmentUnit u : aligner.align(right, left).units()) {
            backward.add(u.right() + "|" + u.left() + "|" + u.kind() + "|" + u.moved() + "|" + u.score());
        }
        assertThat(backward).isEqualTo(forward);
    }

    @Provide
    Arbitrary<List<String>> repetitive() {
        return Arbitraries.of("So geschah es.", "Gott sah, dass es gut war.", "Es wurde Abend und es wurde Morgen.",
                "Der Tag war zu Ende.", "Es wurde Abend.").list().ofMaxSize(12);
    }

    private static UnitKind mirror(UnitKind kind) {
        return switch (kind) {
            case LEFT_ONLY -> UnitKind.RIGHT_ONLY;
            case RIGHT_ONLY -> UnitKind.LEFT_ONLY;
            default -> kind;
        };
    }

    @Property(tries = 40)
    void shuffledParagraphsKeepTheirPairsAndAreFlaggedMoved(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int size) {
        List<List<String>> paragraphs = SyntheticArticles.article(seed, size);
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            order.add(p);
        }
        Collections.shuffle(order, new Random(seed));
        List<String> left = SyntheticArticles.flatten(paragraphs);
        List<String> right = new ArrayList<>();
        for (int p : order) {
            right.addAll(paragraphs.get(p));
        }
        Alignment a = aligner.align(left, right);

        // every sentence is still paired with its own copy
        assertThat(a.units()).hasSize(left.size()).allSatisfy(u -> {
            assertThat(u.kind()).isEqualTo(UnitKind.IDENTICAL);
            assertThat(right.get(u.right().get(0))).isEqualTo(left.get(u.left().get(0)));
        });
        // units kept in place keep both orders; the others are flagged moved
        List<AlignmentUnit> inPlace = a.units().stream().filter(u -> !u.moved()).toList();
        for (int k = 1; k < inPlace.size(); k++) {
            assertThat(inPlace.get(k).right().get(0)).isGreaterThan(inPlace.get(k - 1).right().get(0));
        }
        boolean reordered = !order.equals(order.stream().sorted().toList());
        assertThat(a.units().stream().anyMatch(AlignmentUnit::moved)).isEqualTo(reordered);
    }

    @Property(tries = 20)
    void alignmentIsDeterministic(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size) {
        List<List<String>> article = SyntheticArticles.article(seed, size);
        List<String> left = SyntheticArticles.flatten(article);
        List<String> right = SyntheticArticles.flatten(SyntheticArticles.rewrite(article, seed));
        assertThat(SentenceAligners.forLanguage("de").align(left, right)).isEqualTo(aligner.align(left, right));
    }
}
