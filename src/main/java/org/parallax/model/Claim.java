package org.parallax.model;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement as told by each outlet that carries it: for every article id, the indices of the
 * sentences that tell it. Articles that do not carry the claim are absent. Immutable.
 *
 * @param number  position in story order, from 1; the claim's id is "c" and this number
 * @param members article id to ascending sentence indices, in the articles' input order
 * @param common  id of the article whose wording is the claim's most common one
 * @param wording article id to the word diff of the common wording against that article's wording
 *                (for the common article itself, its text as one equal segment)
 */
public record Claim(int number, Map<String, List<Integer>> members, String common,
        Map<String, List<AlignedSegment>> wording) {
    public Claim {
        if (number < 1) {
            throw new IllegalArgumentException("claim number must be at least 1: " + number);
        }
        Objects.requireNonNull(common, "common");
        members = copy(members);
        wording = copy(wording);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one member");
        }
        if (!members.containsKey(common) || !members.keySet().equals(wording.keySet())) {
            throw new IllegalArgumentException("claim c" + number + ": wording must cover exactly its members");
        }
    }

    /** Stable id in story order: "c1", "c2", ... */
    public String id() {
        return "c" + number;
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> map) {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * How the article {@code articleId} tells this claim: {@link ClaimKind#OMITTED} when it does not,
     * {@link ClaimKind#UNIQUE} when no other outlet carries the claim, {@link ClaimKind#SHARED} when its
     * wording equals another outlet's after comparison normalisation, else {@link ClaimKind#REWORDED}.
     */
    public ClaimKind kindOf(String articleId) {
        List<AlignedSegment> own = wording.get(articleId);
        if (own == null) {
            return ClaimKind.OMITTED;
        }
        if (members.size() == 1) {
            return ClaimKind.UNIQUE;
        }
        boolean same;
        if (articleId.equals(common)) {
            same = wording.entrySet().stream().anyMatch(e -> !e.getKey().equals(common) && allEqual(e.getValue()));
        } else {
            same = allEqual(own);
        }
        return same ? ClaimKind.SHARED : ClaimKind.REWORDED;
    }

    private static boolean allEqual(List<AlignedSegment> segments) {
        return segments.stream().allMatch(d -> d.op() == DiffOp.EQUAL);
    }

    /** Number of outlets that carry the claim. */
    public int outlets() {
        return members.size();
    }
}
