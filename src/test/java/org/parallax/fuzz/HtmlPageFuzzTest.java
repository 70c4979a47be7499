package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayDeque;
import java.util.Deque;
import org.parallax.ingest.ArticleReadException;
import org.parallax.model.TextBlock;
import org.parallax.ingest.HtmlArticleReader;
import org.parallax.ingest.RawArticle;
import org.parallax.model.Removal;

/**
 * Pages built from article-like markup (articles, paragraphs, headings, lists, navigation, asides,
 * furniture class names) with text the fuzzer chooses and a {@code script} and {@code style} holding a
 * marker that no text contains: the marker never reaches a block or a removal, since code is not text.
 */
class HtmlPageFuzzTest {

    /** Only code holds this character; it is removed from all text the fuzzer writes. */
    private static final char CODE_MARK = '\u00A7';

    private static final String[] OPENERS = {
        "<article>", "<main>", "<div>", "<section>", "<p>", "<h1>", "<h2>", "<ul>", "<ol>", "<li>", "<blockquote>",
        "<nav>", "<aside>", "<footer>", "<header>", "<figure>", "<figcaption>", "<span>", "<a href=\"/x\">",
        "<div class=\"related-links\">", "<div class=\"cookie-banner\">", "<div itemprop=\"articleBody\">",
        "<div role=\"main\">", "<div hidden>", "<noscript>", "<form>", "<button>", "<b>", "<em>", "<pre>",
        "<table><tr><td>", "<dl><dt>", "<dd>", "<template>",
    };

    private final HtmlArticleReader reader = new HtmlArticleReader();

    @FuzzTest(maxDuration = "5s")
    void scriptAndStyleNeverBecomeText(FuzzedDataProvider data) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>t</title><script>var m = '")
                .append(CODE_MARK).append("';</script></head><body>");
        Deque<String> open = new ArrayDeque<>();
        int steps = data.consumeInt(0, 60);
        for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
            switch (data.consumeInt(0, 5)) {
                case 0 -> {
                    String opener = data.pickValue(OPENERS);
                    html.append(opener);
                    open.push(closer(opener));
                }
                case 1 -> {
                    if (!open.isEmpty()) {
                        html.append(open.pop());
                    }
                }
                case 2 -> html.append("<script>if (a < b) { t = \"").append(CODE_MARK).append("</p>\"; }</script>");
                case 3 -> html.append("<style>p::after { content: '").append(CODE_MARK).append("'; }</style>");
                case 4 -> html.append("<br>");
                default -> html.append(text(data.consumeString(120)));
            }
        }
        html.append(text(data.consumeRemainingAsString()));
        while (!open.isEmpty()) {
            html.append(open.pop());
        }
        html.append("</body></html>");

        RawArticle article;
        try {
            article = reader.parse(html.toString(), "fuzz.html", "fuzz");
        } catch (ArticleReadException refused) {
            return;
        }
        for (TextBlock block : article.blocks()) {
            assertThat(block.text()).as("block of %s", html).doesNotContain(String.valueOf(CODE_MARK));
        }
        for (Removal removal : article.removed()) {
            assertThat(removal.text()).as("removal of %s", html).doesNotContain(String.valueOf(CODE_MARK));
        }
    }

    /** Text with no markup, entity or code mark in it. */
    private static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> c != '<' && c != '&' && c != CODE_MARK && c != 0).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String closer(String opener) {
        if (opener.startsWith("<table>")) {
            return "</td></tr></table>";
        }
        if (opener.startsWith("<dl>")) {
            return "</dt></dl>";
        }
        int end = opener.indexOf(' ');
        String name = opener.substring(1, end < 0 ? opener.length() - 1 : end);
        return "</" + name + ">";
    }
}
