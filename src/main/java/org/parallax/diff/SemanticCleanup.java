package org.parallax.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds short equalities squeezed between two changes into the changes, like the semantic clean-up
 * of diff-match-patch, so that a reader sees "deleted phrase / inserted phrase" instead of confetti.
 * An equality is folded when it is at most {@value #MAX_TOKENS} tokens long and either
 * <ul>
 *   <li>it is shorter (in comparison-form characters) than each neighbouring change, or</li>
 *   <li>all its tokens are short words or marks (at most {@value #SHORT_WORD} characters: "am",
 *       "der", ",") and it is no longer than each neighbouring change.</li>
 * </ul>
 * A change that deletes and inserts counts with its smaller side: "Präsident sagte am Montag" /
 * "Kanzler sagte am Dienstag" keeps "sagte am" between the two replacements.
 * Folding repeats until nothing changes, since a folded change is larger and may absorb the next
 * equality. Equalities at the start or end are kept. Stateless.
 */
final class SemanticCleanup {

    static final int MAX_TOKENS = 2;
    static final int SHORT_WORD = 3;

    private SemanticCleanup() {
    }

    static List<TokenRun> apply(List<TokenRun> runs, List<Token> left, List<Token> right) {
        List<TokenRun> result = new ArrayList<>(runs);
        int k = 1;
        while (k + 1 < result.size()) {
            TokenRun before = result.get(k - 1);
            TokenRun equality = result.get(k);
            TokenRun after = result.get(k + 1);
            if (equality.equal() && !before.equal() && !after.equal()
                    && shouldFold(equality, size(before, left, right), size(after, left, right), left)) {
                result.subList(k, k + 2).clear();
                result.set(k - 1, before.changeThrough(after));
                // The grown change may now absorb the equality before it.
                k = Math.max(1, k - 2);
            } else {
                k++;
            }
        }
        return result;
    }

    private static boolean shouldFold(TokenRun equality, int before, int after, List<Token> left) {
        int tokens = equality.leftTo() - equality.leftFrom();
        if (tokens > MAX_TOKENS) {
            return false;
        }
        int length = 0;
        boolean allShort = true;
        for (int i = equality.leftFrom(); i < equality.leftTo(); i++) {
            int keyLength = left.get(i).key().length();
            length += keyLength;
            allShort &= keyLength <= SHORT_WORD;
        }
        if (length < before && length < after) {
            return true;
        }
        return allShort && length <= before && length <= after;
    }

    /**
     * Size of a change in comparison-form characters: the smaller of deletion and insertion when it
     * has both, so that a two-word equality between two one-word replacements stays.
     */
    private static int size(TokenRun change, List<Token> left, List<Token> right) {
        int deleted = keyLength(left, change.leftFrom(), change.leftTo());
        int inserted = keyLength(right, change.rightFrom(), change.rightTo());
        return deleted == 0 || inserted == 0 ? Math.max(deleted, inserted) : Math.min(deleted, inserted);
    }

    private static int keyLength(List<Token> tokens, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            length += tokens.get(i).key().length();
        }
        return length;
    }
}
