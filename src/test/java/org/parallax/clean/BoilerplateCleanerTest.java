package org.parallax.clean;

import org.parallax.model.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.ArticleMetadata;
import org.parallax.ingest.ArticleReaders;
import org.parallax.model.TextBlock;
import org.parallax.model.BlockKind;
import org.parallax.ingest.RawArticle;
import org.parallax.model.Removal;
import org.parallax.ingest.TextArticleReader;

class BoilerplateCleanerTest {
    private static final Path SEED = Path.of("corpus/2021-07-19-china-cyber-attribution/seed-unknown-outlet.txt");

    @TempDir
    Path dir;

    @Test
    void seedLosesExactlyTheJobAdsAndTheTeaserLabel() {
        RawArticle raw = new TextArticleReader().read(SEED);
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage("de").clean(raw);

        assertThat(cleaned.removed()).containsExactly(
                new Removal("Neue Stellenangebote", "job-ads"),
                new Removal("Growth Marketing Manager:in – Social Media GOhiring GmbH in Homeoffice |", "job-ads"),
                new Removal("||", "job-ads"),
                new Removal("Social Media Manager (m/w/d) HomeServe Deutschland Holding GmbH & Co. KG in Frankfurt am "
                        + "Main |", "job-ads"),
                new Removal("||", "job-ads"),
                new Removal("Praktikum im Bereich Social Media Governance ab März 2025 Mercedes-Benz AG in Stuttgart |",
                        "job-ads"),
                new Removal("Auch interessant:", "related-links"));
        String text = String.join("\n", cleaned.blocks().stream().map(TextBlock::text).toList());
        assertThat(text).doesNotContain("Stellenangebote", "GOhiring", "HomeServe", "Mercedes-Benz", "||",
                "Auch interessant:");
        assertThat(cleaned.blocks()).contains(new TextBlock(BlockKind.SUBHEADING, "Internationale Allianz gegen Cyberangriffe"));
        assertThat(cleaned.blocks()).filteredOn(b -> b.text().contains("Deshalb gibt es seit dem 19. Juli 2021 nun "
                + "eine Allianz")).singleElement().extracting(TextBlock::kind).isEqualTo(BlockKind.PARAGRAPH);
        // every other block of the article is kept unchanged, in order
        List<TextBlock> expectedKept = raw.blocks().stream()
                .filter(b -> cleaned.removed().stream().noneMatch(r -> r.text().equals(b.text())))
                .toList();
        assertThat(cleaned.blocks()).containsExactlyElementsOf(expectedKept).hasSize(17);
        assertThat(cleaned.blocks()).contains(new TextBlock(BlockKind.PARAGRAPH, "Sie haben gemeinsam mit der "
                + "Non-Profit-Organisation Forbidden Stories und Amnesty International sowie weiteren internationalen "
                + "Medien die systematische Ausspähung von Journalist:innen, Politiker:innen und Oppositionellen "
                + "aufgedeckt."));
    }

    @Test
    void seedIsCleanedTheSameWhenTheLanguageIsNotYetKnown() {
        RawArticle raw = new TextArticleReader().read(SEED);
        assertThat(BoilerplateCleaner.forLanguage("").clean(raw))
                .isEqualTo(BoilerplateCleaner.forLanguage("de").clean(raw));
    }

    static Stream<Arguments> prose() {
        return Stream.of(Arguments.of("prose-de.txt", "de"), Arguments.of("prose-en.txt", "en"),
                Arguments.of("prose-de.txt", ""), Arguments.of("prose-en.txt", ""));
    }

    @ParameterizedTest
    @MethodSource("prose")
    void ordinaryNewsProseIsNeverRemoved(String file, String language) throws URISyntaxException {
        RawArticle raw = new TextArticleReader().read(Path.of(getClass().getResource(file).toURI()));
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage(language).clean(raw);

        assertThat(cleaned.removed()).isEmpty();
        assertThat(cleaned.blocks()).isEqualTo(raw.blocks()).hasSize(4);
    }

    @Test
    void carriesTheReadersRemovalsAndWarningsFirst() {
        RawArticle raw = new RawArticle(metadata(),
                List.of(new TextBlock(BlockKind.PARAGRAPH, "Die Nato schloss sich an."), new TextBlock(BlockKind.PARAGRAPH, "Anzeige")),
                List.of(new Removal("Start Politik", "html-nav")), List.of("not valid UTF-8; read as Windows-1252"));
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage("de").clean(raw);

        assertThat(cleaned.removed()).containsExactly(new Removal("Start Politik", "html-nav"),
                new Removal("Anzeige", "ad-label"));
        assertThat(cleaned.warnings()).containsExactly("not valid UTF-8; read as Windows-1252");
        assertThat(cleaned.blocks()).containsExactly(new TextBlock(BlockKind.PARAGRAPH, "Die Nato schloss sich an."));
    }

    @Test
    void recordsSpansCutFromInsideASentence() {
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage("de").clean(article(
                "Das Nato-Hauptquartier (Foto: dpa) liegt in Brüssel, das Klärbecken (Bild: Stadtwerke) am Fluss."));

        assertThat(cleaned.blocks()).extracting(TextBlock::text)
                .containsExactly("Das Nato-Hauptquartier liegt in Brüssel, das Klärbecken am Fluss.");
        assertThat(cleaned.removed()).containsExactly(new Removal("(Foto: dpa)", "photo-credit"),
                new Removal("(Bild: Stadtwerke)", "photo-credit"));
    }

    @Test
    void aBlockLeftWithBoilerplateOnlyAfterItsSpansAreCutGoesToo() {
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage("en").clean(article("Updated 2 hours ago 1 minute read"));

        assertThat(cleaned.blocks()).isEmpty();
        assertThat(cleaned.removed()).containsExactly(new Removal("1 minute read", "reading-time"),
                new Removal("Updated 2 hours ago", "dateline"));
    }

    @Test
    void listingLinesGoOnlyRightAfterTheirHeading() {
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage("de").clean(article("Der Hack traf viele Firmen.",
                "Praktikum im Bereich Social Media ab März 2025 in Stuttgart |", "Neue Stellenangebote",
                "Social Media Manager (m/w/d) in Frankfurt am Main |", "Die Ermittlungen dauern an."));

        assertThat(cleaned.blocks()).extracting(TextBlock::text).containsExactly("Der Hack traf viele Firmen.",
                "Praktikum im Bereich Social Media ab März 2025 in Stuttgart |", "Die Ermittlungen dauern an.");
        assertThat(cleaned.removed()).extracting(Removal::rule).containsExactly("job-ads", "job-ads");
    }

    @Test
    void htmlFixturesLoseTheirRemainingBoilerplate() throws URISyntaxException {
        Path wire = Path.of(getClass().getResource("/org/parallax/ingest/html/wire-en.html").toURI());
        RawArticle raw = ArticleReaders.defaults().read(wire);
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage(raw.metadata().language()).clean(raw);

        assertThat(cleaned.removed().subList(raw.removed().size(), cleaned.removed().size())).containsExactly(
                new Removal("By Jane Roe and John Doe", "byline"),
                new Removal("July 19, 2021 12:14 PM UTC", "dateline"),
                new Removal("1 minute read", "reading-time"),
                new Removal("Reporting by Jane Roe in Washington; Additional reporting by John Doe in London; "
                        + "Editing by Sam Miller", "reporter-credit"),
                new Removal("Our Standards: The Wire Report Trust Principles.", "standards-footer"));
        assertThat(cleaned.blocks()).hasSize(4);
        assertThat(cleaned.blocks().get(0).kind()).isEqualTo(BlockKind.HEADLINE);
    }

    @Test
    void userRulesRunAfterTheBundledOnes() throws IOException {
        Path rules = Files.writeString(dir.resolve("mine.txt"), """
                # rules of one outlet
                promo-box\tblock\t(?i)jetzt abonnieren.*
                outlet-tag\tspan\t\\s*\\[Rundschau\\]
                """, StandardCharsets.UTF_8);
        BoilerplateCleaner cleaner = BoilerplateCleaner.forLanguage("de").withRules(rules);
        CleanedArticle cleaned = cleaner.clean(article("Jetzt abonnieren und sparen!",
                "Die Nato schloss sich an [Rundschau]."));

        assertThat(cleaned.blocks()).extracting(TextBlock::text).containsExactly("Die Nato schloss sich an.");
        assertThat(cleaned.removed()).containsExactly(new Removal("Jetzt abonnieren und sparen!", "promo-box"),
                new Removal("[Rundschau]", "outlet-tag"));
        assertThat(cleaner.rules().get(cleaner.rules().size() - 1).origin()).endsWith("mine.txt:3");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("job-ads\tblock\n", "bad.txt:1: expected 3 or 4 tab-separated fields (rule-id, scope, "
                        + "regex[, follow-regex]), found 2"),
                Arguments.of("# ok\n\nJob Ads\tblock\tx\n", "bad.txt:3: rule id 'Job Ads' must be lower-case letters "
                        + "and digits joined by hyphens"),
                Arguments.of("ads\tparagraph\tx\n", "bad.txt:1: unknown scope 'paragraph'; expected block, span or "
                        + "block+following"),
                Arguments.of("ads\tblock\t(unclosed\n", "bad.txt:1: invalid regular expression: Unclosed group near "
                        + "index 9"),
                Arguments.of("ads\tblock+following\tx\n", "bad.txt:1: scope block+following needs a fourth field, "
                        + "the follow-regex"),
                Arguments.of("ads\tblock\tx\ty\n", "bad.txt:1: only scope block+following takes a fourth field"),
                Arguments.of("ads\tspan\tx*\n", "bad.txt:1: a span pattern must not match empty text"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedRuleFilesFailWithFileAndLine(String content, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.txt"), content, StandardCharsets.UTF_8);
        BoilerplateCleaner cleaner = BoilerplateCleaner.forLanguage("de");
        assertThatThrownBy(() -> cleaner.withRules(file)).isInstanceOf(RuleFileException.class)
                .hasMessage(file + message.substring("bad.txt".length()));
    }

    @Test
    void aMissingRuleFileFailsWithOneLine() {
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> BoilerplateCleaner.forLanguage("de").withRules(missing))
                .isInstanceOf(RuleFileException.class).hasMessage(missing + ": no such rules file");
    }

    private static ArticleMetadata metadata() {
        return new ArticleMetadata("test", "", "", Language.GERMAN, "", "", null);
    }

    private static RawArticle article(String... paragraphs) {
        return new RawArticle(metadata(),
                Stream.of(paragraphs).map(p -> new TextBlock(BlockKind.PARAGRAPH, p)).toList(), List.of());
    }
}
