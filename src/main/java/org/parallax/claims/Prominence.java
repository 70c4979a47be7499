package org.parallax.claims;

import java.util.List;
import org.parallax.model.BlockKind;
import org.parallax.model.Article;

/** Where an article places a statement: in its lead, near its end, or in between. */
public final class Prominence {

    private Prominence() {
    }

    /**
     * "lead" when the first of {@code indices} lies in the headline or the first two paragraphs of
     * {@code article}, "end" when it stands in the last sixth of an article of six sentences or more,
     * else the empty string.
     */
    public static String of(Article article, List<Integer> indices) {
        int first = indices.get(0);
        int block = article.sentences().get(first).block();
        int paragraphsBefore = 0;
        for (int b = 0; b < block && b < article.blocks().size(); b++) {
            if (article.blocks().get(b).kind() == BlockKind.PARAGRAPH) {
                paragraphsBefore++;
            }
        }
        if (paragraphsBefore < 2) {
            return "lead";
        }
        int n = article.sentences().size();
        return n >= 6 && first >= n - n / 6 ? "end" : "";
    }
}
