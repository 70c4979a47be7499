package org.parallax.pipeline;

import org.parallax.model.Article;

import java.util.List;
import org.parallax.model.AlignmentUnit;
import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;

/**
 * Checks, on every report before it is written, that each pair accounts for every sentence of both
 * its articles exactly once, and that unit kinds agree with their sides. A violation is a bug, not bad
 * input: the run fails loudly instead of publishing a report with holes.
 */
public final class NothingLostCheck {

    private NothingLostCheck() {
    }

    /** @throws IllegalStateException naming the pair and the sentence when something is lost or doubled */
    public static void verify(Comparison comparison) {
        for (PairComparison pair : comparison.pairs()) {
            Article left = comparison.article(pair.left()).orElseThrow(
                    () -> new IllegalStateException("pair names unknown article " + pair.left()));
            Article right = comparison.article(pair.right()).orElseThrow(
                    () -> new IllegalStateException("pair names unknown article " + pair.right()));
            int[] leftSeen = new int[left.sentences().size()];
            int[] rightSeen = new int[right.sentences().size()];
            for (UnitComparison uc : pair.units()) {
                AlignmentUnit u = uc.unit();
                count(leftSeen, u.left(), pair, left);
                count(rightSeen, u.right(), pair, right);
                boolean kindFits = switch (u.kind()) {
                    case LEFT_ONLY -> u.right().isEmpty() && !u.left().isEmpty();
                    case RIGHT_ONLY -> u.left().isEmpty() && !u.right().isEmpty();
                    case IDENTICAL, MODIFIED -> !u.left().isEmpty() && !u.right().isEmpty();
                };
                if (!kindFits) {
                    throw new IllegalStateException("pair " + pair.left() + "/" + pair.right() + ": unit "
                            + uc.anchor() + " is " + u.kind().id() + " but has sides " + u.left() + " / " + u.right());
                }
            }
            check(leftSeen, pair, left);
            check(rightSeen, pair, right);
        }
    }

    private static void count(int[] seen, List<Integer> indices, PairComparison pair, Article article) {
        for (int i : indices) {
            if (i < 0 || i >= seen.length) {
                throw new IllegalStateException("pair " + pair.left() + "/" + pair.right() + ": sentence " + i
                        + " of " + article.id() + " does not exist");
            }
            seen[i]++;
        }
    }

    private static void check(int[] seen, PairComparison pair, Article article) {
        for (int i = 0; i < seen.length; i++) {
            if (seen[i] != 1) {
                throw new IllegalStateException("pair " + pair.left() + "/" + pair.right() + ": sentence " + i
                        + " of " + article.id() + " (" + article.metadata().source() + ") appears " + seen[i]
                        + " times instead of once");
            }
        }
    }
}
