package org.parallax.model;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /**
     * How the article {@code articleId} tells this claim: "omitted" when it does not, "unique" when no
     * other outlet carries the claim, "shared" when its wording equals another outlet's after
     * comparison normalisation, else "reworded".
     */
    public String kindOf(String articleId) {
        List<AlignedSegment> own = wording.get(articleId);
        if (own == null) {
            return "omitted";
        }
        if (members.size() == 1) {
            return "unique";
        }
        boolean same;
        if (articleId.equals(common)) {
            same = wording.entrySet().stream().anyMatch(e -> !e.getKey().equals(common) && allEqual(e.getValue()));
        } else {
            same = allEqual(own);
        }
        return same ? "shared" : "reworded";
    }

    private static boolean allEqual(List<AlignedSegment> segments) {
        return segments.stream().allMatch(d -> d.op() == org.parallax.model.DiffOp.EQUAL);
    }

    /** Number of outlets that carry the claim. */
    public int outlets() {
        return members.size();
    }
}
