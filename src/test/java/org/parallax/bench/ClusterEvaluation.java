package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.cluster.ClusterOptions;
import org.parallax.cluster.PileClusterer;
import org.parallax.pipeline.PipelineOptions;

/**
 * Pairwise precision and recall of {@code cluster} on a labelled {@link SyntheticPile}: of the pairs
 * of articles put into one event, the share that truly are one event, and of the pairs that truly are
 * one event, the share put into one. Run with {@code bench/cluster-eval.sh}; the system properties
 * {@code bands} and {@code rows} try other LSH settings, {@code common.share} another share of
 * articles above which a word is dropped.
 *
 * <p>Arguments: {@code [articles] [days] [seed] [minSimilarity ...]}.
 */
public final class ClusterEvaluation {

    private ClusterEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 14;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20210719L;
        Path work = Files.createTempDirectory("parallax-cluster-eval");
        Path pile = work.resolve("pile.jsonl");
        List<String> gold = SyntheticPile.write(pile, articles, 40, days, seed);
        List<String> kinds = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(pile)) {
            kinds.add(line.replaceAll(".*\"gold_kind\":\"([a-z]+)\".*", "$1"));
        }
        double[] thresholds = args.length > 3
                ? java.util.Arrays.stream(args, 3, args.length).mapToDouble(Double::parseDouble).toArray()
                : new double[] {ClusterOptions.defaults().minSimilarity()};
        for (double t : thresholds) {
            Path corpus = work.resolve("corpus-" + t);
            long start = System.nanoTime();
            ClusterOptions options = ClusterOptions.defaults().withMinSimilarity(t);
            if (System.getProperty("common.share") != null) {
                options = options.withCommonShare(Double.parseDouble(System.getProperty("common.share")));
            }
            if (System.getProperty("bands") != null) {
                options = options.withBands(Integer.getInteger("bands"), Integer.getInteger("rows"));
            }
            new PileClusterer(PipelineOptions.defaults(), options)
                    .cluster(pile, corpus, l -> System.err.println(l));
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<Integer, String> predicted = new HashMap<>();
            for (String row : Files.readAllLines(corpus.resolve("events.csv")).subList(1, gold.size() + 1)) {
                String[] f = row.split(",", -1);
                int line = Integer.parseInt(f[0].substring(f[0].lastIndexOf(':') + 1));
                if (!f[1].isEmpty()) {
                    predicted.put(line - 1, f[1]);
                }
            }
            long both = 0;
            long predictedPairs = 0;
            long goldPairs = 0;
            Map<String, Integer> perGold = new HashMap<>();
            Map<String, Integer> perPredicted = new HashMap<>();
            Map<String, Integer> perBoth = new HashMap<>();
            for (int i = 0; i < gold.size(); i++) {
                perGold.merge(gold.get(i), 1, Integer::sum);
                String p = predicted.get(i);
                if (p != null) {
                    perPredicted.merge(p, 1, Integer::sum);
                    perBoth.merge(p + "\t" + gold.get(i), 1, Integer::sum);
                }
            }
            for (int n : perGold.values()) {
                goldPairs += (long) n * (n - 1) / 2;
            }
            for (int n : perPredicted.values()) {
                predictedPairs += (long) n * (n - 1) / 2;
            }
            for (int n : perBoth.values()) {
                both += (long) n * (n - 1) / 2;
            }
            // per kind: the share of articles in the same predicted event as their event's agency story
            Map<String, int[]> byKind = new java.util.TreeMap<>();
            Map<String, String> agencyEvent = new HashMap<>();
            for (int i = 0; i < gold.size(); i++) {
                if (kinds.get(i).equals("agency")) {
                    agencyEvent.put(gold.get(i), predicted.get(i));
                }
            }
            for (int i = 0; i < gold.size(); i++) {
                if (!kinds.get(i).equals("agency")) {
                    String p = predicted.get(i);
                    int[] c = byKind.computeIfAbsent(kinds.get(i), k -> new int[2]);
                    c[1]++;
                    if (p != null && p.equals(agencyEvent.get(gold.get(i)))) {
                        c[0]++;
                    }
                }
            }
            StringBuilder kindText = new StringBuilder();
            byKind.forEach((k, c) -> kindText.append(String.format(Locale.ROOT, " %s=%d/%d", k, c[0], c[1])));
            double precision = predictedPairs == 0 ? 1 : (double) both / predictedPairs;
            double recall = goldPairs == 0 ? 1 : (double) both / goldPairs;
            System.out.printf(Locale.ROOT, "articles=%d events=%d days=%d min-similarity=%.2f predicted-events=%d "
                    + "precision=%.4f recall=%.4f f1=%.4f pairs: gold=%d predicted=%d correct=%d wall=%.1f s;"
                    + " joined with the agency story:%s%n",
                    gold.size(), perGold.size(), days, t, perPredicted.size(), precision, recall,
                    2 * precision * recall / Math.max(1e-9, precision + recall), goldPairs, predictedPairs, both, seconds, kindText);
        }
    }
}
