package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.align.Alignment;
import org.parallax.model.AlignmentUnit;
import org.parallax.align.SentenceAligner;
import org.parallax.align.SentenceAligners;
import org.parallax.model.UnitKind;
import org.parallax.normalise.TextNormaliser;

/**
 * Two fuzzed lists of sentences (one sentence a line, the sides separated by a line {@code ===}, at
 * most {@link #MAX_SENTENCES} a side) through the German aligner: it never throws, every sentence of
 * both sides lands in exactly one unit, units follow the left article's order and hold runs of
 * consecutive sentences, each unit's kind agrees with its sides, scores lie in [0, 1], and aligning the
 * same lists again gives the same alignment.
 */
class SentenceAlignerFuzzTest {

    static final int MAX_SENTENCES = 40;
    private static final String SIDE_BREAK = "===";

    private final SentenceAligner aligner = SentenceAligners.forLanguage("de");

    @FuzzTest(maxDuration = "5s")
    void alignsAnySentencesKeepingEveryOne(FuzzedDataProvider data) {
        List<String> lines = Arrays.asList(data.consumeRemainingAsString().split("\n", -1));
        int cut = lines.indexOf(SIDE_BREAK);
        List<String> left = cap(cut < 0 ? lines : lines.subList(0, cut));
        List<String> right = cap(cut < 0 ? List.of() : lines.subList(cut + 1, lines.size()));

        Alignment alignment = aligner.align(left, right);

        assertThat(alignment.similarity()).isBetween(0.0, 1.0);
        List<Integer> leftSeen = new ArrayList<>();
        List<Integer> rightSeen = new ArrayList<>();
        TextNormaliser normaliser = TextNormaliser.defaults();
        for (AlignmentUnit unit : alignment.units()) {
            assertThat(unit.score()).isBetween(0.0, 1.0);
            assertConsecutive(unit.left());
            assertConsecutive(unit.right());
            switch (unit.kind()) {
                case LEFT_ONLY -> assertThat(unit.right()).as("left-only unit %s", unit).isEmpty();
                case RIGHT_ONLY -> assertThat(unit.left()).as("right-only unit %s", unit).isEmpty();
                default -> assertThat(unit.left().isEmpty() || unit.right().isEmpty()).as("%s", unit).isFalse();
            }
            if (unit.left().size() == 1 && unit.right().size() == 1) {
                boolean same = normaliser.compactForm(left.get(unit.left().get(0)))
                        .equals(normaliser.compactForm(right.get(unit.right().get(0))));
                assertThat(unit.kind()).as("%s", unit).isEqualTo(same ? UnitKind.IDENTICAL : UnitKind.MODIFIED);
            }
            leftSeen.addAll(unit.left());
            rightSeen.addAll(unit.right());
        }
        assertThat(leftSeen).as("left sentences, in the units' order").isEqualTo(range(left.size()));
        assertThat(rightSeen.stream().sorted().toList()).as("right sentences").isEqualTo(range(right.size()));
        assertThat(aligner.align(left, right)).as("same lists, same alignment").isEqualTo(alignment);
        assertThat(aligner.align(new ArrayList<>(left), new ArrayList<>(right))).isEqualTo(alignment);
    }

    private static List<String> cap(List<String> sentences) {
        return List.copyOf(sentences.subList(0, Math.min(sentences.size(), MAX_SENTENCES)));
    }

    private static void assertConsecutive(List<Integer> indices) {
        for (int k = 1; k < indices.size(); k++) {
            assertThat(indices.get(k)).as("run %s", indices).isEqualTo(indices.get(k - 1) + 1);
        }
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
