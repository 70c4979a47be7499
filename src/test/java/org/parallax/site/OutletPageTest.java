package org.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.profile.EventRef;
import org.parallax.profile.OmittedClaim;
import org.parallax.profile.OutletId;
import org.parallax.profile.OutletProfile;

/**
 * An outlet of a large corpus omits thousands of claims: its page lists the most widely carried ones
 * and says how many there are; omitted.csv beside it holds every one.
 */
class OutletPageTest {

    private static OutletProfile withOmitted(int n) {
        List<OmittedClaim> omitted = new ArrayList<>();
        List<EventRef> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EventRef e = new EventRef("event-" + i, "Event " + i, "2021-07-19");
            events.add(e);
            // every seventh claim is carried by all four other outlets, the rest by three of five
            boolean all = i % 7 == 0;
            omitted.add(new OmittedClaim(e, "c1", "c1", "Claim " + i + ", \"quoted\"", all ? 4 : 3, all ? 4 : 5));
        }
        return new OutletProfile(OutletId.of("Ridge Times"), "Ridge Times", events, n, 10 * n, 0, 0, 0, 0, List.of(),
                List.of(), omitted, 0, 0, 0);
    }

    @Test
    void aPageListsTheMostWidelyCarriedOmittedClaimsAndCountsAll() {
        OutletPage page = OutletPage.of(withOmitted(1000));
        assertThat(page.omitted()).hasSize(OutletPage.OMITTED_SHOWN);
        assertThat(page.omittedTotal()).isEqualTo(1000);
        assertThat(page.omittedCut()).isTrue();
        // the 143 claims all other outlets carry come first, in site order
        assertThat(page.omitted().subList(0, 143)).allMatch(c -> c.carriers() == 4 && c.peers() == 4);
        assertThat(page.omitted().get(0).text()).isEqualTo("Claim 0, \"quoted\"");
        assertThat(page.omitted().get(1).text()).isEqualTo("Claim 7, \"quoted\"");
        assertThat(page.omitted().get(143).carriers()).isEqualTo(3);
        assertThat(page.facts()).anyMatch(f -> f.key().equals("omitted") && f.value().equals("1000"));
    }

    @Test
    void omittedCsvHoldsEveryOmittedClaimInThePagesOrder() throws Exception {
        StringBuilder csv = new StringBuilder();
        OutletPage.writeOmitted(withOmitted(1000), csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(1001);
        assertThat(lines.get(0)).isEqualTo("event,title,date,claim,carriers,peers,text,href");
        assertThat(lines.get(1)).isEqualTo("event-0,Event 0,2021-07-19,c1,4,4,\"Claim 0, \"\"quoted\"\"\",event-0/index.html#c1");
        assertThat(lines.get(144)).startsWith("event-1,");
    }

    @Test
    void aShortListIsShownWhole() {
        OutletPage page = OutletPage.of(withOmitted(3));
        assertThat(page.omitted()).hasSize(3);
        assertThat(page.omittedCut()).isFalse();
        assertThat(page.omittedAllShown()).isTrue();
    }

    @Test
    void aPageListsTheNewestEventsAndEventsCsvHoldsAll() throws Exception {
        OutletPage page = OutletPage.of(withOmitted(1000));
        assertThat(page.events()).hasSize(OutletPage.EVENTS_SHOWN);
        assertThat(page.eventsTotal()).isEqualTo(1000);
        assertThat(page.eventsCut()).isTrue();
        assertThat(page.events().get(0).href()).isEqualTo("../../event-0/index.html");
        StringBuilder csv = new StringBuilder();
        OutletPage.writeEvents(withOmitted(1000), csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(1001);
        assertThat(lines.get(0)).isEqualTo("event,title,date,href,json,csv");
        assertThat(lines.get(1000)).isEqualTo(
                "event-999,Event 999,2021-07-19,event-999/index.html,event-999/report.json,event-999/claims.csv");
        assertThat(OutletPage.of(withOmitted(3)).eventsCut()).isFalse();
    }
}
