package org.parallax.align;

import org.parallax.model.Language;

import java.util.List;
import java.util.Objects;
import org.parallax.normalise.TextNormaliser;

/**
 * The aligner's similarity on its own: the weighted mean of the TF-IDF cosines of character
 * n-grams, stemmed content words and anchors of the two runs (each run's vector is the sum of its
 * sentences'), with document frequencies taken from the two runs themselves. Use it to score a
 * unit after the fact; the aligner computes the same value for its candidates. Immutable and
 * thread-safe.
 */
public final class TfIdfCosineSimilarity implements SentenceSimilarity {

    private final AlignerOptions options;
    private final SentencePreparer preparer;

    public TfIdfCosineSimilarity(Language language, AlignerOptions options, TextNormaliser normaliser) {
        this.options = Objects.requireNonNull(options, "options");
        this.preparer = new SentencePreparer(language, normaliser, options.charGramLength());
    }

    /** The similarity with the default options for {@code language}. */
    public static TfIdfCosineSimilarity forLanguage(String language) {
        return forLanguage(Language.of(language));
    }

    /** The similarity with the default options for {@code language}. */
    public static TfIdfCosineSimilarity forLanguage(Language language) {
        return new TfIdfCosineSimilarity(language, AlignerOptions.defaults(), TextNormaliser.defaults());
    }

    @Override
    public double similarity(List<String> left, List<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        PairFeatures f = new PairFeatures(preparer.prepare(left), preparer.prepare(right), options);
        return f.similarity(0, left.size(), 0, right.size());
    }
}
