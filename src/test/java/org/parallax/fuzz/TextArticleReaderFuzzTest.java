package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.parallax.ingest.ArticleReadException;
import org.parallax.model.TextBlock;
import org.parallax.ingest.TextArticleReader;
import org.parallax.ingest.RawArticle;

/**
 * Arbitrary plain text (Markdown off) through {@link TextArticleReader#parse}: it either refuses the
 * text with an {@link ArticleReadException} or returns non-empty blocks that hold every visible
 * character of the body (the lines after the front matter) in order. The only characters a block may
 * leave out are the markers the reader documents as formatting: a list bullet ({@code - * •}) and the
 * {@code #} marks of a heading line.
 */
class TextArticleReaderFuzzTest {

    private static final String FORMATTING_MARKS = "-*•#";

    private final TextArticleReader reader = new TextArticleReader();

    @FuzzTest(maxDuration = "5s")
    void readsAnyTextWithoutLosingCharacters(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        RawArticle article;
        try {
            article = reader.parse(text, "fuzz.txt", "fuzz", false);
        } catch (ArticleReadException refused) {
            return;
        }
        assertThat(article.metadata().outlet()).isNotBlank();
        assertThat(article.blocks()).isNotEmpty().allSatisfy(b -> assertThat(b.text()).isNotEmpty());

        String body = VisibleCharacters.of(String.join("\n", body(text)));
        StringBuilder joined = new StringBuilder();
        for (TextBlock block : article.blocks()) {
            joined.append(block.text());
        }
        String kept = VisibleCharacters.of(joined.toString());
        int b = 0;
        for (int k = 0; k < kept.length(); k++, b++) {
            while (b < body.length() && body.charAt(b) != kept.charAt(k)) {
                assertThat(FORMATTING_MARKS.indexOf(body.charAt(b)))
                        .as("character %d of the body ('%s') is missing from the blocks", b, body.charAt(b))
                        .isNotNegative();
                b++;
            }
            assertThat(b).as("blocks hold '%s' that the body has not (there)", kept.charAt(k)).isLessThan(body.length());
        }
        for (; b < body.length(); b++) {
            assertThat(FORMATTING_MARKS.indexOf(body.charAt(b)))
                    .as("character %d of the body ('%s') is missing from the blocks", b, body.charAt(b))
                    .isNotNegative();
        }
    }

    /** The lines after the front matter, as the reader documents it: between two {@code ---} lines at the top. */
    private static List<String> body(String text) {
        String unified = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = List.of(unified.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        if (!lines.get(0).strip().equals("---")) {
            return lines;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return lines.subList(i + 1, lines.size());
            }
        }
        throw new AssertionError("the reader accepted front matter that is not closed");
    }
}
