package org.parallax.diff;

import org.parallax.model.AlignedSegment;
import org.parallax.model.DiffOp;
import org.parallax.model.DiffSegment;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parallax.normalise.TextNormaliser;

/**
 * Word diff of two texts, blind to differences that are only normalisation. Immutable and
 * thread-safe.
 *
 * <p>Both texts are cut into words, numbers and punctuation marks, each carrying the white space
 * that follows it, and compared on their comparison forms ({@link TextNormaliser}) with the Myers
 * algorithm of java-diff-utils. So quote style, dashes, spacing, case, number grouping, gender forms,
 * hyphenated compounds and (when the normaliser folds it) ß/ss never show as changes; neither do
 * words written apart on one side and together on the other ("groß angelegt" / "großangelegt"),
 * found by matching up to three adjacent tokens whose comparison forms concatenate to the same text.
 *
 * <p>The result reads as phrases, not confetti: short equalities between two changes are folded
 * into the changes (see {@link SemanticCleanup}), edits always cover whole tokens, adjacent segments
 * of one operation are merged, and within a change the deletion comes before the insertion.
 *
 * <p>Nothing is lost: the {@link DiffOp#EQUAL} and {@link DiffOp#DELETE} texts of
 * {@link #alignedDiff} concatenate to the left text, its {@link DiffOp#EQUAL} right texts and
 * {@link DiffOp#INSERT} texts to the right text. {@link #diff} shows an equal segment in its left
 * spelling, so its equal and deleted texts give the left text exactly, and its equal and inserted
 * texts give the right text exactly unless the two differ by normalisation. White space belongs to
 * the token before it; where only one side has white space after an equality, it moves into the
 * following edit so that words never run together on either side.
 */
public final class WordDiffer {

    /** Longest run of adjacent tokens matched against a run on the other side as one compound. */
    private static final int MAX_COMPOUND_TOKENS = 3;

    private static final WordDiffer DEFAULTS = new WordDiffer(TextNormaliser.defaults(), true);

    private final TextNormaliser normaliser;
    private final boolean semanticCleanup;

    private WordDiffer(TextNormaliser normaliser, boolean semanticCleanup) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.semanticCleanup = semanticCleanup;
    }

    /** Default normaliser, semantic clean-up on. */
    public static WordDiffer defaults() {
        return DEFAULTS;
    }

    /** A differ comparing with {@code normaliser} (for instance one that folds ß to ss). */
    public WordDiffer withNormaliser(TextNormaliser normaliser) {
        return new WordDiffer(normaliser, semanticCleanup);
    }

    /** A differ with the semantic clean-up on or off; off shows every token-level edit. */
    public WordDiffer withSemanticCleanup(boolean on) {
        return new WordDiffer(normaliser, on);
    }

    /** Diff of two texts; equal segments show the left text. */
    public List<DiffSegment> diff(String left, String right) {
        List<AlignedSegment> aligned = alignedDiff(left, right);
        List<DiffSegment> segments = new ArrayList<>(aligned.size());
        for (AlignedSegment segment : aligned) {
            segments.add(segment.toSegment());
        }
        return List.copyOf(segments);
    }

    /** Diff of two runs of sentences, each run joined with a space. */
    public List<DiffSegment> diff(List<String> leftSentences, List<String> rightSentences) {
        return diff(String.join(" ", leftSentences), String.join(" ", rightSentences));
    }

    /** Diff of two texts keeping the original text of both sides in every segment. */
    public List<AlignedSegment> alignedDiff(String left, String right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        List<Token> leftTokens = WordTokeniser.tokenise(left, normaliser);
        List<Token> rightTokens = WordTokeniser.tokenise(right, normaliser);
        List<TokenRun> runs = runs(leftTokens, rightTokens);
        if (semanticCleanup) {
            runs = SemanticCleanup.apply(runs, leftTokens, rightTokens);
        }
        return segments(runs, leftTokens, rightTokens);
    }

    /** Equal and changed runs of tokens, in order, covering both token lists; changes merged. */
    private static List<TokenRun> runs(List<Token> left, List<Token> right) {
        Patch<Token> patch = DiffUtils.diff(left, right,
                new MyersDiff<>((Token a, Token b) -> a.key().equals(b.key())), null, false);
        List<TokenRun> runs = new ArrayList<>();
        int l = 0;
        int r = 0;
        for (AbstractDelta<Token> delta : patch.getDeltas()) {
            int ls = delta.getSource().getPosition();
            int rs = delta.getTarget().getPosition();
            add(runs, new TokenRun(true, l, ls, r, rs));
            l = ls + delta.getSource().size();
            r = rs + delta.getTarget().size();
            splitCompounds(runs, left, right, ls, l, rs, r);
        }
        add(runs, new TokenRun(true, l, left.size(), r, right.size()));
        return runs;
    }

    /**
     * Adds the change {@code [l0, l1) x [r0, r1)}, split around runs of tokens that are equal once
     * spaces are ignored ("groß angelegt" / "großangelegt").
     */
    private static void splitCompounds(List<TokenRun> runs, List<Token> left, List<Token> right,
            int l0, int l1, int r0, int r1) {
        for (int i = l0; i < l1; i++) {
            for (int j = r0; j < r1; j++) {
                String l = left.get(i).key();
                String r = right.get(j).key();
                if (!(l.startsWith(r) || r.startsWith(l))) {
                    continue;
                }
                for (int a = 1; a <= MAX_COMPOUND_TOKENS && i + a <= l1; a++) {
                    for (int b = 1; b <= MAX_COMPOUND_TOKENS && j + b <= r1; b++) {
                        if (a + b > 2 && joinedKey(left, i, i + a).equals(joinedKey(right, j, j + b))) {
                            add(runs, new TokenRun(false, l0, i, r0, j));
                            add(runs, new TokenRun(true, i, i + a, j, j + b));
                            splitCompounds(runs, left, right, i + a, l1, j + b, r1);
                            return;
                        }
                    }
                }
            }
        }
        add(runs, new TokenRun(false, l0, l1, r0, r1));
    }

    private static String joinedKey(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).key();
        }
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            key.append(tokens.get(i).key());
        }
        return key.toString();
    }

    /** Appends a run, skipping empty ones and merging it into a preceding run of its kind. */
    private static void add(List<TokenRun> runs, TokenRun run) {
        if (run.isEmpty()) {
            return;
        }
        if (!runs.isEmpty() && runs.get(runs.size() - 1).equal() == run.equal()) {
            TokenRun last = runs.remove(runs.size() - 1);
            runs.add(new TokenRun(run.equal(), last.leftFrom(), run.leftTo(), last.rightFrom(), run.rightTo()));
        } else {
            runs.add(run);
        }
    }

    private static List<AlignedSegment> segments(List<TokenRun> runs, List<Token> left, List<Token> right) {
        List<AlignedSegment> segments = new ArrayList<>();
        String carriedLeft = "";
        String carriedRight = "";
        for (int k = 0; k < runs.size(); k++) {
            TokenRun run = runs.get(k);
            String leftText = text(left, run.leftFrom(), run.leftTo());
            String rightText = text(right, run.rightFrom(), run.rightTo());
            if (run.equal()) {
                TokenRun next = k + 1 < runs.size() ? runs.get(k + 1) : null;
                int leftCore = withoutTrailingSpace(leftText);
                int rightCore = withoutTrailingSpace(rightText);
                // An equality shows its left text. When only the right side has white space before
                // an insertion (or only the left before a deletion), that white space moves into the
                // edit so that neither side's words run together.
                if (next != null && leftCore == leftText.length() && rightCore < rightText.length()
                        && next.rightTo() > next.rightFrom()) {
                    carriedRight = rightText.substring(rightCore);
                    rightText = rightText.substring(0, rightCore);
                } else if (next != null && rightCore == rightText.length() && leftCore < leftText.length()
                        && next.leftTo() > next.leftFrom()) {
                    carriedLeft = leftText.substring(leftCore);
                    leftText = leftText.substring(0, leftCore);
                }
                segments.add(new AlignedSegment(DiffOp.EQUAL, leftText, rightText));
            } else {
                if (!leftText.isEmpty()) {
                    segments.add(new AlignedSegment(DiffOp.DELETE, carriedLeft + leftText, ""));
                }
                if (!rightText.isEmpty()) {
                    segments.add(new AlignedSegment(DiffOp.INSERT, "", carriedRight + rightText));
                }
                carriedLeft = "";
                carriedRight = "";
            }
        }
        return List.copyOf(segments);
    }

    /** Length of {@code text} without its trailing white space. */
    private static int withoutTrailingSpace(String text) {
        int end = text.length();
        while (end > 0 && TextNormaliser.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(tokens.get(i).text());
        }
        return text.toString();
    }
}
