package org.parallax.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP sentence models read from the classpath (the {@code opennlp-models-sentdetect-*} jars). Each
 * model is read once, on first use; the holder-class idiom makes that lazy and thread-safe. A
 * {@link SentenceModel} is immutable and may be shared; {@code SentenceDetectorME} may not.
 */
final class SentenceModels {

    static final String GERMAN_RESOURCE = "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin";
    static final String ENGLISH_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private SentenceModels() {
    }

    private static final class German {
        static final SentenceModel MODEL = load(GERMAN_RESOURCE);
    }

    private static final class English {
        static final SentenceModel MODEL = load(ENGLISH_RESOURCE);
    }

    /** The model for {@code "de"} or {@code "en"}. */
    static SentenceModel forLanguage(String language) {
        return switch (language) {
            case "de" -> German.MODEL;
            case "en" -> English.MODEL;
            default -> throw new IllegalArgumentException("no sentence model for language " + language);
        };
    }

    private static SentenceModel load(String resource) {
        try (InputStream in = SentenceModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sentence model not on the classpath: " + resource);
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentence model " + resource, e);
        }
    }
}
