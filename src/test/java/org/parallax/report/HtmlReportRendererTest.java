package org.parallax.report;

import org.parallax.model.Comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportRendererTest {

    private final HtmlReportRenderer renderer = HtmlReportRenderer.builtIn();

    @Test
    void framingPanelPutsTheAttributionAndCertaintyContrastFirstWithLinksToTheUnit() {
        Document doc = Jsoup.parse(renderer.renderReport(ReportFixtures.usAgainstEu(), null, null));
        Element panel = doc.selectFirst("section.framing");
        List<String> items = panel.select("table.framing-table > tbody > tr").eachText();
        assertThat(items).hasSize(3);
        assertThat(items.get(0)).startsWith("Attribution").contains("teilte das Weiße Haus mit", "hieß es");
        assertThat(items.get(1)).startsWith("Certainty").contains("mit sehr hoher Wahrscheinlichkeit", "none");
        assertThat(panel.select("a.goto").eachAttr("href")).containsOnly("#u2");
        assertThat(doc.getElementById("u2")).isNotNull();
    }

    @Test
    void sideBySideViewMarksEditsWithInsAndDelAndOmissionsInWords() {
        Document doc = Jsoup.parse(renderer.renderReport(ReportFixtures.usAgainstEu(), null, null));
        assertThat(doc.select("#u2 td.left del").text()).contains("Ministerium für Staatssicherheit");
        assertThat(doc.select("#u2 td.right ins").text()).contains("chinesischem Territorium");
        assertThat(doc.select("#u3 td.right").text()).isEqualTo("Not in Brüsseler Bote");
        assertThat(doc.select("#u4 td.left").text()).isEqualTo("Not in Washingtoner Blatt");
        assertThat(doc.select("#u1").hasClass("identical")).isTrue();
        assertThat(doc.select("details").text()).contains("Mehr zum Thema: Cyberangriffe", "related-links");
    }

    @Test
    void pageIsSelfContained() {
        Document doc = Jsoup.parse(renderer.renderReport(ReportFixtures.usAgainstEu(), null, null));
        assertThat(doc.select("link[rel=stylesheet], script[src], img[src], iframe")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("a[href^=http]").eachAttr("rel")).allMatch(r -> r.equals("noopener noreferrer"));
    }

    @Test
    void userTemplatesKeepTheWholeExpressionLanguage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.html"), """
                <html xmlns:th="http://www.thymeleaf.org"><body>
                <p id="path" th:text="${page.articles}"></p>
                <p id="method" th:text="${page.manyOutlets}"></p>
                <p id="call" th:text="${page.articles.size() + ' articles'}"></p>
                <p id="index" th:text="${page.articles[1].outlet}"></p>
                <p id="utility" th:text="${#strings.toUpperCase(page.title)}"></p>
                <p id="missing" th:text="${nothing}">x</p>
                </body></html>
                """);
        Comparison comparison = ReportFixtures.usAgainstEu();
        Document doc = Jsoup.parse(HtmlReportRenderer.withTemplates(dir).renderReport(comparison, null, null));
        assertThat(doc.getElementById("path").text()).startsWith("[ArticleCard[id=a1");
        assertThat(doc.getElementById("method").text()).isEqualTo("false");
        assertThat(doc.getElementById("call").text()).isEqualTo("2 articles");
        assertThat(doc.getElementById("index").text()).isEqualTo("Brüsseler Bote");
        assertThat(doc.getElementById("utility").text()).isEqualTo(comparison.title().toUpperCase(java.util.Locale.ROOT));
        assertThat(doc.getElementById("missing").text()).isEmpty();
    }

    @Test
    void whoSaidWhatComesFirstWithBothFramingsAndLinksToTheirSentences() {
        Document doc = Jsoup.parse(renderer.renderReport(ReportFixtures.usAgainstEuWithAttribution(), null, null));
        Element first = doc.selectFirst("main > *");
        assertThat(first.id()).isEqualTo("who");
        assertThat(first.select("thead th").eachText()).containsExactly("Outlet", "USA", "Weißes Haus", "EU");
        List<Element> rows = first.select("tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).startsWith("A Washingtoner Blatt")
                .contains("Ministerium für Staatssicherheit", "mit sehr hoher Wahrscheinlichkeit");
        assertThat(rows.get(1).text()).startsWith("B Brüsseler Bote")
                .contains("von chinesischem Territorium aus", "no Ministry of State Security named")
                .doesNotContain("mit sehr hoher Wahrscheinlichkeit");
        // the cell's link goes to the unit holding the sentence: a1's sentence 1 and a2's sentence 1 are in u2
        assertThat(rows.get(0).select("a.words").eachAttr("href")).containsExactly("#u1", "#u2");
        assertThat(rows.get(1).select("a.words").eachAttr("href")).containsExactly("#u1", "#u2");
        assertThat(first.select(".reach").text()).contains("Chinese territory named by B, not by A");
    }

    @Test
    void everyInPageLinkResolvesAndEveryPairHasItsSection() {
        Document doc = Jsoup.parse(renderer.renderReport(WarmUpSample.comparison(), null, null));
        assertThat(doc.select("main > section[id^=p]").eachAttr("id")).containsExactly("p1", "p2", "p3");
        assertThat(doc.select("nav.toc a").eachAttr("href")).contains("#p1", "#p2", "#p3", "#claims-h", "#removed-h");
        assertThat(doc.select("table.matrix a").eachAttr("href")).containsExactlyInAnyOrder("#p1", "#p1", "#p2", "#p2",
                "#p3", "#p3");
        for (String href : doc.select("a[href^=#]").eachAttr("href")) {
            assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
        }
    }

    @Test
    void claimsThatDifferComeFirstInTheOutletsOwnWordsAndTheFullTableStaysReachable() {
        Document doc = Jsoup.parse(renderer.renderReport(WarmUpSample.comparison(), null, null));
        Element differing = doc.selectFirst("table.claims.differing");
        assertThat(differing.select("tbody tr").eachAttr("id")).containsExactly("c1");
        assertThat(differing.select("del")).isEmpty();
        assertThat(differing.select("#c1 td").get(1).select("mark").eachText()).containsExactly("b");
        Element full = doc.selectFirst("details.all-claims table.claims.full");
        assertThat(full.select("tbody tr").eachAttr("id")).containsExactly("all-c1", "c2");
    }

    @Test
    void eachClaimCellMarksTheWordsAnotherOutletsTellingLacks() {
        org.parallax.model.Article first = ReportFixtures.article("a1", "Erstes Blatt", "", "",
                List.of("Der Hack sei gesteuert worden."), List.of());
        org.parallax.model.Article second = ReportFixtures.article("a2", "Zweites Blatt", "", "",
                List.of("Der Angriff sei gesteuert worden."), List.of());
        org.parallax.model.Article third = ReportFixtures.article("a3", "Drittes Blatt", "", "",
                List.of("Es regnete."), List.of());
        java.util.Map<String, List<Integer>> members = new java.util.LinkedHashMap<>();
        members.put("a1", List.of(0));
        members.put("a2", List.of(0));
        java.util.Map<String, List<org.parallax.model.AlignedSegment>> wording = new java.util.LinkedHashMap<>();
        wording.put("a1", List.of(segment(org.parallax.model.DiffOp.EQUAL, "Der Hack sei gesteuert worden.",
                "Der Hack sei gesteuert worden.")));
        wording.put("a2", List.of(segment(org.parallax.model.DiffOp.EQUAL, "Der ", "Der "),
                segment(org.parallax.model.DiffOp.DELETE, "Hack", ""),
                segment(org.parallax.model.DiffOp.INSERT, "", "Angriff"),
                segment(org.parallax.model.DiffOp.EQUAL, " sei gesteuert worden.", " sei gesteuert worden.")));
        org.parallax.model.Claim claim = new org.parallax.model.Claim(1, members, "a1", wording);
        Comparison comparison = new Comparison("t", List.of(first, second, third), List.of(), List.of(claim),
                java.util.Map.of(), java.util.Map.of());
        Document doc = Jsoup.parse(renderer.renderReport(comparison, null, null));
        List<Element> cells = doc.select("table.claims.differing #c1 td");
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0).text()).endsWith(" Der Hack sei gesteuert worden.");
        assertThat(cells.get(0).select("mark").eachText()).containsExactly("Hack");
        assertThat(cells.get(1).text()).endsWith(" Der Angriff sei gesteuert worden.");
        assertThat(cells.get(1).select("mark").eachText()).containsExactly("Angriff");
        assertThat(cells.get(2).text()).isEqualTo("omitted");
        assertThat(doc.select("table.claims del, table.claims ins")).isEmpty();
    }

    private static org.parallax.model.AlignedSegment segment(org.parallax.model.DiffOp op, String left, String right) {
        return new org.parallax.model.AlignedSegment(op, left, right);
    }

    @Test
    void aReportWhereNoOneIsBlamedSaysSoFirst() {
        Document doc = Jsoup.parse(renderer.renderReport(ReportFixtures.usAgainstEu(), null, null));
        Element first = doc.selectFirst("main > *");
        assertThat(first.id()).isEqualTo("who");
        assertThat(first.text()).contains("No outlet reports anyone blaming anyone");
        assertThat(first.select("table")).isEmpty();
    }

    @Test
    void wordingComesFromMessagesThatATemplatesDirectoryOverrides(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages.properties"), "who.heading=Wer sagte was\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(HtmlReportRenderer.withTemplates(dir)
                .renderReport(ReportFixtures.usAgainstEuWithAttribution(), null, null));
        assertThat(doc.select("#who-h").text()).isEqualTo("Wer sagte was");
        assertThat(doc.select("#coverage-h").text()).isEqualTo("Coverage");
        assertThat(doc.text()).doesNotContain("??");
    }
}
