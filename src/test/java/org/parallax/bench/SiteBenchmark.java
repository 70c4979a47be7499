package org.parallax.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.parallax.pipeline.PipelineOptions;
import org.parallax.report.HtmlReportRenderer;
import org.parallax.site.BuildProgress;
import org.parallax.site.SiteBuilder;

/**
 * Builds the site of a generated corpus (by default 1,000 events of 4 articles each, about 12 MB of
 * text) and prints wall time, events per second and peak heap. Run with {@code bench/site.sh}.
 *
 * <p>Arguments: {@code [events] [articlesPerEvent] [workDir]}.
 */
public final class SiteBenchmark {

    private static final String[] SUBJECTS = {"Die Regierung", "Das Ministerium", "Ein Sprecher", "Die Behörde",
        "Der Konzern", "Die Opposition", "Das Gericht", "Die Kommission", "Der Verband", "Die Polizei",
        "Die Stadtverwaltung", "Der Minister", "Die Ermittler", "Das Institut", "Die Gewerkschaft"};
    private static final String[] VERBS = {"kündigte", "bestätigte", "kritisierte", "prüfte", "veröffentlichte",
        "forderte", "verschob", "beschloss", "untersuchte", "lehnte"};
    private static final String[] OBJECTS = {"neue Regeln für den Datenschutz", "einen Bericht über die Angriffe",
        "die Pläne für das Netz", "eine Untersuchung der Vorfälle", "höhere Ausgaben für die Sicherheit",
        "die Zusammenarbeit mit den Partnern", "ein Verfahren gegen die Verantwortlichen",
        "die Vorwürfe der Opposition", "den Haushalt für das kommende Jahr", "strengere Kontrollen der Server"};
    private static final String[] TAILS = {"am Montag an", "nach langen Beratungen", "in einer Erklärung",
        "vor Journalisten in Berlin", "mit sehr hoher Wahrscheinlichkeit", "laut einem internen Papier",
        "nach Angaben von Beobachtern", "ohne weitere Details zu nennen", "trotz heftiger Kritik",
        "wie aus Kreisen der Koalition verlautete"};
    private static final String[] PLACES = {"Berlin", "Brüssel", "Wien", "Zürich", "Hamburg", "München", "Bonn",
        "Genf", "Köln", "Leipzig"};

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int perEvent = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("parallax-site-bench");
        Path corpus = work.resolve("corpus");
        long bytes = generate(corpus, events, perEvent, new Random(20210719L));
        Path site = work.resolve("site");
        SiteBuilder builder = new SiteBuilder(new org.parallax.pipeline.ReportService(PipelineOptions.defaults(), HtmlReportRenderer.builtIn(), w -> { }), Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        builder.build(corpus, site, "", BuildProgress.silent());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "events=%d articles=%d text=%.1f MB wall=%.1f s events/s=%.1f peak-heap=%d MB%n",
                events, events * perEvent, bytes / 1e6, seconds, events / seconds, peak >> 20);
    }

    /** Writes the corpus; returns the bytes of article text written. */
    static long generate(Path corpus, int events, int perEvent, Random random) throws IOException {
        if (Files.exists(corpus)) {
            try (Stream<Path> walk = Files.walk(corpus)) {
                for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        long bytes = 0;
        for (int e = 0; e < events; e++) {
            Path dir = corpus.resolve(String.format(Locale.ROOT, "event-%04d", e));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("event.yaml"), "title: Ereignis " + e + "\ndate: 2021-07-"
                    + String.format(Locale.ROOT, "%02d", 1 + e % 28) + "\n");
            List<String> story = new ArrayList<>();
            int length = 20 + random.nextInt(8);
            for (int s = 0; s < length; s++) {
                story.add(sentence(random));
            }
            for (int a = 0; a < perEvent; a++) {
                String text = variant(story, a, random);
                bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                Files.writeString(dir.resolve("outlet-" + a + ".txt"),
                        "---\noutlet: Outlet " + a + "\nlanguage: de\n---\n" + text);
            }
        }
        return bytes;
    }

    private static String sentence(Random r) {
        return pick(r, SUBJECTS) + " in " + pick(r, PLACES) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " "
                + pick(r, TAILS) + ", nachdem " + (2 + r.nextInt(4000)) + " Fälle gemeldet worden waren.";
    }

    /** An outlet's version: some sentences dropped, some reworded, a paragraph moved, its own additions. */
    private static String variant(List<String> story, int outlet, Random r) {
        List<String> sentences = new ArrayList<>();
        for (String s : story) {
            double x = r.nextDouble();
            if (outlet > 0 && x < 0.12) {
                continue;
            }
            if (outlet > 0 && x < 0.35) {
                s = s.replace(" nachdem ", " als ").replace("worden waren", "wurden");
            }
            sentences.add(s);
            if (outlet > 0 && r.nextDouble() < 0.08) {
                sentences.add(sentence(r));
            }
        }
        List<List<String>> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += 3) {
            paragraphs.add(sentences.subList(i, Math.min(i + 3, sentences.size())));
        }
        if (outlet > 0 && paragraphs.size() > 3) {
            Collections.swap(paragraphs, 1 + r.nextInt(paragraphs.size() - 2), paragraphs.size() - 1);
        }
        StringBuilder b = new StringBuilder();
        for (List<String> p : paragraphs) {
            b.append(String.join(" ", p)).append("\n\n");
        }
        return b.toString();
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
