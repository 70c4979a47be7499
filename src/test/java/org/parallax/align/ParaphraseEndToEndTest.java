package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.Comparer;
import org.parallax.pipeline.PipelineOptions;

/**
 * Three small articles about one event, read and compared by the whole pipeline: a sentence that
 * hedges its claim ("allegedly", "mit sehr hoher Wahrscheinlichkeit") pairs with the sentence of the
 * other outlet that tells the same claim with another verb or certainty phrase, and the
 * sub-headings that repeat the claim's words stay out of those units.
 */
class ParaphraseEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void englishHedgedClaimPairsWithItsPartnerNotWithTheHeadline() throws Exception {
        write("left.txt", """
                ---
                outlet: Morning Ledger
                language: en
                ---
                Thousands march against new road

                Thousands of people marched through the city centre on Saturday to protest against the new bypass.
                Organisers said 15,000 attended.

                The march was peaceful for most of the afternoon.
                A protester allegedly threw a bottle at police officers near the station.
                The council will vote on the bypass next month.
                """);
        write("right.txt", """
                ---
                outlet: Evening Post
                language: en
                ---
                Bypass protest draws large crowd

                A large crowd marched through the centre on Saturday against the planned bypass.
                Organisers claimed the figure was 15,000.

                Protester threw bottle at police officers, police say

                Most of the afternoon passed peacefully.
                One man hurled a glass at officers outside the station, police said.
                Councillors are due to decide on the road in a month.
                """);
        Comparison comparison = compare("left.txt", "right.txt");
        PairComparison pair = comparison.pairs().get(0);
        assertPaired(comparison, "Organisers said", "Organisers claimed");
        assertPaired(comparison, "A protester allegedly", "One man hurled");
        int headline = indexOf(comparison, "a2", "Protester threw bottle");
        assertThat(pair.units()).noneSatisfy(u -> {
            assertThat(u.unit().right()).contains(headline);
            assertThat(u.unit().left()).isNotEmpty();
        });
    }

    @Test
    void germanCertaintyPhrasesAndCompoundClaimsPairAcrossOutlets() throws Exception {
        write("seed.txt", """
                ---
                outlet: Erste Zeitung
                language: de
                ---
                Die USA haben China erstmals offiziell für den Angriff auf Microsoft verantwortlich gemacht.
                Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom chinesischen Ministerium für Staatssicherheit gesteuert worden.

                Der europäische Rat geht hingegen nicht so weit.
                Die Attacke sei zwar von chinesischem Territorium aus geführt worden, jedoch ist hier nicht die Rede von einem Bezug zum Ministerium für Staatssicherheit.
                """);
        write("other.txt", """
                ---
                outlet: Zweite Zeitung
                language: de
                ---
                Keine Rede vom Staatssicherheitsministerium

                Die Europäische Union macht China für den Angriff auf Server von Microsoft mitverantwortlich.
                Die böswilligen Cyberaktivitäten seien «von chinesischem Territorium aus» unternommen worden, hieß es am Montag in Brüssel.
                Damit bleibt Brüssel zurückhaltender als Washington.

                Die US-Regierung hatte am selben Tag erklärt, sie wisse Genaueres.
                Hacker, die mit dem chinesischen Ministerium für Staatssicherheit in Verbindung stünden, hätten die Attacke „mit großer Sicherheit“ verübt.
                """);
        Comparison comparison = compare("seed.txt", "other.txt");
        assertPaired(comparison, "Der Hack sei", "Hacker, die mit");
        assertPaired(comparison, "Die Attacke sei zwar", "Die böswilligen Cyberaktivitäten");
    }

    private void write(String name, String text) throws java.io.IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private Comparison compare(String left, String right) {
        ArticleLoader loader = new ArticleLoader(PipelineOptions.defaults());
        return new Comparer(PipelineOptions.defaults()).compare("",
                List.of(loader.load(dir.resolve(left), "a1"), loader.load(dir.resolve(right), "a2")));
    }

    private static void assertPaired(Comparison comparison, String leftStart, String rightStart) {
        int l = indexOf(comparison, "a1", leftStart);
        int r = indexOf(comparison, "a2", rightStart);
        UnitComparison unit = comparison.pairs().get(0).units().stream().filter(u -> u.unit().left().contains(l))
                .findFirst().orElseThrow();
        assertThat(unit.unit().right()).as(leftStart + " pairs with " + rightStart).contains(r);
    }

    private static int indexOf(Comparison comparison, String article, String start) {
        return comparison.article(article).orElseThrow().sentences().stream()
                .filter(s -> s.text().startsWith(start)).findFirst().orElseThrow().index();
    }
}
