package org.parallax.ingest;

import org.parallax.model.BlockKind;
import org.parallax.model.Removal;
import org.parallax.model.TextBlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    static Path fixture(String name) {
        try {
            return Path.of(HtmlArticleReaderTest.class.getResource("html/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(RawArticle article) {
        return article.blocks().stream().map(TextBlock::text).toList();
    }

    private static String allText(RawArticle article) {
        return String.join("\n", texts(article));
    }

    @Test
    void wordpressPageKeepsTheArticleAndRecordsSidebarCommentsAndMenus() {
        RawArticle article = reader.read(fixture("wordpress-blog.html"));

        assertThat(article.blocks()).containsExactly(
                new TextBlock(BlockKind.HEADLINE, "Kläranlage Nordstadt: Stadtrat beschließt Sanierung"),
                new TextBlock(BlockKind.PARAGRAPH, "Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, die "
                        + "Kläranlage im Norden der Stadt für rund 14 Millionen Euro zu sanieren. Die Arbeiten sollen "
                        + "im Frühjahr beginnen und drei Jahre dauern."),
                new TextBlock(BlockKind.PARAGRAPH, "Bürgermeisterin Jana Feldmann sprach von einer „überfälligen "
                        + "Entscheidung“. Die Anlage stammt aus den siebziger Jahren; bei Starkregen war zuletzt "
                        + "mehrfach ungeklärtes Wasser in den Fluss gelangt."),
                new TextBlock(BlockKind.SUBHEADING, "Gebühren steigen moderat"),
                // <br> inside a paragraph is a space
                new TextBlock(BlockKind.PARAGRAPH, "Für die Haushalte soll die Abwassergebühr nach Angaben der Verwaltung "
                        + "um etwa vier Prozent steigen. Die Opposition hatte eine Finanzierung aus den Rücklagen "
                        + "gefordert. Sie scheiterte mit ihrem Antrag."),
                new TextBlock(BlockKind.LIST_ITEM, "Baubeginn: Frühjahr 2022"),
                new TextBlock(BlockKind.LIST_ITEM, "Kosten: rund 14 Millionen Euro, davon 5 Millionen aus Landesmitteln"));
        assertThat(article.removed()).extracting(Removal::rule, Removal::text).contains(
                tuple("html-header", "Nordstadt-Blog Nachrichten aus dem Viertel Start Politik Kultur"),
                tuple("html-figcaption", "Das Klärbecken am Nordufer. Foto: Stadtwerke Nordstadt"),
                tuple("html-share", "Teilen mit: Facebook Twitter"),
                tuple("html-sidebar", "Neueste Beiträge Sommerfest im Stadtpark Neue Buslinie ab September"),
                tuple("html-footer", "Stolz präsentiert von WordPress | Impressum | Datenschutz"));
        assertThat(article.removed()).filteredOn(r -> r.rule().equals("html-comments")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("Endlich! Das hat lange genug gedauert."));
        assertThat(article.metadata()).satisfies(m -> {
            assertThat(m.outlet()).isEqualTo("Nordstadt-Blog");
            assertThat(m.title()).isEqualTo("Kläranlage Nordstadt: Stadtrat beschließt Sanierung");
            assertThat(m.url()).isEqualTo("https://nordstadt-blog.example/2021/07/19/klaeranlage-sanierung/");
            assertThat(m.language().code()).isEqualTo("de");
            assertThat(m.published()).isEqualTo("2021-07-19T18:30:00+02:00");
        });
        assertThat(allText(article)).doesNotContain("wpEmojiSettings", "font-size");
    }

    @Test
    void newsPageTakesJsonLdAndDropsTheMoreOnThisTopicBoxes() {
        RawArticle article = reader.read(fixture("news-jsonld.html"));

        assertThat(article.metadata()).satisfies(m -> {
            assertThat(m.outlet()).isEqualTo("Rundschau Online");
            assertThat(m.title()).isEqualTo("Cyberangriff: USA machen China für Exchange-Hack verantwortlich");
            assertThat(m.url()).isEqualTo("https://rundschau.example/politik/exchange-hack-china-100.html");
            assertThat(m.language().code()).isEqualTo("de");
            assertThat(m.published()).isEqualTo("2021-07-19T16:05:00+02:00");
            assertThat(m.extra()).containsEntry("author", "Lena Vogt, Tom Berger")
                    .containsEntry("modified", "2021-07-19T19:40:00+02:00");
        });
        assertThat(article.warnings()).containsExactly("ignored a JSON-LD block that is not valid JSON");
        assertThat(article.blocks().get(0)).isEqualTo(
                new TextBlock(BlockKind.HEADLINE, "USA machen China für Exchange-Hack verantwortlich"));
        assertThat(texts(article)).contains(
                "Washington und seine Verbündeten werfen Peking vor, hinter den Angriffen auf E-Mail-Server von "
                        + "Microsoft zu stehen.",
                "„Wir werden nicht zulassen, dass so etwas folgenlos bleibt“, sagte ein Regierungsbeamter.",
                "Sanktionen kündigten die Verbündeten vorerst nicht an.");
        assertThat(allText(article)).doesNotContain("Cookies", "Was über den Exchange-Hack bekannt ist",
                "Wie Staaten Hackerangriffe zuordnen", "Schlagworte", "Cybersicherheit", "Von Lena Vogt");
        assertThat(article.removed()).extracting(Removal::rule, Removal::text).contains(
                tuple("html-cookie", "Wir verwenden Cookies, um Ihnen das beste Nutzungserlebnis zu bieten. "
                        + "Alle akzeptieren"),
                tuple("html-related", "Mehr zum Thema Was über den Exchange-Hack bekannt ist Microsoft schließt "
                        + "Sicherheitslücken"),
                // a list made only of links, without any class name
                tuple("html-related", "Wie Staaten Hackerangriffe zuordnen Nato verschärft Ton gegenüber China"),
                tuple("html-byline", "Von Lena Vogt und Tom Berger"),
                tuple("html-tags", "Schlagworte: China USA"));
    }

    @Test
    void pageWithoutArticleMarkupFindsTheDensestTextAndSaysSo() {
        RawArticle article = reader.read(fixture("no-article-density.html"));

        assertThat(article.blocks()).extracting(TextBlock::kind).containsExactly(BlockKind.HEADLINE,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(article.blocks().get(0).text()).isEqualTo("Landkreis meldet Hackerangriff auf Verwaltung");
        // the page is in Windows-1252, declared in its meta tag
        assertThat(article.blocks().get(4).text()).startsWith("Landrat Peter Kühn sagte");
        assertThat(article.warnings()).singleElement().asString().contains("densest text block (div.text)");
        assertThat(article.removed()).extracting(Removal::text).containsExactly(
                "Startseite | Lokales | Sport | Kontakt",
                "Lokales Wirtschaft Termine",
                "Dienstag, 20. Juli 2021",
                "Umfrage der Woche Sollen Behörden mehr Geld für IT-Sicherheit ausgeben? Ja Nein",
                "© Kreisbote Verlag | Impressum");
        assertThat(article.removed()).extracting(Removal::rule).containsOnly("html-outside-article");
        assertThat(article.metadata().outlet()).isEqualTo("no-article-density");
        assertThat(article.metadata().language().code()).isEqualTo("de");
    }

    @Test
    void wirePageKeepsBylineAndCreditsForTheCleanerButDropsCaptionsAndShareBars() {
        RawArticle article = reader.read(fixture("wire-en.html"));

        assertThat(texts(article)).containsExactly(
                "U.S. and allies blame China for Microsoft Exchange hack",
                "By Jane Roe and John Doe",
                "July 19, 2021 12:14 PM UTC",
                "1 minute read",
                "WASHINGTON, July 19 (Wire) - The United States and its allies on Monday accused China of a hacking "
                        + "campaign that exploited flaws in Microsoft Exchange email servers earlier this year, saying "
                        + "hackers linked to China's Ministry of State Security were behind it.",
                "A senior administration official told reporters that the group of countries would expose more of "
                        + "Beijing's conduct in cyberspace, but announced no sanctions. Readers who want to read more "
                        + "about the flaws can consult a government advisory published in March.",
                "China's embassy in Washington did not immediately respond to a request for comment. Beijing has "
                        + "denied similar accusations in the past.",
                "Reporting by Jane Roe in Washington; Additional reporting by John Doe in London; Editing by Sam Miller",
                "Our Standards: The Wire Report Trust Principles.");
        assertThat(article.removed()).extracting(Removal::rule).contains("html-nav", "html-header",
                "html-figcaption", "html-ad", "html-share", "html-related", "html-footer");
        assertThat(article.removed()).extracting(Removal::text)
                .contains("The Microsoft logo at an office building in a file picture. REUTERS/Ann Example/File Photo",
                        "Advertisement · Scroll to continue");
        assertThat(article.metadata()).satisfies(m -> {
            assertThat(m.outlet()).isEqualTo("Wire Report");
            assertThat(m.language().code()).isEqualTo("en");
            assertThat(m.url()).isEqualTo("https://wire.example/technology/us-allies-blame-china-exchange-hack-2021-07-19/");
            assertThat(m.published()).isEqualTo("2021-07-19T12:14:00Z");
            assertThat(m.extra()).containsEntry("section", "Technology").containsEntry("author", "Jane Roe");
        });
    }

    @Test
    void bannerPageRecordsCookieNewsletterAdAndHiddenPieces() {
        RawArticle article = reader.read(fixture("banner-newsletter-de.html"));

        assertThat(texts(article)).contains(
                "Ein Unternehmen aus Hessen erstattete Anzeige gegen Unbekannt, nachdem Angreifer Kundendaten "
                        + "kopiert hatten. Die Polizei ermittelt.");
        assertThat(allText(article)).doesNotContain("Smartphone", "Politik-Newsletter", "Cookies", "JavaScript",
                "Foto: dpa", "Willkommen");
        assertThat(article.removed()).extracting(Removal::rule, Removal::text).containsExactly(
                tuple("html-banner", "Willkommen bei Beispiel Online!"),
                tuple("html-cookie", "Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie dem zu. OK"),
                tuple("html-figcaption", "Das Nato-Hauptquartier in Brüssel. (Foto: dpa)"),
                tuple("html-ad", "Jetzt das neue Smartphone für 1 Euro sichern!"),
                tuple("html-newsletter", "Newsletter Jetzt den Politik-Newsletter abonnieren und jeden Morgen "
                        + "informiert sein. Anmelden"),
                tuple("html-noscript", "Bitte aktivieren Sie JavaScript, um alle Funktionen zu nutzen."),
                tuple("html-footer", "Impressum · Datenschutz · Kontakt"));
        assertThat(article.metadata()).satisfies(m -> {
            assertThat(m.outlet()).isEqualTo("Beispiel Online");
            assertThat(m.language().code()).isEqualTo("de");
            assertThat(m.published()).isEqualTo("2021-07-20");
            assertThat(m.title()).isEqualTo("Nato wirft China Cyberspionage vor");
        });
    }

    @Test
    void railsPageKeepsTheWireTextAndRecordsBannerCaptionNewsletterLinksCommentsAndRail() {
        RawArticle article = reader.read(fixture("rails-wire-en.html"));

        assertThat(article.blocks()).containsExactly(
                new TextBlock(BlockKind.HEADLINE, "Allies blame China for Exchange hack"),
                // hard-wrapped lines in <pre> are joined; a blank line there ends the paragraph
                new TextBlock(BlockKind.PARAGRAPH, "WASHINGTON, July 19 (Example Wire) - The United States and its "
                        + "allies on Monday formally accused China of carrying out the hack of Microsoft Exchange "
                        + "email servers disclosed in March."),
                new TextBlock(BlockKind.PARAGRAPH, "The White House said it had \"a high degree of confidence\" that "
                        + "hackers affiliated with China's Ministry of State Security were responsible for the attack."),
                // a paragraph wrapped with <br> stays one paragraph
                new TextBlock(BlockKind.PARAGRAPH, "Officials said tens of thousands of organisations worldwide had "
                        + "been affected, among them government agencies, hospitals and small businesses that had not "
                        + "patched their servers in time."),
                new TextBlock(BlockKind.PARAGRAPH, "China's foreign ministry rejected the accusation on Tuesday and "
                        + "called it groundless, saying Beijing opposed all forms of cyber attack."));
        assertThat(article.removed()).extracting(Removal::rule, Removal::text).containsExactly(
                tuple("html-header", "Example Wire World Technology"),
                tuple("html-banner", "Welcome to the Example Wire BETA. Learn more about the new site and tell us "
                        + "what you think."),
                // caption and credit of a figure, whatever their markup
                tuple("html-figcaption", "The White House in Washington at dusk. Example Press/File Photo"),
                tuple("html-newsletter", "Tech Briefing Get the week's technology news in your inbox every Friday. "
                        + "Sign up"),
                // named like nothing, but almost all link text: teasers
                tuple("html-link-dense", "More from Example Wire EU names no ministry in its statement on the hack "
                        + "How to tell if your server was hit Microsoft patches four flaws in Exchange"),
                tuple("html-comments", "2 comments Finally someone says it out loud. It took them long enough to "
                        + "make the call, and the proof is still thin. Patch your servers, people."),
                tuple("html-sidebar", "Most read Stocks fall as tech shares slide Heavy rain expected on Sunday"),
                tuple("html-footer", "© 2021 Example Wire · Terms · Privacy"));
    }

    @Test
    void commentsMarkedAsArticlesAreNotTakenForTheArticle() {
        RawArticle article = reader.read(fixture("comment-articles-de.html"));

        // the post's text is loose text in a span, cut by double line breaks; the <article>s are comments
        assertThat(texts(article)).containsExactly(
                "Stadtrat beschließt Sanierung der Kläranlage",
                "Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, die Kläranlage im Norden der Stadt "
                        + "für rund 14 Millionen Euro zu sanieren.",
                "Die Arbeiten sollen im Frühjahr beginnen und drei Jahre dauern, teilte die Verwaltung mit. "
                        + "Bürgermeisterin Jana Feldmann sprach von einer überfälligen Entscheidung.",
                "Für die Haushalte soll die Abwassergebühr nach Angaben der Verwaltung um etwa vier Prozent steigen, "
                        + "die Opposition hatte eine Finanzierung aus den Rücklagen gefordert.");
        assertThat(article.removed()).extracting(Removal::rule).containsExactly("html-comments");
        assertThat(article.warnings()).singleElement().asString().contains("densest text block (div.entry-content)");
    }

    @Test
    void anArticleSplitIntoSectionsIsFoundWhole() {
        RawArticle article = reader.parse("<html><body><div id=page>"
                + "<div class=part><p>Der erste Teil des Artikels berichtet, was der Stadtrat am Montag beschlossen hat.</p>"
                + "<p>Die Sanierung kostet rund 14 Millionen Euro, sagte die Bürgermeisterin, und dauert drei Jahre.</p></div>"
                + "<div class=picture><img src=a.jpg></div>"
                + "<div class=part><p>Der zweite Teil erklärt, warum die Gebühren steigen, und was die Opposition fordert.</p></div>"
                + "<div class=links><a href=/a>Sommerfest im Stadtpark</a> <a href=/b>Neue Buslinie ab September</a></div>"
                + "</div></body></html>", "mem", "mem");

        assertThat(texts(article)).hasSize(3).last().asString().startsWith("Der zweite Teil");
        assertThat(article.removed()).extracting(Removal::rule, Removal::text).containsExactly(
                tuple("html-outside-article", "Sommerfest im Stadtpark Neue Buslinie ab September"));
    }

    @Test
    void everyFixtureLosesNoVisibleText() {
        // each word of the page's visible text is either in a block or in a removal
        for (String name : List.of("wordpress-blog.html", "news-jsonld.html", "no-article-density.html",
                "wire-en.html", "banner-newsletter-de.html", "rails-wire-en.html", "comment-articles-de.html")) {
            RawArticle article = reader.read(fixture(name));
            String kept = allText(article) + "\n"
                    + String.join("\n", article.removed().stream().map(Removal::text).toList());
            String visible;
            try {
                visible = org.jsoup.Jsoup.parse(fixture(name).toFile()).body().text();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            for (String word : visible.split("\\s+")) {
                assertThat(kept).as("%s keeps '%s'", name, word).contains(word);
            }
        }
    }

    @Test
    void splitsLooseTextAtDoubleLineBreaks() {
        RawArticle article = reader.parse("<html><body><main><div>Erster Absatz mit Text.<br>Noch derselbe."
                + "<br><br>Zweiter Absatz.</div></main></body></html>", "mem", "mem");
        assertThat(texts(article)).containsExactly("Erster Absatz mit Text. Noch derselbe.", "Zweiter Absatz.");
    }

    @Test
    void rejectsPagesWithoutText() {
        assertThatThrownBy(() -> reader.parse("<html><body><nav>Start</nav></body></html>", "mem", "mem"))
                .isInstanceOf(ArticleReadException.class).hasMessage("no article text found in the page");
        assertThatThrownBy(() -> reader.parse("  ", "mem", "mem"))
                .isInstanceOf(ArticleReadException.class).hasMessage("empty file");
    }
}
