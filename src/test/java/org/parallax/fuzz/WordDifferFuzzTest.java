package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.parallax.model.AlignedSegment;
import org.parallax.model.DiffOp;
import org.parallax.diff.WordDiffer;

/**
 * Two fuzzed texts (the first line and the rest) through {@link WordDiffer#alignedDiff}: the equal and
 * deleted parts rebuild the left text exactly, the equal and inserted parts the right text, no segment
 * is empty, neighbours never share an operation, and an insertion never comes straight before a
 * deletion.
 */
class WordDifferFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void diffRebuildsBothTexts(FuzzedDataProvider data) {
        boolean cleanup = data.consumeBoolean();
        String both = data.consumeRemainingAsString();
        int line = both.indexOf('\n');
        String left = line < 0 ? both : both.substring(0, line);
        String right = line < 0 ? "" : both.substring(line + 1);

        List<AlignedSegment> segments = WordDiffer.defaults().withSemanticCleanup(cleanup).alignedDiff(left, right);

        StringBuilder rebuiltLeft = new StringBuilder();
        StringBuilder rebuiltRight = new StringBuilder();
        for (AlignedSegment s : segments) {
            assertThat(s.left().isEmpty() && s.right().isEmpty()).as("empty segment %s", s).isFalse();
            rebuiltLeft.append(s.left());
            rebuiltRight.append(s.right());
        }
        assertThat(rebuiltLeft.toString()).isEqualTo(left);
        assertThat(rebuiltRight.toString()).isEqualTo(right);
        for (int k = 1; k < segments.size(); k++) {
            DiffOp before = segments.get(k - 1).op();
            DiffOp after = segments.get(k).op();
            assertThat(after).as("segments %d and %d", k - 1, k).isNotEqualTo(before);
            assertThat(before == DiffOp.INSERT && after == DiffOp.DELETE).as("insert before delete at %d", k).isFalse();
        }
    }
}
