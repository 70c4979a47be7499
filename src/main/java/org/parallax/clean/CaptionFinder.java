package org.parallax.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.parallax.model.BlockKind;
import org.parallax.model.Removal;
import org.parallax.model.TextBlock;

/**
 * Finds photo captions in text articles by their photo credit (rule {@code photo-credit}). A caption
 * is a short line: at most {@link #MAX_CAPTION_WORDS} words, and at most {@link #MAX_SENTENCE_CAPTION_WORDS}
 * when it ends like a sentence ("Der Westflügel des Weißen Hauses in Washington."); never one that ends
 * with a colon (it introduces what follows). It is a caption
 * <ul>
 *   <li>when its block ends with a credit that was cut from it ("... in Washington. (Foto: dpa)"), or</li>
 *   <li>when it stands just before or just after a credit line of its own ("Foto: picture alliance / dpa").
 *       The headline is never a caption, nor is the line right after it (the standfirst): a credit below
 *       the standfirst belongs to a picture without a caption of its own.</li>
 * </ul>
 * Stateless.
 */
final class CaptionFinder {
    /** The rule id of photo credits in the bundled rules. */
    static final String CREDIT_RULE = "photo-credit";
    /** The rule id under which captions are recorded. */
    static final String CAPTION_RULE = "caption";
    /** Longer lines are paragraphs, not captions. */
    static final int MAX_CAPTION_WORDS = 25;
    /** A line that ends like a sentence is a caption only when it is this short. */
    static final int MAX_SENTENCE_CAPTION_WORDS = 12;

    private static final Pattern WORDS = Pattern.compile("\\s+");

    /** Whether {@code text} is short enough, and shaped, to be a caption (see the class comment). */
    static boolean isCaptionLike(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        int words = WORDS.split(stripped).length;
        char last = stripped.charAt(stripped.length() - 1);
        if (last == ':' || words > MAX_CAPTION_WORDS) {
            return false;
        }
        boolean sentenceEnd = ".!?…".indexOf(last) >= 0;
        return !sentenceEnd || words <= MAX_SENTENCE_CAPTION_WORDS;
    }

    /** Whether a photo credit among {@code removed} was cut from the very end of {@code text}. */
    static boolean endsWithCredit(String text, List<Removal> removed) {
        for (Removal removal : removed) {
            if (removal.rule().equals(CREDIT_RULE) && text.strip().endsWith(removal.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes, as captions, the kept blocks just before and after each credit line of its own.
     *
     * @param blocks     the article's blocks as read
     * @param keptAt     per block, what is left of it, or null; captions found are set to null
     * @param creditLine per block, whether it was removed whole as a photo credit
     * @param removedAt  per block, its removals; a caption's removal is added to its block's list
     */
    void removeCaptionsBesideCredits(List<TextBlock> blocks, TextBlock[] keptAt, boolean[] creditLine,
            List<List<Removal>> removedAt) {
        int headline = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == BlockKind.HEADLINE) {
                headline = i;
                break;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!creditLine[i]) {
                continue;
            }
            for (int j : new int[] {i - 1, i + 1}) {
                if (j < 0 || j >= blocks.size() || keptAt[j] == null) {
                    continue;
                }
                boolean headlineOrStandfirst = headline >= 0 && (j == headline || j == headline + 1);
                if (!headlineOrStandfirst && keptAt[j].kind() != BlockKind.LIST_ITEM
                        && isCaptionLike(keptAt[j].text())) {
                    removedAt.get(j).add(0, new Removal(keptAt[j].text(), CAPTION_RULE));
                    keptAt[j] = null;
                }
            }
        }
    }
}
