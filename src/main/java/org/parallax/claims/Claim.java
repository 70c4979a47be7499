package org.parallax.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.diff.AlignedSegment;

/**
 * One statement as told by each outlet that carries it: for every article id, the indices of the
 * sentences that tell it. Articles that do not carry the claim are absent. Immutable.
 *
 * @param id      stable id in story order ("c1", "c2", ...)
 * @param members article id to ascending sentence indices, in the articles' input order
 * @param common  id of the article whose wording is the claim's most common one
 * @param wording article id to the word diff of the common wording against that article's wording
 *                (for the common article itself, its text as one equal segment)
 */
public record Claim(String id, Map<String, List<Integer>> members, String common,
        Map<String, List<AlignedSegment>> wording) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(common, "common");
        members = copy(members);
        wording = copy(wording);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one member");
        }
        if (!members.containsKey(common) || !members.keySet().equals(wording.keySet())) {
            throw new IllegalArgumentException("claim " + id + ": wording must cover exactly its members");
        }
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> map) {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Number of outlets that carry the claim. */
    public int outlets() {
        return members.size();
    }
}
