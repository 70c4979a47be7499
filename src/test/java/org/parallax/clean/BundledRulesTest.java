package org.parallax.clean;

import org.parallax.model.Language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.TextBlock;
import org.parallax.model.BlockKind;
import org.parallax.ingest.RawArticle;
import org.parallax.model.Removal;

/** Every bundled rule: blocks it must remove, and article text it must leave alone. */
class BundledRulesTest {

    /** Rows: rule id, language, block text, text left of the block (null: the whole block goes). */
    static Stream<Arguments> boilerplate() {
        return Stream.of(
                // no-text (common)
                Arguments.of("no-text", "de", "* * *", null),
                Arguments.of("no-text", "en", "———", null),
                // photo-credit (common)
                Arguments.of("photo-credit", "de", "Das Klärbecken am Nordufer (Foto: dpa) ist fünfzig Jahre alt.",
                        "Das Klärbecken am Nordufer ist fünfzig Jahre alt."),
                Arguments.of("photo-credit", "en", "(Photo: Reuters)", null),
                Arguments.of("photo-credit", "en", "The Microsoft logo is seen at an office in Issy-les-Moulineaux, "
                        + "France, January 25, 2021. REUTERS/Gonzalo Example/File Photo", null),
                Arguments.of("photo-credit", "de", "Bild: picture alliance / Kay Beispiel", null),
                Arguments.of("photo-credit", "de", "Foto: Stadtwerke Nordstadt", null),
                Arguments.of("photo-credit", "en", "PHOTO: Example Press/File Photo", null),
                Arguments.of("photo-credit", "en", "The White House in Washington, U.S. PHOTO: Example Press/File Photo", null),
                Arguments.of("photo-credit", "en", "The National Cyber Security Centre in London. Photograph: Example Press/File Photo", null),
                // a credit at the end of a short block makes the rest its caption (see CaptionFinderTest)
                Arguments.of("caption", "de", "Ein Serverraum in Frankfurt. © picture alliance/dpa", null),
                // teaser labels of video and "don't miss" boxes
                Arguments.of("related-links", "en", "DON'T MISS", null),
                Arguments.of("related-links", "en", "JUST WATCHED", null),
                Arguments.of("related-links", "en", "SEE MORE: Hong Kong protests: students under siege in university", null),
                                // welcome banners with a call to action
                Arguments.of("welcome-banner", "en", "Welcome to the Example Wire BETA. Learn more about the new site "
                        + "and tell us what you think.", null),
                Arguments.of("welcome-banner", "de", "Willkommen bei Beispiel Online. Erfahren Sie mehr über unsere "
                        + "neue Seite.", null),
                // labelled dates, one or two in a row
                Arguments.of("dateline", "en", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", null),
                Arguments.of("dateline", "en", "Posted: Fri 6:45 PM, Feb 16, 2018 |", null),
                Arguments.of("dateline", "en", "Published November 20th, 2019 - 07:50 GMT", null),
                                // copyright (common)
                Arguments.of("copyright", "en", "© 2021 Wire Report. All rights reserved.", null),
                Arguments.of("copyright", "en", "Copyright 2021 Example Media", null),
                Arguments.of("copyright", "de", "Alle Rechte vorbehalten.", null),
                // job-ads
                Arguments.of("job-ads", "de", "Neue Stellenangebote", null),
                Arguments.of("job-ads", "en", "Latest job openings", null),
                // related-links
                Arguments.of("related-links", "de", "Auch interessant:", null),
                Arguments.of("related-links", "de", "Mehr zum Thema", null),
                Arguments.of("related-links", "de", "Lesen Sie auch: Was über den Exchange-Hack bekannt ist", null),
                Arguments.of("related-links", "de", "Die Verbündeten wollen reagieren. Weiterlesen »",
                        "Die Verbündeten wollen reagieren."),
                Arguments.of("related-links", "en", "Read more", null),
                Arguments.of("related-links", "en", "Related: Microsoft patches Exchange flaws", null),
                Arguments.of("related-links", "en", "Officials said more steps would follow. Read more »",
                        "Officials said more steps would follow."),
                Arguments.of("related-links", "en", "The EU said the attacks came from Chinese territory. Read more: Why the EU named no ministry",
                        "The EU said the attacks came from Chinese territory."),
                Arguments.of("related-links", "de", "Die EU nannte kein Ministerium. Lesen Sie auch: Was über den Exchange-Hack bekannt ist",
                        "Die EU nannte kein Ministerium."),
                // ad-label
                Arguments.of("ad-label", "de", "Anzeige", null),
                Arguments.of("ad-label", "de", "ANZEIGE Jetzt Depot eröffnen und Prämie sichern", null),
                Arguments.of("ad-label", "en", "Advertisement", null),
                Arguments.of("ad-label", "en", "Advertisement · Scroll to continue", null),
                // reading-time
                Arguments.of("reading-time", "de", "3 Min. Lesezeit", null),
                Arguments.of("reading-time", "de", "Lesezeit: 4 Minuten", null),
                Arguments.of("reading-time", "en", "1 minute read", null),
                // newsletter
                Arguments.of("newsletter", "de", "Jetzt den Politik-Newsletter abonnieren und jeden Morgen informiert sein.",
                        null),
                Arguments.of("newsletter", "de", "Melden Sie sich für unseren kostenlosen Newsletter an.", null),
                Arguments.of("newsletter", "en", "Sign up for our cybersecurity newsletter", null),
                // cookie-notice
                Arguments.of("cookie-notice", "de", "Wir verwenden Cookies, um Ihnen das beste Nutzungserlebnis zu bieten.",
                        null),
                Arguments.of("cookie-notice", "de", "Alle akzeptieren", null),
                Arguments.of("cookie-notice", "en", "We use cookies to improve your experience on our site.", null),
                Arguments.of("cookie-notice", "en", "Accept all cookies", null),
                // welcome-banner
                Arguments.of("welcome-banner", "de", "Willkommen bei Beispiel Online!", null),
                Arguments.of("welcome-banner", "en", "Welcome to Wire Report!", null),
                // byline
                Arguments.of("byline", "de", "Von unserem Korrespondenten in Peking", null),
                Arguments.of("byline", "de", "Von Lena Vogt und Tom Berger", null),
                Arguments.of("byline", "de", "Von Anna Beispiel, 19.07.2021, 14:03 Uhr", null),
                Arguments.of("byline", "en", "By Jane Roe and John Doe", null),
                Arguments.of("byline", "en", "By Raphael Example, Washington", null),
                // agency-credit
                Arguments.of("agency-credit", "de", "Mit Material von dpa und Reuters", null),
                Arguments.of("agency-credit", "de", "(dpa/AFP)", null),
                // dateline
                Arguments.of("dateline", "de", "19.07.2021, 14:03 Uhr", null),
                Arguments.of("dateline", "de", "Stand: 19. Juli 2021", null),
                Arguments.of("dateline", "en", "July 19, 2021 12:14 PM UTC", null),
                Arguments.of("dateline", "en", "Updated 3 hours ago", null),
                // share-buttons and comments
                Arguments.of("share-buttons", "de", "Artikel teilen", null),
                Arguments.of("share-buttons", "en", "Share this article", null),
                Arguments.of("comments", "de", "12 Kommentare", null),
                Arguments.of("comments", "en", "12 Comments", null),
                // standards-footer and reporter-credit
                Arguments.of("standards-footer", "en", "Our Standards: The Thomson Reuters Trust Principles.", null),
                Arguments.of("reporter-credit", "en", "Reporting by Jane Roe; Editing by John Doe", null),
                Arguments.of("reporter-credit", "en", "(Additional reporting by Sam Lee in London)", null));
    }

    /** Rows: the rule id the text is close to, language, ordinary article text. */
    static Stream<Arguments> articleText() {
        return Stream.of(
                Arguments.of("no-text", "de", "Sie sagte: „Nein.“"),
                Arguments.of("photo-credit", "en", "A Reuters/Ipsos poll found that most Americans back sanctions."),
                Arguments.of("photo-credit", "de", "Die Nachrichtenagenturen AFP/Reuters berichteten übereinstimmend."),
                Arguments.of("photo-credit", "de", "Fotos zeigen zerstörte Serverräume in der Stadt"),
                Arguments.of("photo-credit", "de", "Bild: Die Regierung plant neue Gesetze gegen Hacker."),
                Arguments.of("photo-credit", "en", "The photo shows the White House in Washington, where officials met on Monday."),
                Arguments.of("copyright", "en", "Copyright law in the EU protects news publishers."),
                Arguments.of("copyright", "de", "Der Verlag behält sich alle Rechte vor, sagte die Sprecherin."),
                Arguments.of("job-ads", "de", "Neue Stellenangebote schafft das Werk vorerst nicht, sagte der Betriebsrat."),
                Arguments.of("job-ads", "en", "Jobs at the agency were cut after the breach."),
                Arguments.of("related-links", "de", "Auch interessant ist, dass die EU das Ministerium nicht nennt."),
                Arguments.of("related-links", "de", "Mehr zum Thema Cybersicherheit will die Regierung im Herbst vorlegen."),
                Arguments.of("related-links", "en", "Readers who want to read more about the flaws can consult an advisory."),
                Arguments.of("related-links", "en", "Read more about the breach, officials told employees in a memo."),
                Arguments.of("related-links", "en", "Officials gave one reason. Related: the servers had not been patched."),
                Arguments.of("related-links", "de", "Ein Grund wurde genannt. Mehr dazu: Die Server waren nicht aktualisiert worden."),
                Arguments.of("ad-label", "de", "Die Polizei erstattete Anzeige gegen den Betreiber der Server."),
                Arguments.of("ad-label", "de", "Anzeige gegen Unbekannt wurde noch am Abend erstattet."),
                Arguments.of("ad-label", "en", "The advertisement campaign was paid for by the ministry."),
                Arguments.of("reading-time", "de", "Die Lesezeit der Anklageschrift betrug nur wenige Minuten."),
                Arguments.of("reading-time", "en", "It took officials five minutes to read the statement aloud."),
                Arguments.of("newsletter", "de", "Der Newsletter des Ministeriums warnte bereits im März vor der Lücke."),
                Arguments.of("newsletter", "en", "The ministry's newsletter warned of the flaw in March."),
                Arguments.of("cookie-notice", "de", "Die Angreifer stahlen Cookies und Passwörter aus den Browsern."),
                Arguments.of("cookie-notice", "en", "The hackers stole cookies and passwords from victims' browsers."),
                Arguments.of("welcome-banner", "de", "Willkommen bei der Nato, sagte der Generalsekretär zur Begrüßung."),
                Arguments.of("welcome-banner", "en", "Welcome to the new era of cyber conflict, one official said."),
                Arguments.of("byline", "de", "Von China aus wurden die Angriffe gesteuert, sagen US-Ermittler."),
                Arguments.of("byline", "de", "Von der Leyen kündigte Gespräche mit Peking an."),
                Arguments.of("byline", "en", "By Monday, the company had patched most of its servers."),
                Arguments.of("agency-credit", "de", "Mit Material von Microsoft verfolgten die Ermittler die Spur."),
                Arguments.of("dateline", "de", "19. Juli 2021: Die USA machen China verantwortlich."),
                Arguments.of("dateline", "en", "July 19, 2021 was the day the allies spoke with one voice."),
                Arguments.of("dateline", "en", "Updated 5 times since March."),
                Arguments.of("dateline", "en", "Published in 2019, the report named no ministry."),
                Arguments.of("welcome-banner", "en", "Welcome to Washington. Try the crab cakes, the senator joked."),
                Arguments.of("related-links", "en", "See more of the city from the river, the guide said."),
                Arguments.of("related-links", "en", "Don't miss the deadline, officials warned companies on Monday."),
                Arguments.of("share-buttons", "de", "Teilen Sie diese Einschätzung, fragte der Moderator."),
                Arguments.of("share-buttons", "en", "Share prices of security firms rose on Monday."),
                Arguments.of("comments", "de", "Kommentare aus Peking blieben zunächst aus."),
                Arguments.of("comments", "en", "Comments from Beijing were not immediately available."),
                Arguments.of("standards-footer", "en", "Our standards are high, the minister said."),
                Arguments.of("reporter-credit", "en", "Editing by hand is slow, the researchers wrote."));
    }

    @ParameterizedTest
    @MethodSource("boilerplate")
    void removesBoilerplate(String rule, String language, String text, String left) {
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage(language).clean(single(text));

        assertThat(cleaned.removed()).extracting(Removal::rule).contains(rule);
        if (left == null) {
            assertThat(cleaned.blocks()).isEmpty();
        } else {
            assertThat(cleaned.blocks()).containsExactly(new TextBlock(BlockKind.PARAGRAPH, left));
        }
    }

    @ParameterizedTest
    @MethodSource("articleText")
    void leavesArticleTextAlone(String rule, String language, String text) {
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage(language).clean(single(text));

        assertThat(cleaned.removed()).isEmpty();
        assertThat(cleaned.blocks()).containsExactly(new TextBlock(BlockKind.PARAGRAPH, text));
    }

    @Test
    void everyBundledRuleLineIsExercisedByTheTable() {
        List<Arguments> rows = boilerplate().toList();
        for (BoilerplateRule rule : BoilerplateCleaner.forLanguage("").rules()) {
            boolean matched = rows.stream().map(a -> (String) a.get()[2]).anyMatch(text ->
                    rule.scope() == RuleScope.SPAN ? rule.pattern().matcher(text).find() : rule.matchesBlock(text));
            assertThat(matched).as("a boilerplate row for %s (%s)", rule.id(), rule.origin()).isTrue();
        }
    }

    @Test
    void everyRuleIdHasArticleTextItMustLeaveAlone() {
        Set<String> ids = BoilerplateCleaner.forLanguage("").rules().stream().map(BoilerplateRule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = articleText().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        assertThat(covered).containsAll(ids);
    }

    private static RawArticle single(String text) {
        return new RawArticle(new ArticleMetadata("test", "", "", Language.UNDETERMINED, "", "", null),
                List.of(new TextBlock(BlockKind.PARAGRAPH, text)), List.of());
    }
}
