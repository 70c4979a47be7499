package org.parallax.frame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times framing analysis: sentences of the corpus's seed article repeated to 10,000 sentences, and
 * one sentence of 20,000 characters without punctuation (worst case for the patterns). Prints the
 * median of five runs. Run from the repository root after {@code mvn -q -o test-compile}:
 * {@code java -cp target/classes:target/test-classes org.parallax.frame.FramingAnalyserBenchmark}.
 */
public final class FramingAnalyserBenchmark {
    private static final int RUNS = 5;

    private FramingAnalyserBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        FramingAnalyser analyser = FramingAnalyser.forLanguage("de");
        String text = Files.readString(Path.of(System.getProperty("basedir", "."), "corpus/2021-07-19-china-cyber-attribution/seed-unknown-outlet.txt"),
                StandardCharsets.UTF_8);
        List<String> seed = Arrays.stream(text.substring(text.indexOf("---", 3) + 3)
                .split("(?<=[.!?])\\s+|\\n")).filter(s -> !s.isBlank()).toList();
        List<String> sentences = new ArrayList<>();
        while (sentences.size() < 10_000) {
            sentences.addAll(seed);
        }
        String longSentence = "Der Sprecher des Weißen Hauses sagte dass die chinesische Regierung ".repeat(300);
        for (int k = 0; k < 3; k++) {
            analyser.analyseArticle(sentences);
        }
        double[] article = new double[RUNS];
        double[] worst = new double[RUNS];
        int markers = 0;
        for (int r = 0; r < RUNS; r++) {
            long start = System.nanoTime();
            markers = 0;
            for (String s : sentences) {
                markers += analyser.analyse(s).size();
            }
            article[r] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            analyser.analyse(longSentence);
            worst[r] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(article);
        Arrays.sort(worst);
        System.out.printf(Locale.ROOT, "%d sentences: median %.3f s (%.0f sentences/s), %d markers%n",
                sentences.size(), article[RUNS / 2], sentences.size() / article[RUNS / 2], markers);
        System.out.printf(Locale.ROOT, "one sentence of %d characters: median %.3f s%n", longSentence.length(),
                worst[RUNS / 2]);
    }
}
