package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parallax.align.Alignment;
import org.parallax.model.AlignmentUnit;
import org.parallax.align.SentenceAligner;
import org.parallax.align.SentenceAligners;

/**
 * Times the German aligner on generated article pairs of 500 to 5,000 sentences a side (fixed
 * seed; the right side reworded, split, merged, shortened and reordered) and, when a gold set's
 * documents file is given, on its documents. Prints medians of several runs and the peak heap.
 * Usage: {@code [DOCS.jsonl]}; run with {@code -Xmx1g} to check the memory target.
 */
public final class AlignBenchmark {

    private static final int[] SIZES = {500, 1000, 2000, 5000};
    private static final int RUNS = 5;

    private AlignBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SentenceAligner aligner = SentenceAligners.forLanguage("de");
        // warm-up: the JIT compiles the hot loops before anything is timed
        List<List<String>> warm = SyntheticArticles.article(1, 1000);
        for (int k = 0; k < 3; k++) {
            aligner.align(SyntheticArticles.flatten(warm), SyntheticArticles.flatten(SyntheticArticles.rewrite(warm, 2)));
        }
        for (int size : SIZES) {
            List<List<String>> article = SyntheticArticles.article(20_210_719L + size, size);
            List<String> left = SyntheticArticles.flatten(article);
            List<String> right = SyntheticArticles.flatten(SyntheticArticles.rewrite(article, 42L + size));
            double[] seconds = new double[RUNS];
            Alignment result = null;
            for (int r = 0; r < RUNS; r++) {
                long start = System.nanoTime();
                result = aligner.align(left, right);
                seconds[r] = (System.nanoTime() - start) / 1e9;
            }
            long paired = result.units().stream().filter(u -> !u.left().isEmpty() && !u.right().isEmpty()).count();
            long moved = result.units().stream().filter(AlignmentUnit::moved).count();
            System.out.printf(Locale.ROOT, "%5d x %5d sentences: median %.3f s (min %.3f, max %.3f) over %d runs; %d units, %d paired, %d moved%n",
                    left.size(), right.size(), median(seconds), min(seconds), max(seconds), RUNS, result.units().size(), paired, moved);
        }
        if (args.length > 0 && Files.exists(Path.of(args[0]))) {
            GoldSet set = GoldSet.read(Path.of(args[0]), Path.of(args[0]).resolveSibling("gold.jsonl"));
            double[] seconds = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                long start = System.nanoTime();
                for (GoldSet.Doc d : set.docs()) {
                    aligner.align(d.left(), d.right());
                }
                seconds[r] = (System.nanoTime() - start) / 1e9;
            }
            System.out.printf(Locale.ROOT, "%d gold-set documents: median %.3f s for all (%d runs)%n", set.docs().size(), median(seconds), RUNS);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap used %.0f MB (max heap %.0f MB)%n", peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
