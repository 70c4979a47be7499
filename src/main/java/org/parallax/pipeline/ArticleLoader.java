package org.parallax.pipeline;

import org.parallax.model.Language;

import org.parallax.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.clean.BoilerplateCleaner;
import org.parallax.clean.CleanedArticle;
import org.parallax.model.ArticleMetadata;
import org.parallax.ingest.ArticleReadException;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.TextBlock;
import org.parallax.ingest.RawArticle;
import org.parallax.normalise.TextNormaliser;
import org.parallax.segment.LanguageDetector;
import org.parallax.model.Sentence;
import org.parallax.segment.BlockSegmenter;
import org.parallax.segment.SentenceSplitters;

/**
 * Reads one article file and takes it through the first stages: read, detect the language when the
 * file does not say, remove boilerplate, split into sentences, normalise. Thread-safe; cleaners are
 * built once per language.
 */
public final class ArticleLoader {

    private final PipelineOptions options;
    private final ArticleReaders readers = ArticleReaders.defaults();
    private final LanguageDetector detector = LanguageDetector.defaults();
    private final TextNormaliser normaliser;
    private final Map<Language, BoilerplateCleaner> cleaners = new ConcurrentHashMap<>();

    public ArticleLoader(PipelineOptions options) {
        this.options = options;
        this.normaliser = options.normaliser();
    }

    /**
     * Loads {@code file} as the article {@code id}.
     *
     * @throws ArticleReadException when the file is not a readable article, or nothing of it is left
     *                              after boilerplate removal
     */
    public Article load(Path file, String id) {
        try {
            return read(file, id);
        } catch (ArticleReadException e) {
            throw new ArticleReadException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes an article already read (from a pile, say) through the same stages as {@link #load}.
     *
     * @throws ArticleReadException when nothing of the article is left after boilerplate removal
     */
    public Article load(RawArticle raw, String id) {
        return prepare(raw, id);
    }

    private Article read(Path file, String id) {
        return prepare(readers.read(file), id);
    }

    private Article prepare(RawArticle raw, String id) {
        ArticleMetadata metadata = raw.metadata();
        List<String> warnings = new ArrayList<>(raw.warnings());
        Language language = metadata.language();
        if (!language.isDetermined()) {
            language = detect(raw);
            metadata = metadata.withLanguage(language);
        } else if (!SentenceSplitters.supports(language)) {
            Language read = detect(raw);
            warnings.add("language " + metadata.language() + " is not supported; read as " + read);
            language = read;
            metadata = metadata.withLanguage(read);
        } else {
            // a page template's lang attribute is often the site's default, not the article's language
            Optional<String> text = detector.overrules(language.withoutRegion().tag(), text(raw));
            if (text.isPresent()) {
                Language read = Language.of(text.get());
                warnings.add("language given as " + metadata.language() + " but the text is " + read + "; read as " + read);
                language = read;
                metadata = metadata.withLanguage(read);
            }
        }
        CleanedArticle cleaned = cleaner(language)
                .clean(new RawArticle(metadata, raw.blocks(), raw.removed(), warnings));
        List<TextBlock> blocks = cleaned.blocks();
        List<Sentence> sentences = new BlockSegmenter(SentenceSplitters.forLanguage(language), normaliser)
                .segment(blocks);
        if (sentences.isEmpty()) {
            throw new ArticleReadException("no article text left after removing boilerplate ("
                    + cleaned.removed().size() + " pieces removed)");
        }
        return new Article(id, cleaned.metadata(), blocks, sentences, cleaned.removed(), cleaned.warnings());
    }

    private Language detect(RawArticle raw) {
        return Language.of(detector.detect(text(raw)).language());
    }

    private static String text(RawArticle raw) {
        StringBuilder text = new StringBuilder();
        for (TextBlock b : raw.blocks()) {
            text.append(b.text()).append('\n');
        }
        return text.toString();
    }

    private BoilerplateCleaner cleaner(Language language) {
        return cleaners.computeIfAbsent(language.withoutRegion(), lang -> {
            BoilerplateCleaner cleaner = BoilerplateCleaner.forLanguage(lang);
            return options.rulesFile().map(cleaner::withRules).orElse(cleaner);
        });
    }
}
