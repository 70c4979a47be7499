package org.parallax.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * The Snowball stop-word lists shipped with Lucene, lower case, read once on first use. Sets are
 * unmodifiable and safe to share between threads.
 */
final class StopWords {

    private StopWords() {
    }

    private static final class German {
        static final CharArraySet WORDS = load("german_stop.txt");
    }

    private static final class English {
        static final CharArraySet WORDS = load("english_stop.txt");
    }

    /** Stop words of {@code "de"} or {@code "en"}. */
    static CharArraySet forLanguage(String language) {
        return switch (language) {
            case "de" -> German.WORDS;
            case "en" -> English.WORDS;
            default -> throw new IllegalArgumentException("no stop words for language " + language);
        };
    }

    private static CharArraySet load(String name) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("stop-word list not on the classpath: " + name);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stop-word list " + name, e);
        }
    }
}
