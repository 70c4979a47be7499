package org.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.parallax.model.Side;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.UnitKind;
import org.parallax.model.FramingDifference;
import org.parallax.model.MarkerType;
import org.parallax.model.Comparison;
import org.parallax.report.HtmlReportRenderer;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;

/**
 * The founding example: one outlet carries the US framing (the Ministry of State Security, "with very
 * high probability", the White House as source), the other the EU framing (Chinese territory, no
 * ministry, an anonymous "hieß es"). The unit that pairs the two attribution sentences must show the
 * attribution, certainty and actor differences.
 */
class UsEuFramingTest {

    @TempDir
    Path dir;

    @Test
    void theUnitPairingTheAttributionsShowsWhoSaysItHowSureAndWhomItBlames() throws Exception {
        writeArticles();
        Path us = dir.resolve("us.txt");
        Path eu = dir.resolve("eu.txt");
        Comparison comparison = compare(us, eu);
        PairComparison pair = comparison.pairs().get(0);
        int usSentence = indexOf(comparison, "a1", "Der Hack sei");
        int euSentence = indexOf(comparison, "a2", "Der Hack sei");
        UnitComparison unit = pair.units().stream().filter(u -> u.unit().left().contains(usSentence)).findFirst().orElseThrow();
        assertThat(unit.unit().right()).contains(euSentence);
        assertThat(unit.unit().kind()).isEqualTo(UnitKind.MODIFIED);

        List<FramingDifference> framing = unit.framing();
        assertThat(framing).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(MarkerType.ATTRIBUTION);
            assertThat(f.text() + " / " + f.counterpart()).contains("Weiße Haus").contains("hieß es");
        });
        assertThat(framing).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(MarkerType.HEDGE);
            assertThat(f.side()).isEqualTo(Side.LEFT);
            assertThat(f.text()).contains("mit sehr hoher Wahrscheinlichkeit");
        });
        assertThat(framing).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(MarkerType.ACTOR);
            assertThat(f.text()).contains("Ministerium für Staatssicherheit");
        });
        assertThat(framing).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(MarkerType.ORIGIN);
            assertThat(f.text()).contains("chinesischem Territorium");
        });
        assertThat(framing.get(0).type()).isIn(MarkerType.ATTRIBUTION, MarkerType.HEDGE);
    }

    @Test
    void theReportOpensWithTheContrastBetweenTheWholeArticles() throws Exception {
        writeArticles();
        Comparison comparison = compare(dir.resolve("us.txt"), dir.resolve("eu.txt"));
        Document doc = Jsoup.parse(HtmlReportRenderer.builtIn().renderReport(comparison, null, null));
        var rows = doc.select("section.framing table.whole tbody tr");
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).select("th").text()).isEqualTo("Certainty");
        assertThat(rows.get(0).select("td").get(0).text()).contains("mit sehr hoher Wahrscheinlichkeit");
        assertThat(rows.get(0).select("td").get(1).text()).isEqualTo("none");
        assertThat(rows).anySatisfy(r -> assertThat(r.select("td").get(1).text()).contains("chinesischem Territorium"));
    }

    private Comparison compare(Path us, Path eu) {
        ArticleLoader loader = new ArticleLoader(PipelineOptions.defaults());
        return new Comparer(PipelineOptions.defaults()).compare("", List.of(loader.load(us, "a1"), loader.load(eu, "a2")));
    }

    private void writeArticles() throws java.io.IOException {
        Files.writeString(dir.resolve("us.txt"), """
                ---
                outlet: Washingtoner Blatt
                language: de
                ---
                USA machen China für Hackerangriff verantwortlich

                Die US-Regierung hat China erstmals offiziell für den Angriff auf Microsoft verantwortlich gemacht.
                Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom chinesischen Ministerium für Staatssicherheit gesteuert worden, teilte das Weiße Haus am Montag mit.

                Vier mutmaßliche Hacker sollen angeklagt werden.
                """);
        Files.writeString(dir.resolve("eu.txt"), """
                ---
                outlet: Brüsseler Bote
                language: de
                ---
                EU sieht Angriff aus China

                Die EU hat China für den Angriff auf Microsoft verantwortlich gemacht.
                Der Hack sei von chinesischem Territorium aus gesteuert worden, hieß es am Montag.

                Ein Ministerium nannte die EU nicht.
                """);
    }

    private static int indexOf(Comparison comparison, String article, String start) {
        return comparison.article(article).orElseThrow().sentences().stream()
                .filter(s -> s.text().startsWith(start)).findFirst().orElseThrow().index();
    }
}
