package org.parallax.align;

import org.parallax.model.AlignmentUnit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.bench.SyntheticArticles;

/**
 * The aligner against rewrites whose answer is known: reworded, split, merged, omitted, added and
 * moved sentences of generated German-like articles.
 */
class SyntheticRewriteTest {

    private final SentenceAligner aligner = SentenceAligners.forLanguage("de");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void recoversTheSentencePairsOfARewrite(long seed) {
        List<List<String>> article = SyntheticArticles.article(seed, 300);
        SyntheticArticles.Rewrite rewrite = SyntheticArticles.rewriteWithSources(article, seed * 31);
        Set<Long> truth = new HashSet<>();
        for (int j = 0; j < rewrite.sources().size(); j++) {
            for (int i : rewrite.sources().get(j)) {
                truth.add((long) i << 32 | j);
            }
        }
        Alignment a = aligner.align(SyntheticArticles.flatten(article), SyntheticArticles.flatten(rewrite.paragraphs()));
        Set<Long> found = new HashSet<>();
        for (AlignmentUnit u : a.units()) {
            for (int i : u.left()) {
                for (int j : u.right()) {
                    found.add((long) i << 32 | j);
                }
            }
        }
        long correct = found.stream().filter(truth::contains).count();
        double precision = (double) correct / found.size();
        double recall = (double) correct / truth.size();
        assertThat(precision).as("pair precision").isGreaterThan(0.95);
        assertThat(recall).as("pair recall").isGreaterThan(0.9);
    }
}
