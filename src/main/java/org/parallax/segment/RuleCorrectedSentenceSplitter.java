package org.parallax.segment;

import org.parallax.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentence splitter that applies language rules first and asks OpenNLP's maximum-entropy sentence
 * model only where the rules cannot tell. Immutable and thread-safe; the model is read from the
 * classpath on first use. Obtain instances from {@link SentenceSplitters}.
 *
 * <p>A boundary can only fall after terminal punctuation ({@code . ! ? …}), optionally followed by
 * closing quotes or brackets, and then white space; so nothing inside a URL, an e-mail address, a
 * decimal number or a time ("19.30 Uhr") is ever split. A blank line inside a block always ends a
 * sentence. A single line break (blocks should not have any; it may be a headline given together with
 * its paragraph) ends a sentence when the line has no final punctuation and the next line does not
 * continue in lower case. Colons and semicolons never end a sentence.
 * Rules keep abbreviations (lists per language), ordinal dates, numbered list items, initials and
 * quotations followed by their speaker together; see {@link BoundaryRules}.
 *
 * <p>Nothing is lost: sentences are cut out of the input and trimmed of white space (anything for
 * which {@link #isSpace(char)} holds); concatenated they hold every other character in order.
 * Runs in linear time: each candidate looks at a bounded window of text.
 */
public final class RuleCorrectedSentenceSplitter implements SentenceSplitter {

    /** Characters of context the model sees on each side of an undecided candidate. */
    private static final int MODEL_CONTEXT = 100;

    private final BoundaryRules rules;
    private final Supplier<SentenceModel> model;

    RuleCorrectedSentenceSplitter(BoundaryRules rules, Supplier<SentenceModel> model) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Language whose rules and model this splitter uses, {@code "de"} or {@code "en"}. */
    public String language() {
        return rules.language();
    }

    @Override
    public List<String> split(String block) {
        Objects.requireNonNull(block, "block");
        List<String> sentences = new ArrayList<>();
        ModelCall detector = new ModelCall();
        int paragraphStart = 0;
        int i = 0;
        while (i < block.length()) {
            if (block.charAt(i) == '\n') {
                int j = i + 1;
                while (j < block.length() && block.charAt(j) != '\n' && isSpace(block.charAt(j))) {
                    j++;
                }
                if (j < block.length() && block.charAt(j) == '\n') {
                    splitParagraph(block, paragraphStart, i, sentences, detector);
                    paragraphStart = j + 1;
                }
                i = j;
            } else {
                i++;
            }
        }
        splitParagraph(block, paragraphStart, block.length(), sentences, detector);
        return List.copyOf(sentences);
    }

    private void splitParagraph(String text, int from, int to, List<String> out, ModelCall detector) {
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            if (text.charAt(i) == '\n') {
                if (isLineBoundary(text, sentenceStart, i, to)) {
                    addTrimmed(text, sentenceStart, i, out);
                    sentenceStart = i + 1;
                }
                i++;
                continue;
            }
            if (!SentenceChars.isTerminal(text.charAt(i))) {
                i++;
                continue;
            }
            int punctStart = i;
            int punctEnd = i;
            while (punctEnd < to && SentenceChars.isTerminal(text.charAt(punctEnd))) {
                punctEnd++;
            }
            int closeEnd = punctEnd;
            while (closeEnd < to && SentenceChars.isClosing(text.charAt(closeEnd))) {
                closeEnd++;
            }
            i = closeEnd;
            if (closeEnd >= to || !isSpace(text.charAt(closeEnd))) {
                continue;
            }
            int next = closeEnd;
            while (next < to && isSpace(text.charAt(next))) {
                next++;
            }
            if (next >= to) {
                break;
            }
            BoundaryRules.Decision decision = rules.decide(text, from, punctStart, punctEnd, closeEnd, next);
            if (decision == BoundaryRules.Decision.UNDECIDED) {
                decision = detector.boundaryAt(text, from, to, punctStart);
            }
            if (decision == BoundaryRules.Decision.SPLIT) {
                addTrimmed(text, sentenceStart, closeEnd, out);
                sentenceStart = next;
            }
            i = next;
        }
        addTrimmed(text, sentenceStart, to, out);
    }

    /**
     * A line break ends a sentence when the line before it ends without punctuation that continues
     * or ends a sentence (a headline: "Washington beschuldigt China") and the next line does not go
     * on in lower case (a hard wrap: "über eine Lücke\nim Mailserver").
     */
    private static boolean isLineBoundary(String text, int sentenceStart, int newline, int to) {
        int before = newline;
        while (before > sentenceStart && isSpace(text.charAt(before - 1))) {
            before--;
        }
        int after = newline + 1;
        while (after < to && isSpace(text.charAt(after))) {
            after++;
        }
        if (before == sentenceStart || after >= to) {
            return false;
        }
        char last = text.charAt(before - 1);
        if (SentenceChars.isTerminal(last) || SentenceChars.isContinuing(last)) {
            return false; // terminal punctuation is left to the rules; ", : – (" go on
        }
        return BoundaryRules.NextWord.at(text, after).shape() != BoundaryRules.Shape.LOWER;
    }

    private static void addTrimmed(String text, int start, int end, List<String> out) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(text.substring(s, e));
        }
    }

    /** White space for splitting and trimming: Java white space and Unicode space separators (no-break space). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Asks the maximum-entropy model about one candidate, the way {@link SentenceDetectorME} does for
     * each end-of-sentence character, but only for this one. Made once per call of {@link #split}:
     * the context generator keeps a buffer and is not thread-safe.
     */
    private final class ModelCall {
        private SDContextGenerator contexts;
        private MaxentModel maxent;

        BoundaryRules.Decision boundaryAt(String text, int from, int to, int punctStart) {
            if (contexts == null) {
                SentenceModel sentenceModel = model.get();
                contexts = sentenceModel.getFactory().getSDContextGenerator();
                maxent = sentenceModel.getMaxentModel();
            }
            int windowStart = Math.max(from, punctStart - MODEL_CONTEXT);
            int windowEnd = Math.min(to, punctStart + 1 + MODEL_CONTEXT);
            String window = text.substring(windowStart, windowEnd);
            double[] outcomes = maxent.eval(contexts.getContext(window, punctStart - windowStart));
            return maxent.getBestOutcome(outcomes).equals(SentenceDetectorME.SPLIT)
                    ? BoundaryRules.Decision.SPLIT : BoundaryRules.Decision.KEEP;
        }
    }
}
