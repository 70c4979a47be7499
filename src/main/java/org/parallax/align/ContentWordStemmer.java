package org.parallax.align;

import org.parallax.model.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Content words of a sentence, stemmed: Lucene's German analyser (stop words, umlaut folding,
 * GermanLightStemmer) or English analyser (stop words, possessives, Porter stemmer); other
 * languages get tokens without stemming. Thread-safe: Lucene analysers keep per-thread state.
 */
final class ContentWordStemmer {

    private final Analyzer analyzer;
    private final String kind;

    private ContentWordStemmer(Analyzer analyzer, String kind) {
        this.analyzer = analyzer;
        this.kind = kind;
    }

    static ContentWordStemmer forLanguage(Language language) {
        if (language.isGerman()) {
            return new ContentWordStemmer(new GermanAnalyzer(), "de");
        }
        if (language.isEnglish()) {
            return new ContentWordStemmer(new EnglishAnalyzer(), "en");
        }
        return new ContentWordStemmer(new StandardAnalyzer(), "");
    }

    /** The analyser chosen: "de", "en", or "" for tokens without stemming. */
    String kind() {
        return kind;
    }

    List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        return out;
    }
}
