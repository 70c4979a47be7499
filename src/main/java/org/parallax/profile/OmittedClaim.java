package org.parallax.profile;

import java.io.Serializable;
import java.util.Objects;

/**
 * A claim that more than half of an outlet's peers in one event carry and the outlet does not.
 * Immutable.
 *
 * @param event    the event
 * @param claimId  the claim's id in the event's report ("c3")
 * @param anchor   where the event page shows it: the claim's row ("c3") when the page has a claim
 *                 table (more than two articles), else the unit of the one pair that holds it ("u5")
 * @param text     the claim in its most common wording
 * @param carriers how many of the peers carry it
 * @param peers    how many other outlets the event has
 */
public record OmittedClaim(EventRef event, String claimId, String anchor, String text, int carriers, int peers) implements Serializable {
    public OmittedClaim {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(text, "text");
    }
}
