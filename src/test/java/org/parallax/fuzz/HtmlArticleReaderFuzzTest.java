package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.parallax.ingest.ArticleReadException;
import org.parallax.model.TextBlock;
import org.parallax.ingest.HtmlArticleReader;
import org.parallax.ingest.RawArticle;
import org.parallax.model.Removal;

/**
 * Arbitrary HTML through {@link HtmlArticleReader#parse}: it either refuses the page with an
 * {@link ArticleReadException} or returns well-formed blocks, and no visible text disappears: every
 * visible character of the page's body lies in a block or in a recorded removal, and no block or
 * removal holds a character the body's text does not. Control characters do not count as visible:
 * jsoup trims them off the ends of an element's text, as it does white space.
 */
class HtmlArticleReaderFuzzTest {

    /**
     * Elements the reader documents as holding no visible text (dropped without a record); the
     * reader's own list is package-private, so it is restated here.
     */
    private static final Set<String> INVISIBLE = Set.of("script", "style", "template", "svg", "canvas", "iframe",
            "object", "embed", "img", "picture", "source", "video", "audio", "track", "map", "link", "meta", "base",
            "head");

    /** jsoup drops these invisible characters when it normalises an element's text. */
    private static final String JSOUP_INVISIBLE = "\u00AD\u200B";

    private final HtmlArticleReader reader = new HtmlArticleReader();

    @FuzzTest(maxDuration = "5s")
    void readsAnyPageWithoutLosingText(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        RawArticle article;
        try {
            article = reader.parse(html, "fuzz.html", "fuzz");
        } catch (ArticleReadException refused) {
            return;
        }
        assertThat(article.metadata().outlet()).isNotBlank();
        assertThat(article.blocks()).isNotEmpty();
        for (TextBlock block : article.blocks()) {
            assertWellFormed(block.text());
        }
        for (Removal removal : article.removed()) {
            assertWellFormed(removal.text());
        }

        Map<Integer, Integer> output = new TreeMap<>();
        article.blocks().forEach(b -> VisibleCharacters.addAll(output, VisibleCharacters.count(b.text(), JSOUP_INVISIBLE)));
        article.removed().forEach(r -> VisibleCharacters.addAll(output, VisibleCharacters.count(r.text(), JSOUP_INVISIBLE)));
        Document page = Jsoup.parse(html);
        Map<Integer, Integer> visible = bodyText(page.body(), true);
        Map<Integer, Integer> all = bodyText(page.body(), false);
        assertThat(VisibleCharacters.firstExcess(visible, output))
                .as("a visible character of the page is in no block and no removal: %s", article).isEqualTo(-1);
        assertThat(VisibleCharacters.firstExcess(output, all))
                .as("blocks and removals hold a character more often than the page's text: %s", article).isEqualTo(-1);
    }

    private static void assertWellFormed(String text) {
        assertThat(text).isNotBlank().isEqualTo(text.strip()).doesNotContain("  ", "\n", "\t", "\r", "\f");
    }

    /** Visible characters of every text node under {@code body}; with {@code visibleOnly}, none inside an invisible element. */
    private static Map<Integer, Integer> bodyText(Element body, boolean visibleOnly) {
        Map<Integer, Integer> counts = new TreeMap<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && !(visibleOnly && insideInvisible(text, body))) {
                VisibleCharacters.addAll(counts, VisibleCharacters.count(text.getWholeText(), JSOUP_INVISIBLE));
            }
        }, body);
        return counts;
    }

    private static boolean insideInvisible(Node node, Element body) {
        for (Element e = node.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (INVISIBLE.contains(e.normalName())) {
                return true;
            }
            if (e == body) {
                return false;
            }
        }
        return false;
    }
}
