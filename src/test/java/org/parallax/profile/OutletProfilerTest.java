package org.parallax.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutletProfilerTest {

    private static final EventRef ONE = new EventRef("one", "One", "2024-01-01");
    private static final EventRef TWO = new EventRef("two", "Two", "2024-02-01");
    private static final EventRef THREE = new EventRef("three", "Three", "2024-03-01");

    private static OutletEvent event(String name, EventRef event, int sentences, int high, int low, int named,
            int anonymous, List<String> sources, Map<String, Integer> actors, int omitted, int leads, int majority,
            int unique) {
        List<OmittedClaim> claims = Stream.iterate(1, i -> i + 1).limit(omitted)
                .map(i -> new OmittedClaim(event, "c" + i, "c" + i, "claim " + i, 2, 3)).toList();
        return new OutletEvent(OutletId.of(name), name, event, 1, sentences, high, low, named, anonymous, sources,
                actors, claims, leads, majority, unique);
    }

    private static final List<OutletProfile> PROFILES = new OutletProfiler().profile(List.of(
            event("Le Monde", ONE, 10, 1, 0, 2, 1, List.of("Élysée", "NATO"), Map.of("China", 2, "EU", 1), 1, 1, 1, 0),
            event("Zeit", ONE, 30, 0, 3, 1, 0, List.of(), Map.of(), 0, 1, 0, 1),
            event("le monde", TWO, 20, 2, 1, 0, 2, List.of("NATO"), Map.of("EU", 2, "Russia", 1), 2, 1, 0, 1),
            event("Le Monde", THREE, 10, 0, 2, 1, 0, List.of("Kremlin"), Map.of(), 0, 2, 2, 0)));

    static Stream<Arguments> figures() {
        return Stream.of(
                // outlet, figure, value
                Arguments.of("le monde", "name", "Le Monde"),
                Arguments.of("le monde", "events", "3"),
                Arguments.of("le monde", "articles", "3"),
                Arguments.of("le monde", "sentences", "40"),
                Arguments.of("le monde", "hedge rate", "7.5"),
                Arguments.of("le monde", "certainty rate", "7.5"),
                Arguments.of("le monde", "named / anonymous", "3 / 3"),
                Arguments.of("le monde", "named sources", "[Kremlin, NATO, Élysée]"),
                Arguments.of("le monde", "actors", "[EU 3, China 2, Russia 1]"),
                Arguments.of("le monde", "omitted", "[one c1, two c1, two c2]"),
                Arguments.of("le monde", "leads", "4: 3 shared 75.0, 1 own 25.0"),
                Arguments.of("zeit", "hedge rate", "10.0"),
                Arguments.of("zeit", "certainty rate", "0.0"),
                Arguments.of("zeit", "leads", "1: 0 shared 0.0, 1 own 100.0"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("figures")
    void sumsTheOutletsEventsIntoItsFigures(String key, String figure, String value) {
        OutletProfile p = PROFILES.stream().filter(o -> o.id().key().equals(key)).findFirst().orElseThrow();
        String actual = switch (figure) {
            case "name" -> p.name();
            case "events" -> Integer.toString(p.events().size());
            case "articles" -> Integer.toString(p.articles());
            case "sentences" -> Integer.toString(p.sentences());
            case "hedge rate" -> OutletProfile.decimal(p.hedgeRate());
            case "certainty rate" -> OutletProfile.decimal(p.certaintyRate());
            case "named / anonymous" -> p.attributionsNamed() + " / " + p.attributionsAnonymous();
            case "named sources" -> p.namedSources().toString();
            case "actors" -> p.actors().stream().map(a -> a.name() + " " + a.count()).toList().toString();
            case "omitted" -> p.omitted().stream().map(c -> c.event().slug() + " " + c.claimId()).toList().toString();
            case "leads" -> p.leads() + ": " + p.leadsMajority() + " shared " + OutletProfile.decimal(p.leadMajorityShare())
                    + ", " + p.leadsUnique() + " own " + OutletProfile.decimal(p.leadUniqueShare());
            default -> throw new IllegalArgumentException(figure);
        };
        assertThat(actual).isEqualTo(value);
    }

    @Test
    void profilesAreSortedByKeyAndEventsKeepSiteOrder() {
        assertThat(PROFILES).extracting(OutletProfile::name).containsExactly("Le Monde", "Zeit");
        assertThat(PROFILES.get(0).events()).containsExactly(ONE, TWO, THREE);
    }

    @Test
    void anOutletWithoutSentencesOrLeadsHasRatesOfZero() {
        OutletProfile empty = new OutletProfiler().profile(List.of(
                event("Empty", ONE, 0, 0, 0, 0, 0, List.of(), Map.of(), 0, 0, 0, 0))).get(0);
        assertThat(List.of(empty.hedgeRate(), empty.certaintyRate(), empty.leadMajorityShare(), empty.leadUniqueShare()))
                .containsOnly(0.0);
    }
}
