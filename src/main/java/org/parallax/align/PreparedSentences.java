package org.parallax.align;

import java.util.List;
import java.util.Objects;

/**
 * The sentences of one article, made ready for alignment by {@link SentenceAligner#prepare}: the
 * work that depends on one article alone (for {@link CandidateChainAligner}: comparison forms,
 * character n-grams, stems and anchors of every sentence) is done once and reused by every
 * alignment the article takes part in. Immutable and thread-safe. Hand it only to an aligner
 * configured like the one that prepared it; any other aligner prepares the sentences again.
 */
public final class PreparedSentences {

    private final List<String> sentences;
    /** Settings the features were computed with; null when nothing was prepared. */
    private final Object preparation;
    private final String[] compact;
    private final DocumentTerms grams;
    private final DocumentTerms stems;
    private final DocumentTerms anchors;

    PreparedSentences(List<String> sentences, Object preparation, String[] compact, DocumentTerms grams,
                      DocumentTerms stems, DocumentTerms anchors) {
        this.sentences = List.copyOf(sentences);
        this.preparation = preparation;
        this.compact = compact;
        this.grams = grams;
        this.stems = stems;
        this.anchors = anchors;
    }

    /** Sentences with nothing prepared: what an aligner without a preparation step gets. */
    public static PreparedSentences of(List<String> sentences) {
        return new PreparedSentences(Objects.requireNonNull(sentences, "sentences"), null, null, null, null, null);
    }

    /** The sentences, in order. */
    public List<String> sentences() {
        return sentences;
    }

    public int size() {
        return sentences.size();
    }

    boolean preparedWith(Object settings) {
        return preparation != null && preparation.equals(settings);
    }

    String compact(int sentence) {
        return compact[sentence];
    }

    DocumentTerms grams() {
        return grams;
    }

    DocumentTerms stems() {
        return stems;
    }

    DocumentTerms anchors() {
        return anchors;
    }
}
