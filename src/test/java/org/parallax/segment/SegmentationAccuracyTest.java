package org.parallax.segment;

import org.parallax.model.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * Compares sentence-boundary accuracy on the hard cases: the rule-corrected splitter, OpenNLP's
 * sentence detector alone with the same model, and ICU's sentence break iterator. Prints the
 * figures; asserts only that the splitter beats both and gets at least 95% of cases right.
 */
class SegmentationAccuracyTest {

    /** Segmenters compared: language and block to sentence start offsets. */
    private static int[] ourStarts(String language, String block) {
        List<String> sentences = SentenceSplitters.forLanguage(language).split(block);
        int[] starts = new int[sentences.size()];
        int from = 0;
        for (int i = 0; i < sentences.size(); i++) {
            starts[i] = block.indexOf(sentences.get(i), from);
            from = starts[i] + sentences.get(i).length();
        }
        return starts;
    }

    private static int[] openNlpStarts(String language, String block) {
        Span[] spans = new SentenceDetectorME(SentenceModels.forLanguage(language)).sentPosDetect(block);
        return Arrays.stream(spans).mapToInt(Span::getStart).toArray();
    }

    private static BiFunction<String, String, int[]> icu(String keywords) {
        return (language, block) -> {
            BreakIterator iterator = BreakIterator.getSentenceInstance(new ULocale(language + keywords));
            iterator.setText(block);
            List<Integer> starts = new ArrayList<>();
            for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
                starts.add(b);
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        };
    }

    static BoundaryScore score(String name, BiFunction<String, String, int[]> segmenter,
                               List<HardCases.Case> cases, List<String> failures) {
        BoundaryScore score = BoundaryScore.empty(name);
        for (HardCases.Case c : cases) {
            Set<Integer> gold = BoundaryScore.ofSentences(c.sentences());
            Set<Integer> predicted = BoundaryScore.ofOffsets(c.block(), segmenter.apply(c.language(), c.block()));
            if (!gold.equals(predicted)) {
                failures.add(name + " | " + c.language() + " | " + c.block().replace("\n", "\\n"));
            }
            score = score.add(gold, predicted);
        }
        return score;
    }

    private static void print(String title, List<BoundaryScore> scores, List<String> failures) {
        System.out.println("Sentence-boundary accuracy on " + scores.get(0).cases() + " " + title + ":");
        scores.forEach(s -> System.out.println("  " + s));
        System.out.println("Cases got wrong:");
        failures.forEach(f -> System.out.println("  " + f));
    }

    @Test
    void ruleCorrectedSplitterBeatsPlainModelAndIcu() {
        List<HardCases.Case> cases = HardCases.all();
        List<String> failures = new ArrayList<>();
        BoundaryScore ours = score("RuleCorrectedSentenceSplitter", SegmentationAccuracyTest::ourStarts, cases, failures);
        BoundaryScore openNlp = score("OpenNLP SentenceDetectorME", SegmentationAccuracyTest::openNlpStarts, cases, failures);
        BoundaryScore icu = score("ICU BreakIterator (locale)", icu(""), cases, failures);
        BoundaryScore icuSuppressions = score("ICU BreakIterator (@ss=standard)", icu("@ss=standard"), cases, failures);
        print("hard cases", List.of(ours, openNlp, icu, icuSuppressions), failures);

        List<HardCases.Case> heldOut = HardCases.heldOut();
        List<String> heldOutFailures = new ArrayList<>();
        print("held-out cases (reported, not asserted)", List.of(
                score("RuleCorrectedSentenceSplitter", SegmentationAccuracyTest::ourStarts, heldOut, heldOutFailures),
                score("OpenNLP SentenceDetectorME", SegmentationAccuracyTest::openNlpStarts, heldOut, heldOutFailures),
                score("ICU BreakIterator (locale)", icu(""), heldOut, heldOutFailures),
                score("ICU BreakIterator (@ss=standard)", icu("@ss=standard"), heldOut, heldOutFailures)),
                heldOutFailures);

        assertThat(ours.f1()).isGreaterThan(openNlp.f1()).isGreaterThan(icu.f1());
        assertThat(ours.casesCorrect()).isGreaterThan(openNlp.casesCorrect()).isGreaterThan(icu.casesCorrect());
        assertThat(ours.shareCorrect()).isGreaterThanOrEqualTo(0.95);
    }
}
