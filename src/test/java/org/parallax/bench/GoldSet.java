package org.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.AlignmentUnit;
import org.parallax.align.SentenceAligner;

/**
 * A sentence-alignment gold set in the DEplain format (documents and gold units as JSON Lines),
 * scored the way its scorer does: a unit counts when its left and right index sets equal a gold
 * unit's; "without identical" drops 1:1 units whose two sentences are equal after trimming.
 */
record GoldSet(List<Doc> docs, Set<String> gold) {

    record Doc(String id, List<String> left, List<String> right) {
    }

    /** Unit precision, recall and F1, over all units and without identical 1:1 units. */
    record Score(double f1, double f1WithoutIdentical, double precision, double recall) {
    }

    static GoldSet read(Path docsPath, Path goldPath) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(docsPath, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            docs.add(new Doc(n.get("id").asText(), strings(n.get("left")), strings(n.get("right"))));
        }
        Set<String> gold = new HashSet<>();
        for (String line : Files.readAllLines(goldPath, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            gold.add(key(n.get("id").asText(), ints(n.get("left")), ints(n.get("right"))));
        }
        return new GoldSet(List.copyOf(docs), Set.copyOf(gold));
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode a) {
        List<Integer> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asInt()));
        return out;
    }

    static String key(String id, List<Integer> left, List<Integer> right) {
        return id + "|" + new TreeSet<>(left) + "|" + new TreeSet<>(right);
    }

    private boolean identical(String key) {
        String[] p = key.split("\\|");
        Doc d = docs.stream().filter(x -> x.id().equals(p[0])).findFirst().orElseThrow();
        String l = p[1].substring(1, p[1].length() - 1);
        String r = p[2].substring(1, p[2].length() - 1);
        if (l.contains(",") || r.contains(",")) {
            return false;
        }
        return d.left().get(Integer.parseInt(l.trim())).strip().equals(d.right().get(Integer.parseInt(r.trim())).strip());
    }

    /** The documents whose ids are in {@code ids} and their gold units. */
    GoldSet restrict(Set<String> ids) {
        Set<String> units = new HashSet<>();
        gold.stream().filter(k -> ids.contains(k.substring(0, k.indexOf('|')))).forEach(units::add);
        return new GoldSet(docs.stream().filter(d -> ids.contains(d.id())).toList(), Set.copyOf(units));
    }

    Set<String> predict(SentenceAligner aligner) {
        Set<String> pred = new HashSet<>();
        for (Doc d : docs) {
            for (AlignmentUnit u : aligner.align(d.left(), d.right()).units()) {
                if (!u.left().isEmpty() && !u.right().isEmpty()) {
                    pred.add(key(d.id(), u.left(), u.right()));
                }
            }
        }
        return pred;
    }

    Score score(Set<String> pred) {
        double[] all = prf(pred, gold);
        Set<String> p2 = new HashSet<>();
        pred.stream().filter(k -> !identical(k)).forEach(p2::add);
        Set<String> g2 = new HashSet<>();
        gold.stream().filter(k -> !identical(k)).forEach(g2::add);
        double[] without = prf(p2, g2);
        return new Score(all[2], without[2], all[0], all[1]);
    }

    private static double[] prf(Set<String> pred, Set<String> gold) {
        long tp = pred.stream().filter(gold::contains).count();
        double p = pred.isEmpty() ? 0 : (double) tp / pred.size();
        double r = gold.isEmpty() ? 0 : (double) tp / gold.size();
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}
