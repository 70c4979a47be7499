package org.parallax.bench;

import org.parallax.model.Language;

import java.nio.file.Path;
import java.util.Locale;
import org.parallax.align.AlignerOptions;
import org.parallax.align.CandidateChainAligner;
import org.parallax.normalise.TextNormaliser;

/**
 * Fits the few settings of the aligner on a gold set by coordinate search: each setting in turn is
 * swept over a grid while the others stay fixed, keeping the value with the best mean of unit F1
 * over all units and without identical units; two rounds. Usage: {@code DOCS.jsonl GOLD.jsonl [weights]}
 * ({@code weights}: only sweep the three feature weights on a grid).
 */
public final class FitAlignerOptions {

    private FitAlignerOptions() {
    }

    public static void main(String[] args) throws Exception {
        GoldSet set = GoldSet.read(Path.of(args[0]), Path.of(args[1]));
        if (args.length > 2 && args[2].equals("weights")) {
            weightGrid(set);
            return;
        }
        AlignerOptions best = AlignerOptions.defaults();
        double bestScore = objective(set, best, "start");
        for (int round = 0; round < 2; round++) {
            for (int n : new int[] {2, 3, 4}) {
                AlignerOptions o = best.withCharGramLength(n);
                double s = objective(set, o, "chars " + n);
                if (s > bestScore) { best = o; bestScore = s; }
            }
            for (double[] w : new double[][] {{1, 0, 0}, {0.8, 0.2, 0}, {0.6, 0.4, 0}, {0.6, 0.3, 0.1}, {0.5, 0.3, 0.2},
                    {0.4, 0.4, 0.2}, {0.7, 0.2, 0.1}, {0.5, 0.5, 0}, {0.3, 0.6, 0.1}, {0.6, 0.2, 0.2}, {0.8, 0, 0.2}, {0.7, 0.3, 0}, {0.9, 0, 0.1}, {0.7, 0.15, 0.15}}) {
                AlignerOptions o = best.withWeights(w[0], w[1], w[2]);
                double s = objective(set, o, "weights " + w[0] + "/" + w[1] + "/" + w[2]);
                if (s > bestScore) { best = o; bestScore = s; }
            }
            for (double t : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5}) {
                AlignerOptions o = best.withMatchThreshold(t);
                double s = objective(set, o, "threshold " + t);
                if (s > bestScore) { best = o; bestScore = s; }
            }
            for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
                if (t < best.matchThreshold()) {
                    continue;
                }
                AlignerOptions o = best.withMovedThreshold(t);
                double s = objective(set, o, "moved " + t);
                if (s > bestScore) { best = o; bestScore = s; }
            }
            for (double c : new double[] {0.04, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3, 0.4}) {
                AlignerOptions o = best.withMergeCost(c);
                double s = objective(set, o, "merge cost " + c);
                if (s > bestScore) { best = o; bestScore = s; }
            }
            for (int r : new int[] {2, 3, 4, 5, 6}) {
                AlignerOptions o = best.withMaxRun(r);
                double s = objective(set, o, "max run " + r);
                if (s > bestScore) { best = o; bestScore = s; }
            }
            for (double fl : new double[] {0.0, 0.05, 0.1, 0.15, 0.2}) {
                AlignerOptions o = best.withSeedFloor(fl);
                double s = objective(set, o, "seed floor " + fl);
                if (s > bestScore) { best = o; bestScore = s; }
            }
            System.out.println("round " + round + " best " + best + " objective " + fmt(bestScore));
        }
    }

    /** The three feature weights on a grid (summing to one), the other settings at their defaults. */
    private static void weightGrid(GoldSet set) {
        for (int c = 10; c >= 3; c--) {
            for (int s = 0; s + c <= 10; s++) {
                int a = 10 - c - s;
                if (a > 3) {
                    continue;
                }
                objective(set, AlignerOptions.defaults().withWeights(c / 10.0, s / 10.0, a / 10.0),
                        "weights " + c / 10.0 + "/" + s / 10.0 + "/" + a / 10.0);
            }
        }
    }

    private static double objective(GoldSet set, AlignerOptions o, String label) {
        GoldSet.Score s = set.score(set.predict(new CandidateChainAligner(Language.GERMAN, o, TextNormaliser.defaults())));
        double objective = (s.f1() + s.f1WithoutIdentical()) / 2;
        System.out.println(String.format(Locale.ROOT, "%-24s F1 %.3f  without identical %.3f  (P %.3f R %.3f)",
                label, s.f1(), s.f1WithoutIdentical(), s.precision(), s.recall()));
        return objective;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
