package org.parallax.segment;

import org.parallax.model.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.TextBlock;
import org.parallax.model.BlockKind;
import org.parallax.normalise.TextNormaliser;

class BlockSegmenterTest {

    private final List<TextBlock> blocks = List.of(
            new TextBlock(BlockKind.HEADLINE, "USA überzeugt: China hinter Angriff auf Exchange Server"),
            new TextBlock(BlockKind.PARAGRAPH, "Die Angriffe laufen seit dem 19. Juli 2021. Betroffen sind u. a. Behörden."),
            new TextBlock(BlockKind.PARAGRAPH, "   "),
            new TextBlock(BlockKind.PARAGRAPH, "„Wir werden reagieren“, sagte der Minister."));

    @Test
    void numbersSentencesAcrossBlocksAndKeepsHeadlinesApart() {
        List<Sentence> sentences = BlockSegmenter.forLanguage("de").segment(blocks);

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "USA überzeugt: China hinter Angriff auf Exchange Server",
                "Die Angriffe laufen seit dem 19. Juli 2021.",
                "Betroffen sind u. a. Behörden.",
                "„Wir werden reagieren“, sagte der Minister.");
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
        assertThat(sentences).extracting(Sentence::block).containsExactly(0, 1, 1, 3);
    }

    @Test
    void givesEachSentenceItsComparisonForm() {
        List<Sentence> sentences = BlockSegmenter.forLanguage("de").segment(blocks);

        assertThat(sentences).allSatisfy(sentence ->
                assertThat(sentence.normal()).isEqualTo(TextNormaliser.defaults().comparisonForm(sentence.text())));
    }

    @Test
    void noBlocksNoSentences() {
        assertThat(BlockSegmenter.forLanguage("en").segment(List.of())).isEmpty();
    }
}
