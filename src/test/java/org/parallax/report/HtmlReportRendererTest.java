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
}
