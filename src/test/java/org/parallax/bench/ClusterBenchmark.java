package org.parallax.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.parallax.cluster.ClusterOptions;
import org.parallax.cluster.PileClusterer;
import org.parallax.pipeline.PipelineOptions;

/**
 * Runs {@code cluster} in process on a generated pile ({@link SyntheticPile}: four articles per
 * event on average, 40 outlets, 90 days) and prints the wall time and the process's CPU time of the
 * clustering (reading the pile to the written corpus; making the pile is not counted; CPU time is the
 * steadier figure on a shared machine) and the peak heap. One size per JVM, so
 * that the peak belongs to that size. Run with {@code bench/cluster.sh}.
 *
 * <p>Arguments: {@code articles [workDir]}; the system property {@code common.share} tries another
 * {@link ClusterOptions#commonShare()}.
 */
public final class ClusterBenchmark {

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int articles = Integer.parseInt(args[0]);
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("parallax-cluster-bench");
        Path pile = work.resolve("pile-" + articles + ".jsonl");
        if (!Files.exists(pile)) {
            SyntheticPile.write(pile, articles, 40, 90, 20210719L);
        }
        Path corpus = work.resolve("corpus-" + articles + "-" + System.nanoTime());
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        ClusterOptions options = ClusterOptions.defaults();
        if (System.getProperty("common.share") != null) {
            options = options.withCommonShare(Double.parseDouble(System.getProperty("common.share")));
        }
        PileClusterer.Summary summary = new PileClusterer(PipelineOptions.defaults(), options)
                .cluster(pile, corpus, line -> System.err.println("  " + line));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "articles=%d events=%d candidate-pairs=%d wall=%.1f cpu=%.1f "
                + "cpu-ms/article=%.2f peak-heap=%d MB%n", summary.articles(), summary.events(), summary.candidatePairs(),
                seconds, cpu, cpu * 1e3 / summary.articles(), peak >> 20);
    }
}
