package org.parallax.frame;

import org.parallax.model.FramingDifference;
import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;
import org.parallax.model.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FramingComparerTest {
    private static final FramingAnalyser DE = FramingAnalyser.forLanguage("de");
    private static final FramingAnalyser EN = FramingAnalyser.forLanguage("en");
    private static final FramingComparer COMPARER = new FramingComparer();

    private static final String US_FRAMING = "Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom chinesischen "
            + "Ministerium für Staatssicherheit gesteuert worden, teilte das Weiße Haus mit.";
    private static final String EU_FRAMING = "Die Attacke sei von chinesischem Territorium aus geführt worden, "
            + "hieß es in einer Erklärung des Europäischen Rates.";

    private static List<FramingMarker> markers(FramingAnalyser analyser, String... sentences) {
        List<FramingMarker> all = new ArrayList<>();
        for (String s : sentences) {
            all.addAll(analyser.analyse(s));
        }
        return all;
    }

    @Test
    void usAndEuFramingsOfTheExchangeHackDifferInHedgeSourceAndActor() {
        // two short articles, aligned sentence by sentence; the second unit carries the contrast
        List<String> usArticle = List.of(
                "Die USA und ihre Verbündeten haben China für den Angriff auf Microsoft verantwortlich gemacht.",
                US_FRAMING);
        List<String> euArticle = List.of(
                "Die EU schließt sich der Kritik an den Cyberangriffen an.",
                EU_FRAMING);
        List<FramingDifference> differences = COMPARER.compare(DE.analyse(usArticle.get(1)),
                DE.analyse(euArticle.get(1)));

        // the certainty of the US is dropped on the EU side
        assertThat(differences).extracting(FramingDifference::type, FramingDifference::side,
                FramingDifference::text, FramingDifference::counterpart)
                .contains(tuple(MarkerType.HEDGE, Side.LEFT, "mit sehr hoher Wahrscheinlichkeit", ""));
        // the White House speaks on one side, the European Council on the other
        assertThat(differences).filteredOn(d -> d.type() == MarkerType.ATTRIBUTION)
                .extracting(FramingDifference::text, FramingDifference::counterpart)
                .containsExactly(tuple("teilte das Weiße Haus mit",
                        "hieß es in einer Erklärung des Europäischen Rates"));
        // the ministry is blamed on one side, only the territory, a place of origin, on the other
        assertThat(differences).filteredOn(d -> d.type() == MarkerType.ACTOR)
                .extracting(d -> sideName(d), FramingDifference::text)
                .contains(tuple("left", "chinesischen Ministerium für Staatssicherheit"));
        assertThat(differences).filteredOn(d -> d.type() == MarkerType.ORIGIN)
                .extracting(d -> sideName(d), FramingDifference::text, FramingDifference::counterpart)
                .containsExactly(tuple("right", "von chinesischem Territorium aus", ""));
        // both sides use reported speech: no difference there
        assertThat(differences).extracting(FramingDifference::type).doesNotContain(MarkerType.REPORTED_SPEECH);
        // attribution and hedge come before actors
        List<MarkerType> types = differences.stream().map(FramingDifference::type).toList();
        assertThat(types.indexOf(MarkerType.ATTRIBUTION)).isLessThan(types.indexOf(MarkerType.HEDGE));
        assertThat(types.indexOf(MarkerType.HEDGE)).isLessThan(types.indexOf(MarkerType.ACTOR));
        assertThat(types.indexOf(MarkerType.ACTOR)).isLessThan(types.indexOf(MarkerType.ORIGIN));

        // the first unit: the US blames China, the EU sentence names no one but itself
        List<FramingDifference> first = COMPARER.compare(DE.analyse(usArticle.get(0)), DE.analyse(euArticle.get(0)));
        assertThat(first).extracting(FramingDifference::type, FramingDifference::side, FramingDifference::text)
                .contains(tuple(MarkerType.REPORTING_VERB, Side.LEFT, "verantwortlich gemacht"),
                        tuple(MarkerType.ACTOR, Side.LEFT, "China"));
    }

    /** "left" or "right", however the side is typed. */
    private static String sideName(FramingDifference d) {
        return String.valueOf(d.side()).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void unmatchedMarkersArePairedByLikenessBeforeOrder() {
        List<FramingDifference> differences = COMPARER.compare(
                DE.analyse("Die USA sagen, das Ministerium für Staatssicherheit stecke dahinter."),
                DE.analyse("Die chinesische Regierung stecke dahinter, sagt die EU."));
        // in order the USA would meet the Chinese government; by likeness the ministry does
        assertThat(differences).filteredOn(d -> d.type() == MarkerType.ACTOR)
                .extracting(FramingDifference::text, FramingDifference::counterpart)
                .containsExactly(tuple("USA", "EU"),
                        tuple("Ministerium für Staatssicherheit", "chinesische Regierung"));
    }

    @Test
    void sameFramingAcrossLanguagesGivesNoActorHedgeOrDateDifference() {
        List<FramingMarker> left = markers(DE, "Das Weiße Haus teilte am 19. Juli 2021 mit, das Ministerium für "
                + "Staatssicherheit stecke mit hoher Wahrscheinlichkeit hinter dem Hack.");
        List<FramingMarker> right = markers(EN, "The White House said on July 19, 2021 that the Ministry of State "
                + "Security was behind the hack with high confidence.");
        assertThat(COMPARER.compare(left, right)).extracting(FramingDifference::type)
                .doesNotContain(MarkerType.ACTOR, MarkerType.HEDGE, MarkerType.DATE, MarkerType.REPORTING_VERB);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @MethodSource("changes")
    void markerChangedBetweenSides(String left, String right, MarkerType type, String leftText, String rightText) {
        assertThat(COMPARER.compare(DE.analyse(left), DE.analyse(right)))
                .filteredOn(d -> d.type() == type)
                .extracting(FramingDifference::side, FramingDifference::text, FramingDifference::counterpart)
                .containsExactly(tuple(Side.LEFT, leftText, rightText));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                // attribution: named against anonymous
                Arguments.of("Peking stecke dahinter, so das Weiße Haus.", "Peking stecke dahinter, hieß es.",
                        MarkerType.ATTRIBUTION, "so das Weiße Haus", "hieß es"),
                // date: today against Monday
                Arguments.of("Die Allianz wurde heute vorgestellt.", "Die Allianz wurde am Montag vorgestellt.",
                        MarkerType.DATE, "heute", "am Montag"),
                // hedge: certainty against doubt
                Arguments.of("China stecke zweifelsfrei dahinter, sagte er.", "China stecke mutmaßlich dahinter, sagte er.",
                        MarkerType.HEDGE, "zweifelsfrei", "mutmaßlich"),
                // reporting verb: neutral against loaded
                Arguments.of("Biden sagte, China sei schuld.", "Biden behauptete, China sei schuld.",
                        MarkerType.REPORTING_VERB, "sagte", "behauptete"),
                // number: another value
                Arguments.of("Die USA klagen vier Hacker an.", "Die USA klagen fünf Hacker an.",
                        MarkerType.NUMBER, "vier", "fünf"),
                // quote: other words
                Arguments.of("Er sprach von „Spionage“.", "Er sprach von „Sabotage“.",
                        MarkerType.QUOTE, "„Spionage“", "„Sabotage“"));
    }

    @ParameterizedTest(name = "{0} | {1}")
    @MethodSource("sameFraming")
    void sameCanonicalDetailIsNoDifference(String left, String right, MarkerType type) {
        assertThat(COMPARER.compare(DE.analyse(left), DE.analyse(right)))
                .extracting(FramingDifference::type).doesNotContain(type);
    }

    static Stream<Arguments> sameFraming() {
        return Stream.of(
                // the same source in other words
                Arguments.of("Das sei ernst, so das Weiße Haus.", "Das sei ernst, teilte das Weiße Haus mit.", MarkerType.ATTRIBUTION),
                // the same actor inflected differently
                Arguments.of("Die chinesische Regierung schweigt.", "Peking schweigt.", MarkerType.ACTOR),
                // the same number written differently
                Arguments.of("Es waren 4 Hacker.", "Es waren vier Hacker.", MarkerType.NUMBER),
                // quotation marks and case do not matter
                Arguments.of("Er sprach von „Spionage“.", "Er sprach von »spionage«.", MarkerType.QUOTE),
                // reported speech counts by presence
                Arguments.of("Er sei da, sie seien weg.", "Er sei da.", MarkerType.REPORTED_SPEECH));
    }

    @Test
    void oneSidedMarkersAreReportedOnTheirSide() {
        List<FramingDifference> differences = COMPARER.compare(
                DE.analyse("Der Angriff geschah."),
                DE.analyse("Der Angriff geschah am Montag, sagte ein Sprecher."));
        assertThat(differences).extracting(FramingDifference::type, FramingDifference::side, FramingDifference::text,
                FramingDifference::changed).containsExactly(
                tuple(MarkerType.ATTRIBUTION, Side.RIGHT, "sagte ein Sprecher", false),
                tuple(MarkerType.REPORTING_VERB, Side.RIGHT, "sagte", false),
                tuple(MarkerType.DATE, Side.RIGHT, "am Montag", false));
    }

    @Test
    void comparisonIsDeterministicAndEmptyForEqualSides() {
        List<FramingMarker> left = markers(DE, US_FRAMING);
        List<FramingMarker> right = markers(DE, EU_FRAMING);
        assertThat(COMPARER.compare(left, right)).isEqualTo(COMPARER.compare(left, right));
        assertThat(COMPARER.compare(left, left)).isEmpty();
    }
}
