package org.parallax.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.model.MarkerType.ACTOR;
import static org.parallax.model.MarkerType.ATTRIBUTION;
import static org.parallax.model.MarkerType.HEDGE;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutletEventCounterTest {

    private static final EventRef EVENT = new EventRef("event", "The event", "2024-03-01");

    /**
     * Four outlets of four sentences each (a headline and three in a paragraph; the lead is sentence 1).
     * c1 headlines, all four; c2 the leads of Alpha, Beta and Gamma; c3 Alpha and Beta; c4 Delta's
     * lead, only Delta; c5 Alpha, Gamma, Delta; c6, c7, c8 one outlet each.
     */
    private static final List<OutletEvent> FOUR = new OutletEventCounter().count(EVENT, new ProfileFixtures()
            .article("a1", "Alpha", 4).article("a2", "Beta", 4).article("a3", "Gamma", 4).article("a4", "Delta", 4)
            .claim("a1:0", "a2:0", "a3:0", "a4:0")
            .claim("a1:1", "a2:1", "a3:1")
            .claim("a1:2", "a2:2")
            .claim("a4:1")
            .claim("a1:3", "a3:2", "a4:2")
            .claim("a2:3")
            .claim("a3:3")
            .claim("a4:3")
            .marker("a1", 1, HEDGE, "high").marker("a1", 2, HEDGE, "low").marker("a1", 3, HEDGE, "low")
            .marker("a1", 1, ATTRIBUTION, "White House").marker("a1", 2, ATTRIBUTION, "White House")
            .marker("a1", 3, ATTRIBUTION, "")
            .marker("a1", 1, ACTOR, "China").marker("a1", 2, ACTOR, "China").marker("a1", 3, ACTOR, "Russia")
            .marker("a2", 2, ATTRIBUTION, "")
            .comparison());

    static Stream<Arguments> outlets() {
        return Stream.of(
                // outlet, omitted claims (peers that carry it), leads, in a claim most carry, only its own
                Arguments.of("Alpha", List.of(), 1, 1, 0),
                Arguments.of("Beta", List.of("c5 (3 of 3)"), 1, 1, 0),
                Arguments.of("Gamma", List.of("c3 (2 of 3)"), 1, 1, 0),
                Arguments.of("Delta", List.of("c2 (3 of 3)", "c3 (2 of 3)"), 1, 0, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outlets")
    void omittedClaimsAndLeads(String outlet, List<String> omitted, int leads, int majority, int unique) {
        OutletEvent e = FOUR.stream().filter(o -> o.name().equals(outlet)).findFirst().orElseThrow();
        assertThat(e.omitted()).extracting(c -> c.claimId() + " (" + c.carriers() + " of " + c.peers() + ")")
                .containsExactlyElementsOf(omitted);
        assertThat(e.omitted()).allMatch(c -> c.event().equals(EVENT));
        assertThat(List.of(e.leads(), e.leadsMajority(), e.leadsUnique())).containsExactly(leads, majority, unique);
    }

    @Test
    void anOmittedClaimShowsItsCommonWording() {
        OutletEvent delta = FOUR.get(3);
        assertThat(delta.omitted().get(0).text()).isEqualTo("Alpha sentence 1.");
    }

    @Test
    void framingIsCountedFromTheMarkers() {
        OutletEvent alpha = FOUR.get(0);
        assertThat(alpha.sentences()).isEqualTo(4);
        assertThat(alpha.hedgesHigh()).isEqualTo(1);
        assertThat(alpha.hedgesLow()).isEqualTo(2);
        assertThat(alpha.attributionsNamed()).isEqualTo(2);
        assertThat(alpha.attributionsAnonymous()).isEqualTo(1);
        assertThat(alpha.namedSources()).containsExactly("White House");
        assertThat(alpha.actors()).isEqualTo(Map.of("China", 2, "Russia", 1));
        OutletEvent beta = FOUR.get(1);
        assertThat(List.of(beta.hedgesHigh(), beta.hedgesLow(), beta.attributionsNamed(), beta.attributionsAnonymous()))
                .containsExactly(0, 0, 0, 1);
        assertThat(FOUR).extracting(OutletEvent::name).containsExactly("Alpha", "Beta", "Gamma", "Delta");
    }

    @Test
    void twoArticlesOfOneOutletAreOneOutletThatCarriesWhatEitherCarries() {
        List<OutletEvent> two = new OutletEventCounter().count(EVENT, new ProfileFixtures()
                .article("a1", "Alpha", 2).article("a2", "Beta", 2).article("a3", "ALPHA.", 2)
                .claim("a1:0", "a2:0", "a3:0")
                .claim("a1:1", "a2:1")
                .claim("a3:1")
                .comparison());
        assertThat(two).extracting(OutletEvent::name).containsExactly("Alpha", "Beta");
        OutletEvent alpha = two.get(0);
        assertThat(List.of(alpha.articles(), alpha.sentences(), alpha.leads(), alpha.leadsMajority(), alpha.leadsUnique()))
                .containsExactly(2, 4, 2, 1, 1);
        assertThat(alpha.omitted()).isEmpty();
        assertThat(two.get(1).omitted()).extracting(OmittedClaim::claimId).containsExactly("c3");
    }

    @Test
    void anEventOfOneOutletHasNoOmissionsAndNoSharedOrOwnLeads() {
        List<OutletEvent> one = new OutletEventCounter().count(EVENT, new ProfileFixtures()
                .article("a1", "Alpha", 2).article("a2", "Alpha", 2)
                .claim("a1:0", "a2:0").claim("a1:1").claim("a2:1")
                .comparison());
        assertThat(one).hasSize(1);
        assertThat(List.of(one.get(0).leads(), one.get(0).leadsMajority(), one.get(0).leadsUnique())).containsExactly(2, 0, 0);
        assertThat(one.get(0).omitted()).isEmpty();
    }
}
