package org.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.clean.BoilerplateCleaner;
import org.parallax.model.Article;
import org.parallax.model.Language;
import org.parallax.model.Removal;

/** The language is read once from the file's tag; a regional tag gets its language's rules. */
class ArticleLoaderLanguageTest {

    private static final String BODY = """
            Die USA machen China für den Angriff verantwortlich. Das teilte das Weiße Haus am 19. Juli mit.

            Auch interessant: Was über den Hack bekannt ist

            Die EU spricht nur von Aktivitäten, die von chinesischem Gebiet ausgingen.
            """;

    @TempDir
    Path dir;

    private Article load(String language) throws IOException {
        Path file = dir.resolve("article-" + language + ".txt");
        Files.writeString(file, "---\noutlet: Test\nlanguage: " + language + "\n---\n" + BODY);
        return new ArticleLoader(PipelineOptions.defaults()).load(file, "a1");
    }

    static Stream<Arguments> germanTags() {
        return Stream.of(Arguments.of("de-AT"), Arguments.of("de-CH"), Arguments.of("de_DE"), Arguments.of("DE"));
    }

    @ParameterizedTest(name = "{0} gets the German rules")
    @MethodSource("germanTags")
    void aRegionalGermanTagKeepsTheGermanTeaserRules(String tag) throws IOException {
        Article regional = load(tag);
        Article german = load("de");
        assertThat(regional.removed()).contains(new Removal("Auch interessant: Was über den Hack bekannt ist", "related-links"));
        assertThat(regional.removed()).isEqualTo(german.removed());
        assertThat(regional.sentenceTexts()).isEqualTo(german.sentenceTexts()).hasSize(3);
        assertThat(regional.metadata().language().isGerman()).isTrue();
        assertThat(regional.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} has exactly the German rules")
    @MethodSource("germanTags")
    void aRegionalGermanTagHasExactlyTheGermanRules(String tag) {
        assertThat(origins(Language.of(tag)))
                .isEqualTo(origins(Language.GERMAN))
                .isNotEqualTo(origins(Language.UNDETERMINED))
                .noneMatch(origin -> origin.startsWith("rules-en"));
    }

    private static java.util.List<String> origins(Language language) {
        return BoilerplateCleaner.forLanguage(language).rules().stream().map(r -> r.origin()).toList();
    }

    @Test
    void theRegionIsKept() throws IOException {
        assertThat(load("de-AT").metadata().language()).isEqualTo(new Language("de", "AT"));
    }

    @Test
    void aValueThatIsNoTagIsReportedAndTheLanguageDetected() throws IOException {
        Article a = load("Deutsch");
        assertThat(a.warnings()).containsExactly("language 'Deutsch' is not a language tag; the language is detected");
        assertThat(a.metadata().language()).isEqualTo(Language.GERMAN);
        assertThat(a.removed()).extracting(Removal::rule).contains("related-links");
    }

    @Test
    void anUnsupportedLanguageIsReportedAndTheLanguageDetected() throws IOException {
        Article a = load("fr-CA");
        assertThat(a.warnings()).containsExactly("language fr-CA is not supported; read as de");
        assertThat(a.metadata().language()).isEqualTo(Language.GERMAN);
    }

    private static final String GERMAN_PARAGRAPHS = """
            Die elektronische Patientenakte soll in diesem Jahr für alle Versicherten kommen. Ärzte und \
            Kliniken sollen darin Befunde, Arztbriefe und Medikationspläne ablegen, die dann bei jedem \
            weiteren Besuch zur Verfügung stehen.

            Die Krankenkassen haben die Akte nach eigenen Angaben technisch vorbereitet. Datenschützer \
            kritisieren aber, dass die Versicherten nicht für jedes einzelne Dokument festlegen können, \
            wer es sehen darf, und dass der Zugriff über das Handy nicht sicher genug sei.
            """;

    /**
     * A site's template often declares its default language around every article ({@code <html
     * lang="en">} on a German page): a long text plainly in the other language is read as what it is,
     * with a warning, so that it gets its own language's sentence splitter and rules and is never
     * grouped with articles of the declared one.
     */
    @Test
    void aPageDeclaredEnglishWhoseTextIsPlainlyGermanIsReadAsGerman() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html lang=\"en\"><head><title>Die elektronische Patientenakte</title></head><body><article>"
                + "<h1>Die elektronische Patientenakte</h1>"
                + GERMAN_PARAGRAPHS.lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l + "</p>").reduce("", String::concat)
                + "</article></body></html>");
        Article a = new ArticleLoader(PipelineOptions.defaults()).load(page, "a1");
        assertThat(a.metadata().language()).isEqualTo(Language.GERMAN);
        assertThat(a.warnings()).contains("language given as en but the text is de; read as de");
    }

    @Test
    void anEnglishArticleQuotingAGermanSentenceKeepsItsDeclaredLanguage() throws IOException {
        Path file = dir.resolve("quote.txt");
        Files.writeString(file, "---\noutlet: Test\nlanguage: en\n---\n"
                + "The German interior ministry said on Monday that it had no evidence of the attack. "
                + "Its spokesman told reporters: \"Wir haben keine Hinweise auf einen Angriff aus dem Ausland.\" "
                + "The opposition said the government was not telling the whole story and asked for a hearing.\n");
        Article a = new ArticleLoader(PipelineOptions.defaults()).load(file, "a1");
        assertThat(a.metadata().language()).isEqualTo(Language.ENGLISH);
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void aShortGermanTextDeclaredEnglishIsLeftAsDeclared() throws IOException {
        // too little evidence to overrule what the file says
        Path file = dir.resolve("short.txt");
        Files.writeString(file, "---\noutlet: Test\nlanguage: en\n---\nDie Regierung schweigt.\n");
        assertThat(new ArticleLoader(PipelineOptions.defaults()).load(file, "a1").metadata().language())
                .isEqualTo(Language.ENGLISH);
    }
}
