package org.parallax.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.Article;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.Comparer;
import org.parallax.pipeline.PipelineOptions;
import org.parallax.model.Comparison;
import org.parallax.report.HtmlReportRenderer;

/**
 * Hostile strings in titles, outlets, URLs, front matter and body, in text and HTML inputs, never
 * become markup: the report holds no script, handler attribute or {@code javascript:} link that
 * Parallax did not put there itself.
 */
class InjectionTest {

    private static final List<String> FIXED = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "</textarea></title></style><script>alert(2)</script>",
            "javascript:alert(3)",
            "JaVaScRiPt:alert(4)",
            "<a href=\"javascript:alert(5)\">klick</a>",
            "<svg onload=alert(6)>",
            "[[${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}]]",
            "__${T(java.lang.System).exit(1)}__",
            "[(${7*7})]",
            "<!-- --><script>alert(7)</script>",
            "<iframe src=\"javascript:alert(8)\"></iframe>",
            "' onmouseover='alert(9)",
            "<style>body{display:none}</style>");

    private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of(
            "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background");

    private final ArticleLoader loader = new ArticleLoader(PipelineOptions.defaults());
    private final Comparer comparer = new Comparer(PipelineOptions.defaults());
    private final HtmlReportRenderer renderer = HtmlReportRenderer.builtIn();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13})
    void fixedHostileStringsStayText(int i) throws IOException {
        assertSafe(FIXED.get(i));
    }

    @Property(tries = 25)
    void generatedHostileStringsStayText(@ForAll("hostile") String hostile) throws IOException {
        assertSafe(hostile);
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.of("<script>", "</script>", "<img src=x onerror=", "javascript:",
                "\" onclick=\"", "' onfocus='", "<a href=", "[[${", "}]]", "__${", "}__", "[(${", ")]", "<svg/onload=",
                "</p>", "<!--", "-->", "&lt;", "&#106;avascript:", "alert(1)", ">", "<", "\"", "'", "`", " ");
        Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(piece.list().ofMinSize(1).ofMaxSize(8), words)
                .as((parts, word) -> String.join("", parts) + word);
    }

    private void assertSafe(String hostile) throws IOException {
        Path dir = Files.createTempDirectory("parallax-injection");
        String oneLine = hostile.replace("\n", " ").replace("\r", " ");
        Path text = dir.resolve("hostile.txt");
        Files.writeString(text, "---\n"
                + "outlet: " + oneLine + "\n"
                + "title: " + oneLine + "\n"
                + "url: " + oneLine + "\n"
                + "language: de\n"
                + "note: " + oneLine + "\n"
                + "---\n"
                + "Die USA machen China verantwortlich, sagte " + hostile + " am Montag.\n\n"
                + hostile + "\n\n"
                + "Die EU spricht von chinesischem Territorium.\n");
        String escaped = org.apache.commons.text.StringEscapeUtils.escapeHtml4(hostile);
        Path html = dir.resolve("hostile.html");
        Files.writeString(html, "<!DOCTYPE html><html lang=\"de\"><head><title>" + escaped + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + escaped + "\">"
                + "<meta property=\"og:url\" content=\"" + escaped + "\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(hostile).toString().replace("<", "\\u003c")
                + "}</script></head><body><article><h1>" + escaped + "</h1>"
                + "<p>Die USA machen China verantwortlich, sagte " + escaped + " am Montag.</p>"
                + "<p><a href=\"javascript:alert(1)\">Link</a> " + escaped + "</p>"
                + "<p>Die EU spricht von chinesischem Territorium.</p></article></body></html>");
        List<Article> articles = List.of(loader.load(text, "a1"), loader.load(html, "a2"));
        Comparison comparison = comparer.compare("", articles);
        Document doc = Jsoup.parse(renderer.renderReport(comparison, null, null));

        List<Element> scripts = doc.select("script");
        assertThat(scripts).hasSize(1);
        assertThat(scripts.get(0).attributes().size()).isZero();
        assertThat(scripts.get(0).data()).contains("hide-identical").doesNotContain("alert");
        assertThat(doc.select("iframe, img, svg, object, embed, style:not(head > style)")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute on <" + e.tagName() + ">").doesNotStartWithIgnoringCase("on");
                if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)).doesNotStartWith("javascript:");
                }
            }
        }
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            assertThat(href.startsWith("#") || href.startsWith("http://") || href.startsWith("https://")).as(href).isTrue();
            if (!href.startsWith("#")) {
                assertThat(a.attr("rel")).isEqualTo("noopener noreferrer");
            }
        }
        assertThat(doc.text()).contains("Die EU spricht von chinesischem Territorium.");
        assertThat(Files.exists(Path.of("/tmp/pwned"))).isFalse();
    }
}
