package org.parallax.align;

import org.parallax.model.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.normalise.TextNormaliser;

/**
 * Sentence aligner by sparse dynamic programming over candidate units.
 *
 * <ol>
 *   <li>Every sentence becomes three TF-IDF vectors: character n-grams of its comparison form
 *       (robust to inflection, compounds and spelling variants), stemmed content words (robust to
 *       paraphrase that keeps the words) and anchors (numbers, months, quoted words, acronyms).</li>
 *   <li>Candidates: an inverted index over the terms that are not too common proposes, for every
 *       sentence, the few sentences of the other side with the largest term overlap; only these
 *       pairs get an exact similarity, and n:m units are only tried around pairs above a floor.</li>
 *   <li>Order: the best chain of non-overlapping units that keeps both articles' order, found by
 *       dynamic programming over the candidate units (sorted by left position, a Fenwick tree of
 *       prefix maxima over right positions), maximising the sum of
 *       {@code (n + m) / 2 * (similarity - matchThreshold) - mergeCost * (n + m - 2)}.</li>
 *   <li>Moved content: the same search over the sentences left unaligned, with the stricter
 *       {@code movedThreshold}, repeated while it finds units; these units are flagged moved.</li>
 *   <li>Better partners: a 1:1 unit whose sentence has a far better partner held elsewhere (two
 *       look-alike paragraphs swapped) gives it up when the exchange gains, then the moved search
 *       runs again over the sentences this frees.</li>
 *   <li>Gaps: one free sentence on one side and up to {@code maxRun} on the other between two
 *       in-order units pair when no sentence of the gap has a more similar candidate partner.</li>
 *   <li>Clauses: free pairs of sentences that both have several clauses, scored by their most
 *       similar clauses, above the moved threshold.</li>
 *   <li>Headings: units that pair a heading with body sentences are only tried now, among the
 *       sentences still free, so a heading never takes a body sentence's partner.</li>
 * </ol>
 *
 * <p>An n:m unit is a candidate only when every sentence adds to it: it is at least as similar as
 * each unit with one sentence less at either end. A moved unit that directly continues a chosen
 * unit on both sides is held to the match threshold. The features leave out the sentences'
 * {@link FramingWords}.
 *
 * <p>Scores: a two-sided unit scores its similarity (1 when identical after comparison
 * normalisation); a one-sided unit scores 1 minus the best similarity its sentence reached with any
 * candidate, so a low score marks an omission that may be a missed match. The pair's similarity is
 * the share of sentences of both articles in two-sided units, each weighted by its unit's score.
 *
 * <p>Immutable and thread-safe; deterministic (swapping the articles mirrors the units). Every
 * sentence ends in exactly one unit.
 */
public final class CandidateChainAligner implements SentenceAligner {

    /** Equal sentences of the other side proposed per sentence, nearest by relative position first. */
    private static final int DUPLICATE_CANDIDATES = 8;

    private final AlignerOptions options;
    private final TextNormaliser normaliser;
    private final SentencePreparer preparer;

    public CandidateChainAligner(Language language, AlignerOptions options, TextNormaliser normaliser) {
        this.options = Objects.requireNonNull(options, "options");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
        this.preparer = new SentencePreparer(language, normaliser, options.charGramLength());
    }

    public AlignerOptions options() {
        return options;
    }

    @Override
    public Alignment align(List<String> left, List<String> right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        return align(preparer.prepare(left), preparer.prepare(right));
    }

    /**
     * Computes each sentence's comparison form, character n-grams, stems and anchors, so that an
     * article aligned with several others is analysed once.
     */
    @Override
    public PreparedSentences prepare(List<String> sentences) {
        return preparer.prepare(sentences);
    }

    /** The same alignment as {@link #align(List, List)} of the prepared sentences. */
    @Override
    public Alignment align(PreparedSentences leftPrepared, PreparedSentences rightPrepared) {
        PreparedSentences l = preparer.accept(leftPrepared);
        PreparedSentences r = preparer.accept(rightPrepared);
        List<String> left = l.sentences();
        List<String> right = r.sentences();
        PairFeatures f = new PairFeatures(l, r, options);
        int nl = left.size();
        int nr = right.size();
        double[] bestLeft = new double[nl];
        double[] bestRight = new double[nr];
        List<Candidate> weak = new ArrayList<>();
        List<Candidate> candidates = proposeCandidates(f, bestLeft, bestRight, weak);

        boolean[] usedLeft = new boolean[nl];
        boolean[] usedRight = new boolean[nr];
        List<Candidate> chosen = new ArrayList<>();
        List<Candidate> inOrder = chain(candidates, b -> options.matchThreshold(), false, usedLeft, usedRight, nr);
        take(inOrder, false, chosen, usedLeft, usedRight);
        takeMoved(candidates, chosen, false, usedLeft, usedRight, nr);
        Set<Long> exchanged = new java.util.HashSet<>();
        while (uncross(f, candidates, chosen, usedLeft, usedRight, exchanged)) {
            takeMoved(candidates, chosen, false, usedLeft, usedRight, nr);
        }
        fillGaps(f, chosen, usedLeft, usedRight, bestLeft, bestRight);
        // a pair that only its clauses link is held to the moved threshold, in order or not
        weak.addAll(candidates);
        takeLate(clausePairs(left, right, weak, usedLeft, usedRight), false, options.movedThreshold(), chosen, usedLeft, usedRight, nr);
        takeLate(candidates, true, options.matchThreshold(), chosen, usedLeft, usedRight, nr);
        return UnitAssembler.assemble(left, right, chosen, usedLeft, usedRight, bestLeft, bestRight, normaliser, f);
    }

    /**
     * Moved units among the free sentences, chain after chain while one is found (at most 8). A
     * unit that directly continues a chosen unit on both sides (the sentences right after it, or
     * right before it) is held to the match threshold, not the moved one: a passage moved as a
     * whole keeps its inner order, and its neighbour in the passage is evidence for the pair.
     */
    private void takeMoved(List<Candidate> candidates, List<Candidate> chosen, boolean mixed, boolean[] usedLeft, boolean[] usedRight,
                           int nr) {
        for (int round = 0; round < 8; round++) {
            Set<Long> corners = new java.util.HashSet<>();
            for (Candidate c : chosen) {
                corners.add(corner(c.i0 + c.a, c.j0 + c.b, nr));
                corners.add(corner(c.i0, c.j0, nr));
            }
            List<Candidate> moved = chain(candidates, b -> corners.contains(corner(b.i0, b.j0, nr))
                    || corners.contains(corner(b.i0 + b.a, b.j0 + b.b, nr)) ? options.matchThreshold() : options.movedThreshold(),
                    mixed, usedLeft, usedRight, nr);
            if (moved.isEmpty()) {
                return;
            }
            take(moved, true, chosen, usedLeft, usedRight);
        }
    }

    /**
     * Fills the gaps between two units taken in order (or between a unit and the start or end of
     * both articles) that hold one free sentence on one side and one to {@code maxRun} on the
     * other: they become one unit when it is at least as similar as any sentence of the gap is to
     * any candidate partner. What sits between two matched passages in the same place on both
     * sides is most likely the same content reworded, however few words it shares.
     */
    private void fillGaps(PairFeatures f, List<Candidate> chosen, boolean[] usedLeft, boolean[] usedRight,
                                 double[] bestLeft, double[] bestRight) {
        int nl = f.leftSize();
        int nr = f.rightSize();
        List<Candidate> inOrder = new ArrayList<>();
        for (Candidate b : chosen) {
            if (!b.moved) {
                inOrder.add(b);
            }
        }
        inOrder.sort(Comparator.comparingInt((Candidate b) -> b.i0));
        int previousLeftEnd = 0;
        int previousRightEnd = 0;
        List<Candidate> found = new ArrayList<>();
        for (int k = 0; k <= inOrder.size(); k++) {
            int leftStart = k < inOrder.size() ? inOrder.get(k).i0 : nl;
            int rightStart = k < inOrder.size() ? inOrder.get(k).j0 : nr;
            int i = previousLeftEnd;
            int j = previousRightEnd;
            boolean bounded = k > 0 || k < inOrder.size();
            int a = leftStart - i;
            int b = rightStart - j;
            if (bounded && a >= 1 && b >= 1 && Math.min(a, b) == 1 && Math.max(a, b) <= options.maxRun()
                    && free(usedLeft, i, a) && free(usedRight, j, b) && !f.mixesHeadingAndBody(i, a, j, b)) {
                double sim = f.similarity(i, a, j, b);
                boolean best = sim > 0;
                for (int x = i; x < i + a; x++) {
                    best &= sim >= bestLeft[x];
                }
                for (int y = j; y < j + b; y++) {
                    best &= sim >= bestRight[y];
                }
                if (best) {
                    found.add(new Candidate(i, a, j, b, sim, tieKey(f, i, a, j, b), false));
                }
            }
            if (k < inOrder.size()) {
                previousLeftEnd = inOrder.get(k).i0 + inOrder.get(k).a;
                previousRightEnd = inOrder.get(k).j0 + inOrder.get(k).b;
            }
        }
        take(found, false, chosen, usedLeft, usedRight);
    }

    private static boolean free(boolean[] used, int start, int length) {
        for (int k = start; k < start + length; k++) {
            if (used[k]) {
                return false;
            }
        }
        return true;
    }

    /** A grid point between sentences: {@code i} left sentences and {@code j} right ones before it. */
    private static long corner(int i, int j, int nr) {
        return (long) i * (nr + 1) + j;
    }

    /**
     * Units among the sentences still free once the body sentences have found their partners
     * ({@code mixed}: units that pair headings with body sentences; else pairs by their clauses):
     * above {@code threshold} in order when they cross no unit taken in order, else as moved units.
     */
    private void takeLate(List<Candidate> candidates, boolean mixed, double threshold, List<Candidate> chosen, boolean[] usedLeft,
                          boolean[] usedRight, int nr) {
        List<Candidate> inOrder = new ArrayList<>();
        for (Candidate b : chain(candidates, x -> threshold, mixed, usedLeft, usedRight, nr)) {
            if (chosen.stream().noneMatch(c -> !c.moved && (c.i0 < b.i0) != (c.j0 < b.j0))) {
                inOrder.add(b);
            }
        }
        take(inOrder, false, chosen, usedLeft, usedRight);
        takeMoved(candidates, chosen, mixed, usedLeft, usedRight, nr);
    }

    /**
     * The free 1:1 candidate pairs of body sentences that both have several clauses
     * ({@link ClauseSplitter}), scored by their most similar pair of clauses where that beats the
     * whole sentences: two sentences that each join two claims and share one of them. They are
     * tried only after the whole sentences have been paired, so a shared clause never displaces a
     * whole match, and only the free sentences' clauses are analysed.
     */
    private List<Candidate> clausePairs(List<String> left, List<String> right, List<Candidate> candidates,
                                    boolean[] usedLeft, boolean[] usedRight) {
        List<Candidate> pairs = new ArrayList<>();
        Map<Integer, List<String>> leftClauses = new java.util.TreeMap<>();
        Map<Integer, List<String>> rightClauses = new java.util.TreeMap<>();
        for (Candidate b : candidates) {
            if (b.a != 1 || b.b != 1 || b.mixed || usedLeft[b.i0] || usedRight[b.j0]) {
                continue;
            }
            List<String> l = leftClauses.computeIfAbsent(b.i0, i -> preparer.clauses(left.get(i)));
            List<String> r = rightClauses.computeIfAbsent(b.j0, j -> preparer.clauses(right.get(j)));
            if (l.size() > 1 && r.size() > 1) {
                pairs.add(b);
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<Integer, Integer> leftStart = new HashMap<>();
        List<String> leftAll = flatten(leftClauses, leftStart);
        Map<Integer, Integer> rightStart = new HashMap<>();
        List<String> rightAll = flatten(rightClauses, rightStart);
        PairFeatures clauses = new PairFeatures(preparer.prepare(leftAll), preparer.prepare(rightAll), options);
        List<Candidate> out = new ArrayList<>();
        for (Candidate b : pairs) {
            double best = 0;
            int l0 = leftStart.get(b.i0);
            int r0 = rightStart.get(b.j0);
            for (int c = l0; c < l0 + leftClauses.get(b.i0).size(); c++) {
                for (int d = r0; d < r0 + rightClauses.get(b.j0).size(); d++) {
                    best = Math.max(best, clauses.similarity(c, d));
                }
            }
            if (best > b.sim) {
                out.add(new Candidate(b.i0, 1, b.j0, 1, best, b.tieKey, false));
            }
        }
        return out;
    }

    /** The clauses of the sentences that have several, in sentence order; {@code start} gets each one's first index. */
    private static List<String> flatten(Map<Integer, List<String>> clauses, Map<Integer, Integer> start) {
        List<String> out = new ArrayList<>();
        for (var e : clauses.entrySet()) {
            if (e.getValue().size() > 1) {
                start.put(e.getKey(), out.size());
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    private static void take(List<Candidate> candidates, boolean moved, List<Candidate> chosen, boolean[] usedLeft, boolean[] usedRight) {
        for (Candidate b : candidates) {
            b.moved = moved;
            chosen.add(b);
            Arrays.fill(usedLeft, b.i0, b.i0 + b.a, true);
            Arrays.fill(usedRight, b.j0, b.j0 + b.b, true);
        }
    }

    /**
     * Gives a sentence its far better partner when another unit holds that partner: the in-order
     * chain may pair two sentences that only resemble each other while each has an equal twin
     * elsewhere (two look-alike paragraphs swapped). For a candidate pair {@code (i, j)} above the
     * moved threshold whose sentences are held by 1:1 units {@code (i, y)} and {@code (x, j)}, or
     * are free, the pair replaces those units when it gains more than they did; {@code (x, y)}
     * becomes a moved unit when it is above the moved threshold, else its sentences are left free.
     * Each round makes the gaining exchanges best first, skipping those that touch a sentence
     * already changed in the round, until none gains. A pair is exchanged in at most once
     * ({@code exchanged}, kept across the calls of one alignment): the moved pass that follows may
     * take back a unit an exchange removed (a unit next to a chosen one is held to the lower match
     * threshold there), and exchange and moved pass could otherwise undo each other for ever.
     *
     * @return whether any unit changed
     */
    private boolean uncross(PairFeatures f, List<Candidate> candidates, List<Candidate> chosen, boolean[] usedLeft, boolean[] usedRight,
                            Set<Long> exchanged) {
        int nl = f.leftSize();
        int nr = f.rightSize();
        boolean changed = false;
        while (true) {
            Candidate[] byLeft = new Candidate[nl];
            Candidate[] byRight = new Candidate[nr];
            for (Candidate b : chosen) {
                Arrays.fill(byLeft, b.i0, b.i0 + b.a, b);
                Arrays.fill(byRight, b.j0, b.j0 + b.b, b);
            }
            List<Exchange> exchanges = new ArrayList<>();
            for (Candidate c : candidates) {
                if (c.a != 1 || c.b != 1 || c.sim <= options.movedThreshold() || c.mixed
                        || exchanged.contains(corner(c.i0, c.j0, nr))) {
                    continue;
                }
                Candidate u = byLeft[c.i0];
                Candidate v = byRight[c.j0];
                if (u == v || (u != null && (u.a != 1 || u.b != 1)) || (v != null && (v.a != 1 || v.b != 1))) {
                    continue;
                }
                double back = u != null && v != null && !f.mixesHeadingAndBody(v.i0, 1, u.j0, 1) ? f.similarity(v.i0, u.j0) : 0;
                double gain = gain(c, options.movedThreshold()) + Math.max(0, back - options.movedThreshold())
                        - (u == null ? 0 : gain(u, u.moved ? options.movedThreshold() : options.matchThreshold()))
                        - (v == null ? 0 : gain(v, v.moved ? options.movedThreshold() : options.matchThreshold()));
                if (gain > 1e-9) {
                    long tie = c.tieKey + (u != null && v != null ? tieKey(f, v.i0, 1, u.j0, 1) : 0);
                    exchanges.add(new Exchange(u, v, c, back, gain, tie));
                }
            }
            if (exchanges.isEmpty()) {
                return changed;
            }
            changed = true;
            exchanges.sort(Comparator.comparingDouble(Exchange::gain).thenComparingLong(Exchange::tie).reversed());
            boolean[] touchedLeft = new boolean[nl];
            boolean[] touchedRight = new boolean[nr];
            for (Exchange e : exchanges) {
                Candidate c = e.pair();
                Candidate u = e.u();
                Candidate v = e.v();
                if (touchedLeft[c.i0] || touchedRight[c.j0] || (u != null && touchedRight[u.j0]) || (v != null && touchedLeft[v.i0])) {
                    continue;
                }
                touchedLeft[c.i0] = true;
                touchedRight[c.j0] = true;
                exchanged.add(corner(c.i0, c.j0, nr));
                if (u != null) {
                    touchedRight[u.j0] = true;
                    chosen.remove(u);
                    usedRight[u.j0] = false;
                }
                if (v != null) {
                    touchedLeft[v.i0] = true;
                    chosen.remove(v);
                    usedLeft[v.i0] = false;
                }
                c.moved = true;
                chosen.add(c);
                usedLeft[c.i0] = true;
                usedRight[c.j0] = true;
                if (u != null && v != null && e.back() > options.movedThreshold()) {
                    Candidate back = new Candidate(v.i0, 1, u.j0, 1, e.back(), tieKey(f, v.i0, 1, u.j0, 1),
                            f.mixesHeadingAndBody(v.i0, 1, u.j0, 1));
                    back.moved = true;
                    chosen.add(back);
                    usedLeft[v.i0] = true;
                    usedRight[u.j0] = true;
                }
            }
        }
    }

    /**
     * Taking {@code pair} in place of the units {@code u} (holding its left sentence) and {@code v}
     * (holding its right one), either of which may be null; {@code back} is the similarity of v's
     * left with u's right.
     */
    private record Exchange(Candidate u, Candidate v, Candidate pair, double back, double gain, long tie) {
    }

    /**
     * Candidate units: n:m runs around the candidate sentence pairs, each with its similarity. The
     * candidate pairs below the seed floor go to {@code weak} as 1:1 units instead.
     */
    private List<Candidate> proposeCandidates(PairFeatures f, double[] bestLeft, double[] bestRight, List<Candidate> weak) {
        int nl = f.leftSize();
        int nr = f.rightSize();
        Set<Long> pairs = new LinkedHashSet<>();
        CandidateIndex.topPairs(f, options.candidates(), options.maxPostings(), pairs);
        exactDuplicates(f, pairs);
        long[] sortedPairs = pairs.stream().mapToLong(Long::longValue).sorted().toArray();

        int[][] shapes = shapes(options.maxRun());
        long[] keys = new long[64];
        int nKeys = 0;
        for (long key : sortedPairs) {
            int i = (int) (key / nr);
            int j = (int) (key % nr);
            double sim = f.similarity(i, j);
            bestLeft[i] = Math.max(bestLeft[i], sim);
            bestRight[j] = Math.max(bestRight[j], sim);
            if (sim < options.seedFloor()) {
                weak.add(new Candidate(i, 1, j, 1, sim, tieKey(f, i, 1, j, 1), f.mixesHeadingAndBody(i, 1, j, 1)));
                continue;
            }
            for (int[] shape : shapes) {
                int a = shape[0];
                int b = shape[1];
                for (int di = 0; di < a; di++) {
                    for (int dj = 0; dj < b; dj++) {
                        int i0 = i - di;
                        int j0 = j - dj;
                        if (i0 < 0 || j0 < 0 || i0 + a > nl || j0 + b > nr) {
                            continue;
                        }
                        if (nKeys == keys.length) {
                            keys = Arrays.copyOf(keys, nKeys * 2);
                        }
                        // ascending keys sort candidates by first left, first right sentence, then shape
                        keys[nKeys++] = (((long) i0 * nr + j0) * 8 + a) * 8 + b;
                    }
                }
            }
        }
        Arrays.sort(keys, 0, nKeys);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < nKeys; k++) {
            if (k > 0 && keys[k] == keys[k - 1]) {
                continue;
            }
            int b = (int) (keys[k] % 8);
            int a = (int) (keys[k] / 8 % 8);
            long cell = keys[k] / 64;
            int i0 = (int) (cell / nr);
            int j0 = (int) (cell % nr);
            if (a > 1 && b > 1 && crossesInside(f, i0, a, j0, b)) {
                continue;
            }
            double sim = f.similarity(i0, a, j0, b);
            if ((a > 1 || b > 1) && !grows(f, i0, a, j0, b, sim)) {
                continue;
            }
            out.add(new Candidate(i0, a, j0, b, sim, tieKey(f, i0, a, j0, b), f.mixesHeadingAndBody(i0, a, j0, b)));
        }
        return out;
    }

    /**
     * Whether every sentence of a unit adds to it: the unit is at least as similar as each unit
     * it contains with one sentence less at either end of either side.
     */
    private static boolean grows(PairFeatures f, int i0, int a, int j0, int b, double sim) {
        if (a > 1 && (sim < f.similarity(i0 + 1, a - 1, j0, b) || sim < f.similarity(i0, a - 1, j0, b))) {
            return false;
        }
        return b <= 1 || (sim >= f.similarity(i0, a, j0 + 1, b - 1) && sim >= f.similarity(i0, a, j0, b - 1));
    }

    /**
     * True when a unit with several sentences on both sides reads better crosswise: the first left
     * sentence matches the last right one and the other way round. Such content is two moved units,
     * not one n:m unit.
     */
    private static boolean crossesInside(PairFeatures f, int i0, int a, int j0, int b) {
        int i1 = i0 + a - 1;
        int j1 = j0 + b - 1;
        return f.similarity(i0, j1) + f.similarity(i1, j0) > f.similarity(i0, j0) + f.similarity(i1, j1);
    }

    /**
     * Sentences with equal compact forms are always candidates (even when they have no terms): for
     * each sentence, the few equal sentences of the other side nearest by relative position, in
     * both directions so that swapping the articles proposes the same pairs.
     */
    private static void exactDuplicates(PairFeatures f, Set<Long> pairs) {
        int nl = f.leftSize();
        int nr = f.rightSize();
        Map<String, List<Integer>> rightByCompact = new HashMap<>();
        for (int j = 0; j < nr; j++) {
            rightByCompact.computeIfAbsent(f.rightCompact(j), k -> new ArrayList<>()).add(j);
        }
        Map<String, List<Integer>> leftByCompact = new HashMap<>();
        for (int i = 0; i < nl; i++) {
            leftByCompact.computeIfAbsent(f.leftCompact(i), k -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < nl; i++) {
            for (int j : nearest(rightByCompact.get(f.leftCompact(i)), (int) Math.round((double) i * nr / nl))) {
                pairs.add((long) i * nr + j);
            }
        }
        for (int j = 0; j < nr; j++) {
            for (int i : nearest(leftByCompact.get(f.rightCompact(j)), (int) Math.round((double) j * nl / nr))) {
                pairs.add((long) i * nr + j);
            }
        }
    }

    /** Up to {@link #DUPLICATE_CANDIDATES} of the ascending {@code positions} nearest to {@code centre}. */
    private static List<Integer> nearest(List<Integer> positions, int centre) {
        if (positions == null) {
            return List.of();
        }
        int hi = Collections.binarySearch(positions, centre);
        hi = hi >= 0 ? hi : -hi - 1;
        int lo = hi - 1;
        List<Integer> out = new ArrayList<>();
        while (out.size() < DUPLICATE_CANDIDATES && (lo >= 0 || hi < positions.size())) {
            boolean takeLow = hi >= positions.size() || (lo >= 0 && centre - positions.get(lo) <= positions.get(hi) - centre);
            out.add(takeLow ? positions.get(lo--) : positions.get(hi++));
        }
        return out;
    }

    private static int[][] shapes(int maxRun) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[] {1, 1});
        for (int k = 2; k <= maxRun; k++) {
            out.add(new int[] {1, k});
            out.add(new int[] {k, 1});
        }
        if (maxRun >= 2) {
            out.add(new int[] {2, 2});
        }
        return out.toArray(new int[0][]);
    }

    /**
     * A key for telling equally good chains apart that is the same when the articles swap sides: a
     * hash of the unit's text on both sides times its position counted on both sides. Summed along a
     * chain it separates chains that match the same texts at other places (left "A B A" with right
     * "B A B"), so the mirrored input gets the mirrored answer. The sum over a chain fits a long for
     * articles of up to 100,000 sentences a side (beyond, it wraps: still deterministic).
     */
    private static long tieKey(PairFeatures f, int i0, int a, int j0, int b) {
        long text = 0;
        for (int i = i0; i < i0 + a; i++) {
            text = text * 31 + f.leftCompact(i).hashCode();
        }
        long other = 0;
        for (int j = j0; j < j0 + b; j++) {
            other = other * 31 + f.rightCompact(j).hashCode();
        }
        long position = 2L * i0 + a + 2L * j0 + b + 1;
        return (((text + other) & 0xFFFFFF) + 1) * position;
    }

    private double gain(Candidate b, double threshold) {
        int n = b.a + b.b;
        return n / 2.0 * (b.sim - threshold) - options.mergeCost() * (n - 2);
    }

    /**
     * The best chain of free candidates that is increasing on both sides: dynamic programming over the
     * candidates in order of their first left sentence, with a Fenwick tree of prefix maxima indexed by
     * the last right sentence of the candidates that already ended.
     */
    private List<Candidate> chain(List<Candidate> all, java.util.function.ToDoubleFunction<Candidate> threshold, boolean mixed,
                              boolean[] usedLeft, boolean[] usedRight, int nr) {
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate b : all) {
            if (b.mixed == mixed && b.isFree(usedLeft, usedRight) && gain(b, threshold.applyAsDouble(b)) > 0) {
                candidates.add(b);
            }
        }
        // the chain below needs them by first left sentence: each candidate's best predecessor must be
        // scored before it is offered (a stable sort keeps the given order among equal starts)
        candidates.sort(Comparator.comparingInt((Candidate b) -> b.i0));
        int n = candidates.size();
        double[] gains = new double[n];
        for (int k = 0; k < n; k++) {
            gains[k] = gain(candidates.get(k), threshold.applyAsDouble(candidates.get(k)));
        }
        if (n == 0) {
            return List.of();
        }
        double[] value = new double[n];
        long[] tie = new long[n];
        int[] prev = new int[n];
        long[] ends = new long[n];
        for (int k = 0; k < n; k++) {
            ends[k] = (long) (candidates.get(k).i0 + candidates.get(k).a) * n + k;
        }
        Arrays.sort(ends);
        int[] byEnd = new int[n];
        for (int k = 0; k < n; k++) {
            byEnd[k] = (int) (ends[k] % n);
        }
        PrefixMax tree = new PrefixMax(nr);
        int inserted = 0;
        for (int k = 0; k < n; k++) {
            Candidate b = candidates.get(k);
            while (inserted < n && candidates.get(byEnd[inserted]).i0 + candidates.get(byEnd[inserted]).a <= b.i0) {
                int e = byEnd[inserted++];
                Candidate eb = candidates.get(e);
                tree.offer(eb.j0 + eb.b - 1, value[e], tie[e], e);
            }
            int p = b.j0 > 0 ? tree.argMax(b.j0 - 1) : -1;
            value[k] = gains[k] + (p >= 0 ? value[p] : 0);
            tie[k] = b.tieKey + (p >= 0 ? tie[p] : 0);
            prev[k] = p;
        }
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (better(value[k], tie[k], value[best], tie[best])) {
                best = k;
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = best; k >= 0; k = prev[k]) {
            out.add(candidates.get(k));
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * Chains of equal gain are told apart by a key that does not change when the articles swap
     * sides, so that the mirrored input gets the mirrored answer (see {@link Candidate#tieKey}).
     */
    private static boolean better(double value, long tie, double otherValue, long otherTie) {
        return value > otherValue || (value == otherValue && tie > otherTie);
    }

    /** A candidate unit: left run [i0, i0 + a), right run [j0, j0 + b). */
    static final class Candidate {
        final int i0;
        final int a;
        final int j0;
        final int b;
        final double sim;
        /** See {@link CandidateChainAligner#tieKey}. */
        final long tieKey;
        /** Whether the unit pairs headings with body sentences (see {@link PairFeatures#mixesHeadingAndBody}). */
        final boolean mixed;
        boolean moved;

        Candidate(int i0, int a, int j0, int b, double sim, long tieKey, boolean mixed) {
            this.i0 = i0;
            this.a = a;
            this.j0 = j0;
            this.b = b;
            this.sim = sim;
            this.tieKey = tieKey;
            this.mixed = mixed;
        }

        boolean isFree(boolean[] usedLeft, boolean[] usedRight) {
            for (int i = i0; i < i0 + a; i++) {
                if (usedLeft[i]) {
                    return false;
                }
            }
            for (int j = j0; j < j0 + b; j++) {
                if (usedRight[j]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Fenwick tree of prefix maxima of (value, tie key): the index that holds it (smaller index on full ties). */
    private static final class PrefixMax {
        private final double[] best;
        private final long[] tie;
        private final int[] arg;

        PrefixMax(int size) {
            best = new double[size + 1];
            tie = new long[size + 1];
            arg = new int[size + 1];
            Arrays.fill(best, Double.NEGATIVE_INFINITY);
            Arrays.fill(arg, -1);
        }

        private boolean wins(double value, long tieKey, int index, int slot) {
            return arg[slot] < 0 || better(value, tieKey, best[slot], tie[slot])
                    || (value == best[slot] && tieKey == tie[slot] && index < arg[slot]);
        }

        void offer(int position, double value, long tieKey, int index) {
            for (int k = position + 1; k < best.length; k += k & -k) {
                if (wins(value, tieKey, index, k)) {
                    best[k] = value;
                    tie[k] = tieKey;
                    arg[k] = index;
                }
            }
        }

        /** Index of the largest (value, tie key) at positions {@code <= position}, or -1. */
        int argMax(int position) {
            int slot = -1;
            for (int k = position + 1; k > 0; k -= k & -k) {
                if (arg[k] >= 0 && beats(k, slot)) {
                    slot = k;
                }
            }
            return slot < 0 ? -1 : arg[slot];
        }

        private boolean beats(int slot, int currentSlot) {
            if (currentSlot < 0) {
                return true;
            }
            return better(best[slot], tie[slot], best[currentSlot], tie[currentSlot])
                    || (best[slot] == best[currentSlot] && tie[slot] == tie[currentSlot] && arg[slot] < arg[currentSlot]);
        }
    }
}
