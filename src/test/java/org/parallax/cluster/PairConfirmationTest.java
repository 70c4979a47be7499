package org.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.align.Alignment;
import org.parallax.align.SentenceAligners;
import org.parallax.model.AlignmentUnit;
import org.parallax.model.Article;
import org.parallax.model.UnitKind;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.PipelineOptions;

/**
 * How the clusterer confirms a candidate pair: two articles are one event when they tell the same,
 * not when they share the lines an outlet puts around every article.
 */
class PairConfirmationTest {

    private static final double MIN = ClusterOptions.defaults().minSimilarity();
    private static final ArticleLoader LOADER = new ArticleLoader(PipelineOptions.defaults());

    private static Article article(String name) {
        try {
            return LOADER.load(Path.of(PairConfirmationTest.class.getResource(name).toURI()), "a1");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double confirm(Article a, Article b) {
        return ClusterSteps.similarity(PipelineOptions.defaults(), a.metadata().language(), a.sentenceTexts(),
                b.sentenceTexts(), ClusterSteps.sameOutlet(a.metadata().outlet(), b.metadata().outlet()));
    }

    private static double alignerSimilarity(Article a, Article b) {
        return SentenceAligners.forLanguage(org.parallax.model.Language.ENGLISH, PipelineOptions.defaults().normaliser())
                .align(a.sentenceTexts(), b.sentenceTexts()).similarity();
    }

    @Test
    void twoStoriesOfOneOutletSharingItsFurnitureAreNotOneEvent() {
        Article strike = article("furniture-port-strike.txt");
        Article malaria = article("furniture-malaria-trial.txt");
        // four lines word for word ("Highlights", "Via Syndicate Desk." ...): a quarter of the sentences
        assertThat(alignerSimilarity(strike, malaria)).as("the aligner's share of sentences").isGreaterThan(MIN);
        assertThat(confirm(strike, malaria)).isLessThan(MIN);
    }

    @Test
    void twoOutletsTellingOneEventInTheirOwnWordsAreOneEvent() {
        Article strike = article("furniture-port-strike.txt");
        Article other = article("harbour-times-port-strike.txt");
        assertThat(confirm(strike, other)).isGreaterThan(2 * MIN);
        assertThat(confirm(article("furniture-malaria-trial.txt"), other)).isLessThan(MIN);
    }

    @Test
    void onePageSavedTwiceIsOneEvent() {
        Article strike = article("furniture-port-strike.txt");
        assertThat(confirm(strike, strike)).isEqualTo(1.0);
    }

    private static AlignmentUnit unit(List<Integer> left, List<Integer> right, UnitKind kind, double score) {
        return new AlignmentUnit(left, right, kind, false, score);
    }

    private static final List<String> FURNISHED_LEFT = List.of("Via Desk.",
            "One two three four five six seven eight nine.", "A b c d e f g h i.", "J k l m n o p q r.");
    private static final List<String> FURNISHED_RIGHT = List.of("Via Desk.",
            "Nine eight seven six five four three two one.", "S t u v w x y z a.", "B c d e f g h i j.");
    private static final List<AlignmentUnit> FURNISHED_UNITS = List.of(
            unit(List.of(0), List.of(0), UnitKind.IDENTICAL, 1.0),
            unit(List.of(1, 2, 3), List.of(), UnitKind.LEFT_ONLY, 1),
            unit(List.of(), List.of(1, 2, 3), UnitKind.RIGHT_ONLY, 1));

    static Stream<Arguments> shares() {
        List<String> shortLeft = List.of("One two three four five six seven eight nine ten.", "A b.", "C d.", "E f.");
        List<String> shortRight = List.of("Ten nine eight seven six five four three two one.", "G h.", "I j.", "K l.");
        return Stream.of(
                Arguments.of("one long pair of sentences in four: a quarter of the sentences, most of the words, "
                                + "the lower counts", shortLeft, shortRight,
                        List.of(unit(List.of(0), List.of(0), UnitKind.MODIFIED, 1.0),
                                unit(List.of(1), List.of(), UnitKind.LEFT_ONLY, 1), unit(List.of(2), List.of(), UnitKind.LEFT_ONLY, 1),
                                unit(List.of(3), List.of(), UnitKind.LEFT_ONLY, 1), unit(List.of(), List.of(1), UnitKind.RIGHT_ONLY, 1),
                                unit(List.of(), List.of(2), UnitKind.RIGHT_ONLY, 1), unit(List.of(), List.of(3), UnitKind.RIGHT_ONLY, 1)),
                        false, 0.25),
                Arguments.of("one short identical line in four: a quarter of the sentences, a tenth of the words",
                        FURNISHED_LEFT, FURNISHED_RIGHT, FURNISHED_UNITS, false, 4.0 / 58),
                Arguments.of("the same, both of one outlet: the identical line does not count",
                        FURNISHED_LEFT, FURNISHED_RIGHT, FURNISHED_UNITS, true, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shares")
    void theShareIsTheLowerOfSentencesAndWords(String name, List<String> left, List<String> right,
            List<AlignmentUnit> units, boolean sameOutlet, double expected) {
        assertThat(ClusterSteps.similarity(new Alignment(units, 0), left, right, sameOutlet))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }
}
