package org.parallax.align;

import org.parallax.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parallax.normalise.TextNormaliser;

/**
 * Computes the per-article features of {@link PairFeatures}: for every sentence its compact
 * comparison form, character n-gram codes, stems and anchors. The n-grams, stems and quoted-word
 * anchors leave out the sentence's {@link FramingWords}. Immutable and thread-safe.
 */
final class SentencePreparer {

    /** What the features depend on: documents prepared with equal settings can be paired. */
    private record Settings(String stemmer, boolean capitalisedNames, String framing, boolean foldSharpS, int charGramLength) {
    }

    private final TextNormaliser normaliser;
    private final ContentWordStemmer stemmer;
    private final AnchorExtractor anchors;
    private final FramingWords framing;
    private final ClauseSplitter clauses;
    private final int charGramLength;
    private final Settings settings;

    SentencePreparer(Language language, TextNormaliser normaliser, int charGramLength) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.stemmer = ContentWordStemmer.forLanguage(language);
        this.framing = FramingWords.forLanguage(language);
        this.clauses = new ClauseSplitter(framing);
        this.anchors = AnchorExtractor.forLanguage(language).withFraming(framing);
        this.charGramLength = charGramLength;
        this.settings = new Settings(stemmer.kind(), anchors.capitalisedNames(), framing.language(), normaliser.foldsSharpS(),
                charGramLength);
    }

    PreparedSentences prepare(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        String[] compact = new String[sentences.size()];
        List<long[]> grams = new ArrayList<>(compact.length);
        List<List<String>> stems = new ArrayList<>(compact.length);
        List<List<String>> anchorTerms = new ArrayList<>(compact.length);
        for (int k = 0; k < compact.length; k++) {
            String sentence = sentences.get(k);
            var form = normaliser.normalise(sentence);
            compact[k] = form.compact();
            // the claim without its framing: outlets that report one claim differ most in these words
            String claim = framing.strip(form.normal());
            grams.add(PairFeatures.charGramCodes(claim, charGramLength));
            stems.add(stemmer.stems(claim));
            anchorTerms.add(anchors.anchors(sentence));
        }
        return new PreparedSentences(sentences, settings, compact, DocumentTerms.ofCodes(grams),
                DocumentTerms.ofStrings(stems), DocumentTerms.ofStrings(anchorTerms));
    }

    /** The clauses of {@code sentence} ({@link ClauseSplitter}); the sentence itself when it has fewer than two. */
    List<String> clauses(String sentence) {
        return clauses.clauses(sentence);
    }

    /** {@code prepared} itself when it was prepared with these settings, otherwise its sentences prepared anew. */
    PreparedSentences accept(PreparedSentences prepared) {
        Objects.requireNonNull(prepared, "prepared");
        return prepared.preparedWith(settings) ? prepared : prepare(prepared.sentences());
    }
}
