package org.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.parallax.align.AlignerOptions;
import org.parallax.align.CandidateChainAligner;
import org.parallax.model.Language;
import org.parallax.normalise.TextNormaliser;

/**
 * Cross-validates the aligner's fitted settings on a gold set: the documents are split into folds
 * (k folds by document, and one fold per value of the documents' {@code "domain"} field), the
 * settings are fitted on the other folds by a short coordinate search, and the fitted aligner is
 * scored on the held-out fold. Prints per fold the held-out unit F1 over all units and without
 * identical 1:1 units, for the fitted settings and for the shipped defaults, and the means.
 * Usage: {@code DOCS.jsonl GOLD.jsonl [k]} (k defaults to 5).
 */
public final class CrossValidateAligner {

    private CrossValidateAligner() {
    }

    public static void main(String[] args) throws Exception {
        Path docs = Path.of(args[0]);
        GoldSet set = GoldSet.read(docs, Path.of(args[1]));
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Map<String, String> domains = domains(docs);
        List<String> ids = set.docs().stream().map(GoldSet.Doc::id).toList();

        Map<String, Set<String>> folds = new LinkedHashMap<>();
        for (int f = 0; f < k; f++) {
            Set<String> fold = new TreeSet<>();
            for (int d = f; d < ids.size(); d += k) {
                fold.add(ids.get(d));
            }
            folds.put("fold " + (f + 1) + "/" + k, fold);
        }
        run(set, ids, folds, "k-fold by document");

        Map<String, Set<String>> byDomain = new LinkedHashMap<>();
        for (String id : ids) {
            byDomain.computeIfAbsent("domain " + domains.getOrDefault(id, "?"), x -> new TreeSet<>()).add(id);
        }
        run(set, ids, byDomain, "leave one domain out");
    }

    private static void run(GoldSet set, List<String> ids, Map<String, Set<String>> folds, String title) {
        System.out.println("== " + title);
        double[] sumFitted = new double[2];
        double[] sumDefaults = new double[2];
        for (var fold : folds.entrySet()) {
            Set<String> train = new TreeSet<>(ids);
            train.removeAll(fold.getValue());
            GoldSet trainSet = set.restrict(train);
            GoldSet testSet = set.restrict(fold.getValue());
            AlignerOptions fitted = fit(trainSet);
            GoldSet.Score s = score(testSet, fitted);
            GoldSet.Score d = score(testSet, AlignerOptions.defaults());
            sumFitted[0] += s.f1();
            sumFitted[1] += s.f1WithoutIdentical();
            sumDefaults[0] += d.f1();
            sumDefaults[1] += d.f1WithoutIdentical();
            System.out.println(String.format(Locale.ROOT,
                    "%-26s %2d docs  fitted %.3f / %.3f   defaults %.3f / %.3f   fitted %s",
                    fold.getKey(), fold.getValue().size(), s.f1(), s.f1WithoutIdentical(), d.f1(), d.f1WithoutIdentical(),
                    fitted));
        }
        int n = folds.size();
        System.out.println(String.format(Locale.ROOT, "%-26s          fitted %.3f / %.3f   defaults %.3f / %.3f",
                "mean", sumFitted[0] / n, sumFitted[1] / n, sumDefaults[0] / n, sumDefaults[1] / n));
    }

    /**
     * Coordinate search from the defaults over the settings {@code FitAlignerOptions} fits (feature
     * weights, match and moved thresholds, merge cost), one round, maximising the mean of unit F1
     * over all units and without identical units on {@code train}.
     */
    static AlignerOptions fit(GoldSet train) {
        AlignerOptions best = AlignerOptions.defaults();
        double bestScore = objective(train, best);
        List<UnaryOperator<AlignerOptions>> moves = new ArrayList<>();
        for (double[] w : new double[][] {{1, 0, 0}, {0.8, 0.2, 0}, {0.6, 0.3, 0.1}, {0.5, 0.3, 0.2}, {0.7, 0.2, 0.1},
                {0.3, 0.6, 0.1}}) {
            moves.add(o -> o.withWeights(w[0], w[1], w[2]));
        }
        for (double t : new double[] {0.2, 0.25, 0.3, 0.35, 0.4, 0.45}) {
            moves.add(o -> o.withMatchThreshold(t));
        }
        for (double t : new double[] {0.45, 0.6, 0.8}) {
            moves.add(o -> t < o.matchThreshold() ? o : o.withMovedThreshold(t));
        }
        for (double c : new double[] {0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3}) {
            moves.add(o -> o.withMergeCost(c));
        }
        for (UnaryOperator<AlignerOptions> move : moves) {
            AlignerOptions o = move.apply(best);
            double s = objective(train, o);
            if (s > bestScore) {
                best = o;
                bestScore = s;
            }
        }
        return best;
    }

    private static double objective(GoldSet set, AlignerOptions o) {
        GoldSet.Score s = score(set, o);
        return (s.f1() + s.f1WithoutIdentical()) / 2;
    }

    private static GoldSet.Score score(GoldSet set, AlignerOptions o) {
        return set.score(set.predict(new CandidateChainAligner(Language.GERMAN, o, TextNormaliser.defaults())));
    }

    private static Map<String, String> domains(Path docs) throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                out.put(n.get("id").asText(), n.hasNonNull("domain") ? n.get("domain").asText() : "?");
            }
        }
        return out;
    }
}
