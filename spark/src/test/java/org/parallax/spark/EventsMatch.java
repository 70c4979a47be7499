package org.parallax.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code EventsMatch CORPUS PARQUET}: whether the events of {@code parallax cluster} (CORPUS/events.csv)
 * and of the Spark job (PARQUET/articles) hold the same articles, for bench/spark.sh. Prints one line;
 * exit status 0 when they match, 1 when not.
 */
public final class EventsMatch {

    private EventsMatch() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Set<String>> jvm = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[0], "events.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (!f[1].isEmpty()) {
                jvm.computeIfAbsent(f[1], k -> new TreeSet<>()).add(f[0]);
            }
        }
        Map<String, Set<String>> spark = new TreeMap<>();
        SparkSession session = SparkSession.builder().master("local[2]").appName("events-match")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            for (Row r : session.read().parquet(Path.of(args[1], "articles").toString())
                    .where("event is not null").select("article", "event").collectAsList()) {
                spark.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(0));
            }
        } finally {
            session.stop();
        }
        boolean sameSets = new HashSet<>(jvm.values()).equals(new HashSet<>(spark.values()));
        boolean sameNames = jvm.equals(spark);
        System.out.println("events: in-process " + jvm.size() + ", spark " + spark.size() + "; same article sets: "
                + (sameSets ? "yes" : "no") + "; same event folders: " + (sameNames ? "yes" : "no"));
        System.exit(sameSets ? 0 : 1);
    }
}
