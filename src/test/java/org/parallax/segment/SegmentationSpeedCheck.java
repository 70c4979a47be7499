package org.parallax.segment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Manual speed check, not a test: splits 1 MB texts of several shapes and prints wall-clock and CPU
 * time per run (CPU time is the fairer figure on a busy machine). Run with the test classpath:
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.parallax.segment.SegmentationSpeedCheck}.
 */
public final class SegmentationSpeedCheck {

    private static final int SIZE = 1_000_000;
    private static final int RUNS = 5;

    private SegmentationSpeedCheck() {
    }

    public static void main(String[] args) {
        String news = "Die Angriffe laufen seit dem 19. Juli 2021. Betroffen sind u. a. Behörden, z. B. in Berlin. "
                + "„Wir werden reagieren“, sagte der Minister. Der Schaden liegt bei ca. 300 Mio. Euro. "
                + "Dr. Meier sagte: „Die Spur führt nach Peking.“ Die Zahl stieg auf 25. Die Polizei ermittelt. ";
        time("German news prose", SentenceSplitters.german(), fill(news));
        time("one sentence without a full stop", SentenceSplitters.german(), fill("wort und noch ein wort "));
        time("model asked at every boundary", SentenceSplitters.german(), fill("Es stieg auf 25. "));
        time("one token a.a.a.", SentenceSplitters.english(), fill("a.") + " End.");
        time("full stops and spaces", SentenceSplitters.english(), fill(". "));
    }

    private static void time(String name, SentenceSplitter splitter, String text) {
        for (int warm = 0; warm < 3; warm++) {
            splitter.split(text);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        int sentences = 0;
        for (int run = 0; run < RUNS; run++) {
            sentences = splitter.split(text).size();
        }
        long wallMs = (System.nanoTime() - wallStart) / RUNS / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / RUNS / 1_000_000;
        System.out.printf(Locale.ROOT, "%-34s %,9d chars %,7d sentences %5d ms wall %5d ms cpu%n",
                name, text.length(), sentences, wallMs, cpuMs);
    }

    private static String fill(String unit) {
        StringBuilder text = new StringBuilder(SIZE + unit.length());
        while (text.length() < SIZE) {
            text.append(unit);
        }
        return text.toString();
    }
}
