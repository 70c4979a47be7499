package org.parallax.align;

import org.parallax.model.AlignmentUnit;
import org.parallax.model.UnitKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.normalise.TextNormaliser;

/**
 * Turns the chosen candidates and the sentences nobody matched into the final units, in the left
 * article's order, with every right-only sentence placed right after the unit that holds the right
 * sentence before it.
 */
final class UnitAssembler {

    private UnitAssembler() {
    }

    static Alignment assemble(List<String> left, List<String> right, List<CandidateChainAligner.Candidate> chosen,
                              boolean[] usedLeft, boolean[] usedRight, double[] bestLeft, double[] bestRight,
                              TextNormaliser normaliser, PairFeatures features) {
        List<AlignmentUnit> main = new ArrayList<>();
        List<Integer> mainKey = new ArrayList<>();
        double matched = 0;
        for (CandidateChainAligner.Candidate b : chosen) {
            List<Integer> l = range(b.i0, b.a);
            List<Integer> r = range(b.j0, b.b);
            // one sentence a side: its own comparison form, already computed, is the joined one
            boolean same = b.a == 1 && b.b == 1 ? features.leftCompact(b.i0).equals(features.rightCompact(b.j0))
                    : identical(left, l, right, r, normaliser);
            UnitKind kind = same ? UnitKind.IDENTICAL : UnitKind.MODIFIED;
            double score = kind == UnitKind.IDENTICAL ? 1.0 : clamp(b.sim);
            main.add(new AlignmentUnit(l, r, kind, b.moved, score));
            mainKey.add(b.i0);
            matched += score * (b.a + b.b);
        }
        for (int i = 0; i < left.size(); i++) {
            if (!usedLeft[i]) {
                main.add(new AlignmentUnit(List.of(i), List.of(), UnitKind.LEFT_ONLY, false, clamp(1 - bestLeft[i])));
                mainKey.add(i);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < main.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingInt(mainKey::get));

        // which unit holds each right sentence, for placing right-only sentences
        int[] holder = new int[right.size()];
        List<AlignmentUnit> units = new ArrayList<>(main);
        for (int k = 0; k < main.size(); k++) {
            for (int j : main.get(k).right()) {
                holder[j] = k;
            }
        }
        Map<Integer, List<Integer>> after = new HashMap<>();
        List<Integer> atStart = new ArrayList<>();
        for (int j = 0; j < right.size(); j++) {
            if (usedRight[j]) {
                continue;
            }
            int k = units.size();
            units.add(new AlignmentUnit(List.of(), List.of(j), UnitKind.RIGHT_ONLY, false, clamp(1 - bestRight[j])));
            holder[j] = k;
            if (j == 0) {
                atStart.add(k);
            } else {
                after.computeIfAbsent(holder[j - 1], x -> new ArrayList<>()).add(k);
            }
        }
        List<AlignmentUnit> out = new ArrayList<>(units.size());
        for (int k : atStart) {
            emit(k, units, after, out);
        }
        for (int k : order) {
            emit(k, units, after, out);
        }
        int total = left.size() + right.size();
        double similarity = total == 0 ? 1.0 : clamp(matched / total);
        return new Alignment(out, similarity);
    }

    /** Emits unit k and, after it, the right-only units attached to it (iteratively, in order). */
    private static void emit(int k, List<AlignmentUnit> units, Map<Integer, List<Integer>> after, List<AlignmentUnit> out) {
        int current = k;
        out.add(units.get(current));
        List<Integer> next = after.get(current);
        while (next != null) {
            // a right-only unit has at most one follower chain: the next right sentence
            int last = -1;
            for (int n : next) {
                out.add(units.get(n));
                last = n;
            }
            next = after.get(last);
        }
    }

    static boolean identical(List<String> left, List<Integer> l, List<String> right, List<Integer> r, TextNormaliser normaliser) {
        return normaliser.normalise(join(left, l)).compact().equals(normaliser.normalise(join(right, r)).compact());
    }

    private static String join(List<String> sentences, List<Integer> indices) {
        StringBuilder b = new StringBuilder();
        for (int i : indices) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(sentences.get(i));
        }
        return b.toString();
    }

    private static List<Integer> range(int start, int length) {
        List<Integer> out = new ArrayList<>(length);
        for (int k = start; k < start + length; k++) {
            out.add(k);
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
