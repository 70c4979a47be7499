package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleFraming;
import org.parallax.model.Comparison;
import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;

class JsonReportWriterTest {

    private static JsonNode json(Comparison comparison) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(comparison, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void whoSaidWhatIsInTheJsonWithEverySourceActorCertaintyAndSentence() throws IOException {
        JsonNode attribution = json(ReportFixtures.usAgainstEuWithAttribution()).get("attribution");
        assertThat(attribution.get("accused").asText()).isEqualTo("China");
        assertThat(attribution.get("central").get(0).asText()).isEqualTo("China: Ministry of State Security");
        JsonNode eu = attribution.get("outlets").get(1).get("sources").get(1);
        assertThat(eu.get("source").asText()).isEqualTo("EU");
        assertThat(eu.get("notNamed").get(0).asText()).isEqualTo("China: Ministry of State Security");
        assertThat(eu.get("lead").asInt()).isZero();
        JsonNode denial = eu.get("attributions").get(1);
        assertThat(denial.get("negated").asBoolean()).isTrue();
        assertThat(denial.get("sentence").asInt()).isEqualTo(2);
        JsonNode white = attribution.get("outlets").get(0).get("sources").get(1).get("attributions").get(0);
        assertThat(white.get("certainty").get(0).asText()).isEqualTo("mit sehr hoher Wahrscheinlichkeit");
        assertThat(white.get("confident").asBoolean()).isTrue();
    }

    @Test
    void eachArticlesFramingCountsAreInTheJson() throws IOException {
        Comparison base = ReportFixtures.usAgainstEu();
        ArticleFraming framing = ArticleFraming.of(List.of(
                new FramingMarker(MarkerType.HEDGE, "mit sehr hoher Wahrscheinlichkeit", 0, 33, "high"),
                new FramingMarker(MarkerType.ATTRIBUTION, "teilte das Weiße Haus mit", 40, 65, "Weißes Haus"),
                new FramingMarker(MarkerType.ACTOR, "Ministerium für Staatssicherheit", 70, 102,
                        "China: Ministry of State Security")));
        Comparison comparison = new Comparison(base.title(), base.articles(), base.pairs(), base.claims(),
                Map.of("a1", framing), base.markers());
        JsonNode a1 = json(comparison).get("framing").get("a1");
        assertThat(a1.get("hedgesHigh").asInt()).isEqualTo(1);
        assertThat(a1.get("attributions").asInt()).isEqualTo(1);
        assertThat(a1.get("namedSources").get(0).asText()).isEqualTo("Weißes Haus");
        assertThat(a1.get("actors").get(0).get("actor").asText()).isEqualTo("China: Ministry of State Security");
        assertThat(json(comparison).get("framing").has("a2")).isFalse();
    }

    @Test
    void aComparisonWithoutAttributionsWritesAnEmptyTable() throws IOException {
        JsonNode attribution = json(ReportFixtures.usAgainstEu()).get("attribution");
        assertThat(attribution.get("accused").asText()).isEmpty();
        assertThat(attribution.get("outlets")).isEmpty();
    }
}
