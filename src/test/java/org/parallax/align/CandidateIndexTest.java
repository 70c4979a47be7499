package org.parallax.align;

import org.parallax.model.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.bench.SyntheticArticles;
import org.parallax.normalise.TextNormaliser;

/** Scoring every pair of short articles proposes the same candidates as the inverted index. */
class CandidateIndexTest {

    private final SentencePreparer preparer = new SentencePreparer(Language.GERMAN, TextNormaliser.defaults(), 3);

    @ParameterizedTest(name = "seed {0}, {1} sentences, {2} candidates")
    @CsvSource({
        // article sizes of a news site, the default number of candidates
        "1, 30, 8",
        "2, 12, 8",
        "3, 45, 8",
        // fewer candidates than sentences that share a term: the top k are decided by score and index
        "4, 30, 1",
        "5, 30, 3",
        // a single sentence a side
        "6, 1, 8",
    })
    void allPairsAndIndexProposeTheSamePairs(long seed, int sentences, int k) {
        List<List<String>> article = SyntheticArticles.article(seed, sentences);
        PreparedSentences left = preparer.prepare(SyntheticArticles.flatten(article));
        PreparedSentences right = preparer.prepare(SyntheticArticles.flatten(SyntheticArticles.rewrite(article, seed + 100)));
        int maxPostings = AlignerOptions.defaults().maxPostings();
        Set<Long> byIndex = new TreeSet<>();
        CandidateIndex.topPairs(new PairFeatures(left, right, AlignerOptions.defaults()), k, maxPostings, false, byIndex);
        Set<Long> byAllPairs = new TreeSet<>();
        PairFeatures f = new PairFeatures(left, right, AlignerOptions.defaults());
        assertThat(f.allPairsFeasible(maxPostings)).isTrue();
        CandidateIndex.topPairs(f, k, maxPostings, true, byAllPairs);
        assertThat(byAllPairs).isNotEmpty().isEqualTo(byIndex);
    }
}
