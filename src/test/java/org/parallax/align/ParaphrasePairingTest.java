package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.AlignmentUnit;

/**
 * Two outlets tell one claim with other reporting verbs, hedges or certainty words, or join it with
 * another claim: the two sentences must still be one unit, and a heading on either side must not
 * take the body sentence's partner. Each row is a small pair of articles; the last sentence of the
 * left article must be in one unit with the last sentence of the right one.
 */
class ParaphrasePairingTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                // English: another reporting verb, the figure moved to the end
                Arguments.of("en",
                        List.of("Thousands marched through the city centre on Saturday.", "Organisers said 15,000 attended."),
                        List.of("Crowds fill city centre", "A large crowd marched through the centre on Saturday.",
                                "Organisers claimed the figure was 15,000.")),
                // English: a hedge on one side, an attribution on the other, and a headline that repeats the words
                Arguments.of("en",
                        List.of("The march was peaceful for most of the afternoon.",
                                "A protester allegedly threw a bottle at police officers near the station."),
                        List.of("Protester threw bottle at police officers, police say", "Most of the afternoon passed peacefully.",
                                "One man hurled a glass at officers outside the station, police said.")),
                // German: "mit sehr hoher Wahrscheinlichkeit" against "mit großer Sicherheit", other verbs
                Arguments.of("de",
                        List.of("Die Regierung in Washington hat China offiziell für den Angriff verantwortlich gemacht.",
                                "Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom chinesischen Ministerium für Staatssicherheit gesteuert worden."),
                        List.of("Washington beschuldigt Peking",
                                "Die US-Regierung macht China offiziell für den Angriff verantwortlich.",
                                "Hacker, die mit dem chinesischen Ministerium für Staatssicherheit in Verbindung stünden, hätten die Attacke „mit großer Sicherheit“ verübt.")),
                // German: a sentence joining two claims against one telling the first, a sub-heading telling the second
                Arguments.of("de",
                        List.of("Die Europäische Union äußerte sich zurückhaltender als Washington.",
                                "Die Attacke sei zwar von chinesischem Territorium aus geführt worden, jedoch ist hier nicht die Rede von einem Bezug zum Ministerium für Staatssicherheit."),
                        List.of("Keine Rede vom Staatssicherheitsministerium",
                                "Brüssel bleibt deutlich vorsichtiger als die Regierung in Washington.",
                                "Die böswilligen Cyberaktivitäten seien «von chinesischem Territorium aus» unternommen worden, hieß es am Montag in Brüssel.")));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void theSameClaimInOtherFramingIsOneUnit(String language, List<String> left, List<String> right) {
        Alignment alignment = SentenceAligners.forLanguage(language).align(left, right);
        AlignmentUnit unit = alignment.units().stream().filter(u -> u.left().contains(left.size() - 1)).findFirst().orElseThrow();
        assertThat(unit.right()).as("partner of: " + left.get(left.size() - 1)).contains(right.size() - 1);
        // the heading (first right sentence) is not in the claim's unit
        assertThat(unit.right()).doesNotContain(0);
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void swappingTheArticlesGivesTheSamePair(String language, List<String> left, List<String> right) {
        Alignment alignment = SentenceAligners.forLanguage(language).align(right, left);
        AlignmentUnit unit = alignment.units().stream().filter(u -> u.right().contains(left.size() - 1)).findFirst().orElseThrow();
        assertThat(unit.left()).contains(right.size() - 1);
    }
}
