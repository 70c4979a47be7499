package org.parallax.diff;

import org.parallax.model.AlignedSegment;
import org.parallax.model.DiffOp;
import org.parallax.model.DiffSegment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parallax.normalise.TextNormaliser;

class WordDifferPropertiesTest {

    /** Words and marks of news text, with no two spelt differently but alike after normalisation. */
    private static final List<String> WORDS = List.of(
            "Die", "der", "Regierung", "teilte", "am", "Montag", "mit", "China", "Angriff", "sagte", "es",
            "hieß", "Weiße", "Haus", "30.000", "3,5", "19.07.2021", "Journalist:innen", "E-Mail-Server",
            "groß", "angelegt", ",", ".", "„", "–", "(", ")", "the", "said", "on");

    /** Spellings that differ from one another only by normalisation. */
    private static final List<String> VARIANTS = List.of(
            "Die", "die", "DIE", "„", "\"", "«", "–", "—", "-", "30.000", "30,000", "30\u00A0000",
            "Journalist:innen", "JournalistInnen", "E-Mail-Server", "Emailserver", "Email-Server",
            "groß angelegt", "großangelegt", "Bundes\u00ADregierung", "Bundesregierung", "Montag", "montag");

    private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\u00A0", "\n", "");

    private final WordDiffer differ = WordDiffer.defaults();

    /** Words joined by single spaces: the two sides never differ by normalisation alone. */
    @Provide
    Arbitrary<String> plainTexts() {
        return Arbitraries.of(WORDS).list().ofMaxSize(25).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> variantTexts() {
        return texts(VARIANTS);
    }

    private static Arbitrary<String> texts(List<String> words) {
        Arbitrary<String> piece = net.jqwik.api.Combinators.combine(Arbitraries.of(words), Arbitraries.of(SPACES))
                .as((w, s) -> w + s);
        return piece.list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void segmentsRebuildBothTextsExactly(@ForAll("plainTexts") String left, @ForAll("plainTexts") String right) {
        List<DiffSegment> segments = differ.diff(left, right);
        assertThat(join(segments, DiffOp.DELETE)).isEqualTo(left);
        assertThat(join(segments, DiffOp.INSERT)).isEqualTo(right);
    }

    @Property(tries = 300)
    void alignedSegmentsRebuildBothTextsExactly(@ForAll("variantTexts") String left,
            @ForAll("variantTexts") String right) {
        List<AlignedSegment> segments = differ.alignedDiff(left, right);
        StringBuilder l = new StringBuilder();
        StringBuilder r = new StringBuilder();
        for (AlignedSegment s : segments) {
            l.append(s.left());
            r.append(s.right());
        }
        assertThat(l).hasToString(left);
        assertThat(r).hasToString(right);
        assertThat(join(differ.diff(left, right), DiffOp.DELETE)).isEqualTo(left);
    }

    @Property(tries = 300)
    void equalSegmentsDifferOnlyByNormalisation(@ForAll("variantTexts") String left,
            @ForAll("variantTexts") String right) {
        TextNormaliser normaliser = TextNormaliser.defaults();
        for (AlignedSegment s : differ.alignedDiff(left, right)) {
            if (s.op() == DiffOp.EQUAL) {
                assertThat(normaliser.sameComparisonForm(s.left(), s.right())).as(s.toString()).isTrue();
            }
        }
    }

    @Property(tries = 300)
    void segmentsAreReadable(@ForAll("plainTexts") String left, @ForAll("plainTexts") String right) {
        List<DiffSegment> segments = differ.diff(left, right);
        for (int i = 0; i < segments.size(); i++) {
            assertThat(segments.get(i).text()).isNotEmpty();
            if (i > 0) {
                DiffOp before = segments.get(i - 1).op();
                DiffOp op = segments.get(i).op();
                assertThat(op).isNotEqualTo(before);
                assertThat(before == DiffOp.INSERT && op == DiffOp.DELETE).isFalse();
            }
        }
    }

    @Property(tries = 200)
    void aTextDiffedWithItselfIsOneEquality(@ForAll("variantTexts") String text) {
        if (text.isEmpty()) {
            assertThat(differ.diff(text, text)).isEmpty();
        } else {
            assertThat(differ.diff(text, text)).containsExactly(new DiffSegment(DiffOp.EQUAL, text));
        }
    }

    private static String join(List<DiffSegment> segments, DiffOp side) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segments) {
            if (s.op() == DiffOp.EQUAL || s.op() == side) {
                sb.append(s.text());
            }
        }
        return sb.toString();
    }
}
