package org.parallax.claims;

import org.parallax.model.Claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parallax.model.AlignmentUnit;
import org.parallax.model.UnitKind;
import org.parallax.model.DiffOp;
import org.parallax.model.AlignedSegment;
import org.parallax.model.Article;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;

/**
 * Groups aligned sentences of many articles into claims: sentences linked by an aligned unit of any
 * pair belong to the same claim (the connected components of the alignment graph). Every sentence of
 * every article lands in exactly one claim; a sentence no other outlet carries is a claim of its own.
 * Claims are ordered as the story runs: by the pivot's order where the pivot carries the claim, and
 * by the claim's mean relative position in the other articles otherwise. Stateless and thread-safe.
 */
public final class ClaimGrouper {

    /** Word diff of one wording against another. */
    @FunctionalInterface
    public interface Differ {
        List<AlignedSegment> diff(String from, String to);
    }

    private final Differ differ;

    public ClaimGrouper(Differ differ) {
        this.differ = differ;
    }

    /** Groups the sentences of {@code articles} using the units of {@code pairs}. */
    public List<Claim> group(List<Article> articles, List<PairComparison> pairs) {
        Map<String, Integer> offset = new LinkedHashMap<>();
        int total = 0;
        for (Article a : articles) {
            offset.put(a.id(), total);
            total += a.sentences().size();
        }
        int[] parent = new int[total];
        for (int i = 0; i < total; i++) {
            parent[i] = i;
        }
        for (PairComparison pair : pairs) {
            int lo = offset.get(pair.left());
            int ro = offset.get(pair.right());
            for (UnitComparison uc : pair.units()) {
                AlignmentUnit u = uc.unit();
                if (u.kind() == UnitKind.LEFT_ONLY || u.kind() == UnitKind.RIGHT_ONLY) {
                    continue;
                }
                int first = lo + u.left().get(0);
                for (int l : u.left()) {
                    union(parent, first, lo + l);
                }
                for (int r : u.right()) {
                    union(parent, first, ro + r);
                }
            }
        }
        Map<Integer, Map<String, TreeSet<Integer>>> components = new TreeMap<>();
        for (Article a : articles) {
            int base = offset.get(a.id());
            for (int i = 0; i < a.sentences().size(); i++) {
                components.computeIfAbsent(find(parent, base + i), k -> new LinkedHashMap<>())
                        .computeIfAbsent(a.id(), k -> new TreeSet<>()).add(i);
            }
        }
        record Draft(Map<String, TreeSet<Integer>> members, double key, int firstNode) {
        }
        String pivot = articles.isEmpty() ? "" : articles.get(0).id();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        articles.forEach(a -> sizes.put(a.id(), a.sentences().size()));
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, TreeSet<Integer>>> e : components.entrySet()) {
            Map<String, TreeSet<Integer>> m = e.getValue();
            drafts.add(new Draft(m, storyPosition(m, pivot, sizes), e.getKey()));
        }
        drafts.sort(Comparator.comparingDouble(Draft::key).thenComparingInt(Draft::firstNode));
        List<Claim> claims = new ArrayList<>();
        for (Draft d : drafts) {
            Map<String, List<Integer>> members = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, String> forms = new LinkedHashMap<>();
            for (Article a : articles) {
                TreeSet<Integer> s = d.members().get(a.id());
                if (s != null) {
                    List<Integer> indices = List.copyOf(s);
                    members.put(a.id(), indices);
                    texts.put(a.id(), a.text(indices));
                    forms.put(a.id(), compactForm(a, indices));
                }
            }
            String common = mostCommon(forms);
            Map<String, List<AlignedSegment>> wording = new LinkedHashMap<>();
            texts.forEach((id, text) -> wording.put(id, id.equals(common)
                    ? List.of(new AlignedSegment(DiffOp.EQUAL, text, text))
                    : differ.diff(texts.get(common), text)));
            claims.add(new Claim(claims.size() + 1, members, common, wording));
        }
        return claims;
    }

    /**
     * The article whose wording of a claim is most common: the one whose comparison form the most
     * members share; among equals (and when all wordings differ), the one in the earliest article.
     */
    private static String mostCommon(Map<String, String> forms) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        forms.values().forEach(form -> votes.merge(form, 1, Integer::sum));
        String best = null;
        int bestVotes = -1;
        for (Map.Entry<String, String> e : forms.entrySet()) {
            int v = votes.get(e.getValue());
            if (v > bestVotes) {
                best = e.getKey();
                bestVotes = v;
            }
        }
        return best;
    }

    /**
     * The sentences' comparison forms, as the loader made them (with the run's options), without
     * spaces: equal for wordings that differ only in normalisation.
     */
    private static String compactForm(Article article, List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (int i : indices) {
            b.append(article.sentences().get(i).normal().replace(" ", ""));
        }
        return b.toString();
    }

    /**
     * Where a claim stands in the story, in [0, 1]: its relative position in the pivot when the pivot
     * carries it, else its mean relative position in the articles that do.
     */
    private static double storyPosition(Map<String, TreeSet<Integer>> members, String pivot,
            Map<String, Integer> sizes) {
        TreeSet<Integer> inPivot = members.get(pivot);
        if (inPivot != null) {
            return relative(inPivot.first(), sizes.get(pivot));
        }
        double sum = 0;
        for (Map.Entry<String, TreeSet<Integer>> e : members.entrySet()) {
            sum += relative(e.getValue().first(), sizes.get(e.getKey()));
        }
        return sum / members.size();
    }

    private static double relative(int index, int size) {
        return size <= 1 ? 0 : (double) index / (size - 1);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
