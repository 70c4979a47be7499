package org.parallax.frame;

import org.parallax.model.ArticleFraming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleFramingTest {
    private static final FramingAnalyser DE = FramingAnalyser.forLanguage("de");

    @Test
    void countsTheFramingOfAShortArticle() {
        ArticleFraming framing = DE.analyseArticle(List.of(
                "Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom chinesischen Ministerium für Staatssicherheit "
                        + "gesteuert worden, teilte das Weiße Haus mit.",
                "Peking behauptete, die USA seien selbst der größte Hacker.",
                "Die mutmaßlichen Täter stammen aus dem Ministerium für Staatssicherheit.",
                "Hinter dem Angriff steckt Russland nicht, sagte ein Sprecher des Weißen Hauses."));
        assertThat(framing.hedgesHigh()).isEqualTo(1);
        assertThat(framing.hedgesLow()).isEqualTo(1);
        assertThat(framing.attributions()).isEqualTo(3);
        // "Peking" speaks for China, and the White House has one name in both languages
        assertThat(framing.namedSources()).containsExactly("China", "USA: White House");
        assertThat(framing.namedSourceCount()).isEqualTo(2);
        assertThat(framing.quotations()).isEqualTo(1);
        assertThat(framing.reportingVerbsNeutral()).isEqualTo(2);
        assertThat(framing.reportingVerbsLoaded()).isEqualTo(1);
        assertThat(framing.unattributedClaims()).isEqualTo(1);
        assertThat(framing.actors()).first()
                .isEqualTo(new ArticleFraming.ActorCount("China: Ministry of State Security", 2));
        assertThat(framing.actors()).extracting(ArticleFraming.ActorCount::actor)
                .containsExactly("China: Ministry of State Security", "China", "Russia", "USA");
    }

    @Test
    void seedArticleOfTheCorpusBlamesTheMinistryWithOneCertaintyAndOneDoubt() throws IOException {
        String text = Files.readString(Path.of(System.getProperty("basedir", "."), "corpus/2021-07-19-china-cyber-attribution/seed-unknown-outlet.txt"),
                StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("---", 3) + 3);
        List<String> paragraphs = Arrays.stream(body.split("\n")).filter(l -> !l.isBlank()).toList();
        ArticleFraming framing = DE.analyseArticle(paragraphs);
        assertThat(framing.hedgesHigh()).isEqualTo(1);
        assertThat(framing.hedgesLow()).isEqualTo(1);
        assertThat(framing.namedSources()).contains("USA: White House", "US-Regierungsbeamter", "USA: Department of Justice");
        assertThat(framing.actors()).contains(new ArticleFraming.ActorCount("China: Ministry of State Security", 3));
        // "von chinesischem Territorium aus" is where the attack came from, not an actor blamed
        assertThat(framing.actors()).extracting(ArticleFraming.ActorCount::actor)
                .doesNotContain("Chinese territory").allSatisfy(a -> assertThat(a).doesNotContainIgnoringCase("territor"));
        assertThat(framing.reportingVerbsLoaded()).isGreaterThanOrEqualTo(2);
    }
}
