package org.parallax.clean;

import org.parallax.model.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.ArticleMetadata;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.TextBlock;
import org.parallax.model.BlockKind;
import org.parallax.ingest.RawArticle;
import org.parallax.model.Removal;

/** Nothing is lost: every visible character of the blocks is kept or recorded as removed. */
class CleanerConservationTest {

    static Stream<Arguments> articles() throws URISyntaxException {
        Stream<Arguments> files = Stream.of(
                "/org/parallax/ingest/html/wordpress-blog.html", "/org/parallax/ingest/html/news-jsonld.html",
                "/org/parallax/ingest/html/no-article-density.html", "/org/parallax/ingest/html/wire-en.html",
                "/org/parallax/ingest/html/banner-newsletter-de.html", "/org/parallax/clean/prose-de.txt",
                "/org/parallax/clean/prose-en.txt")
                .map(CleanerConservationTest::resource)
                .map(path -> Arguments.of(path.getFileName().toString(), ArticleReaders.defaults().read(path)));
        Stream<Arguments> seed = Stream.of(Arguments.of("seed", ArticleReaders.defaults()
                .read(Path.of("corpus/2021-07-19-china-cyber-attribution/seed-unknown-outlet.txt"))));
        Stream<Arguments> rows = BundledRulesTest.boilerplate().map(a -> (String) a.get()[2])
                .map(text -> Arguments.of(text, new RawArticle(new ArticleMetadata("t", "", "", Language.UNDETERMINED, "", "", null),
                        List.of(new TextBlock(BlockKind.PARAGRAPH, text)), List.of())));
        return Stream.of(files, seed, rows).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void everyCharacterIsKeptOrRecorded(String name, RawArticle raw) {
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage(raw.metadata().language()).clean(raw);
        List<Removal> byRules = cleaned.removed().subList(raw.removed().size(), cleaned.removed().size());

        String before = visible(raw.blocks().stream().map(TextBlock::text));
        String after = visible(Stream.concat(cleaned.blocks().stream().map(TextBlock::text),
                byRules.stream().map(Removal::text)));
        assertThat(after).isEqualTo(before);
        assertThat(cleaned.removed().subList(0, raw.removed().size())).isEqualTo(raw.removed());
    }

    /** The non-space characters of all texts, sorted: a multiset that ignores order and spacing. */
    private static String visible(Stream<String> texts) {
        int[] sorted = texts.flatMapToInt(String::codePoints).filter(c -> !Character.isWhitespace(c)).sorted().toArray();
        return new String(sorted, 0, sorted.length);
    }

    private static Path resource(String name) {
        try {
            return Path.of(CleanerConservationTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
