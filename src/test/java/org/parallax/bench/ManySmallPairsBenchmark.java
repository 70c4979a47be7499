package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parallax.align.Alignment;
import org.parallax.align.PreparedSentences;
import org.parallax.align.SentenceAligner;
import org.parallax.align.SentenceAligners;

/**
 * Times the German aligner on the workload of a site build: many events of four short articles
 * (about 30 sentences each; the other three are rewrites of the first, fixed seeds), every pair of
 * an event aligned, one thread: once with {@code align(List, List)} for every pair, once with each
 * article prepared once and its prepared form reused in its three pairs, as the site builder does.
 * Reports for each the median CPU time per event over several passes after a warm-up (thread CPU
 * time, since wall time is noisy on a shared machine) and a checksum of all alignments, which must
 * not change when the aligner only gets faster and must be the same for both ways.
 * Usage: {@code [EVENTS [PASSES]]}, defaults 200 and 5.
 */
public final class ManySmallPairsBenchmark {

    private static final int ARTICLES = 4;
    private static final int SENTENCES = 30;

    private ManySmallPairsBenchmark() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<List<List<String>>> corpus = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            List<List<String>> pivot = SyntheticArticles.article(7_000L + e, SENTENCES);
            List<List<String>> event = new ArrayList<>();
            event.add(SyntheticArticles.flatten(pivot));
            for (int k = 1; k < ARTICLES; k++) {
                event.add(SyntheticArticles.flatten(SyntheticArticles.rewrite(pivot, 100L * e + k)));
            }
            corpus.add(event);
        }
        SentenceAligner aligner = SentenceAligners.forLanguage("de");
        long plain = time("align(List, List)", events, passes, () -> pass(aligner, corpus));
        long prepared = time("prepared once", events, passes, () -> preparedPass(aligner, corpus));
        if (plain != prepared) {
            throw new IllegalStateException("prepared sentences align differently");
        }
    }

    private static long time(String label, int events, int passes, java.util.function.LongSupplier pass) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        for (int warm = 0; warm < 2; warm++) {
            checksum = pass.getAsLong();
        }
        double[] perEvent = new double[passes];
        for (int p = 0; p < passes; p++) {
            long start = threads.getCurrentThreadCpuTime();
            long sum = pass.getAsLong();
            perEvent[p] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / events;
            if (sum != checksum) {
                throw new IllegalStateException("alignment changed between passes");
            }
        }
        double[] sorted = perEvent.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-18s %d events x %d articles x ~%d sentences, %d pairs each: median %.3f ms CPU"
                        + " per event (min %.3f, max %.3f over %d passes); checksum %016x%n",
                label, events, ARTICLES, SENTENCES, ARTICLES * (ARTICLES - 1) / 2, sorted[passes / 2], sorted[0],
                sorted[passes - 1], passes, checksum);
        return checksum;
    }

    /** Aligns every pair of every event, each article prepared once; the same checksum as {@link #pass}. */
    static long preparedPass(SentenceAligner aligner, List<List<List<String>>> corpus) {
        long checksum = 17;
        for (List<List<String>> event : corpus) {
            List<PreparedSentences> prepared = new ArrayList<>();
            for (List<String> article : event) {
                prepared.add(aligner.prepare(article));
            }
            for (int i = 0; i < event.size(); i++) {
                for (int j = i + 1; j < event.size(); j++) {
                    Alignment a = aligner.align(prepared.get(i), prepared.get(j));
                    checksum = checksum * 31 + a.toString().hashCode();
                }
            }
        }
        return checksum;
    }

    /** Aligns every pair of every event; returns a checksum of the alignments. */
    static long pass(SentenceAligner aligner, List<List<List<String>>> corpus) {
        long checksum = 17;
        for (List<List<String>> event : corpus) {
            for (int i = 0; i < event.size(); i++) {
                for (int j = i + 1; j < event.size(); j++) {
                    Alignment a = aligner.align(event.get(i), event.get(j));
                    checksum = checksum * 31 + a.toString().hashCode();
                }
            }
        }
        return checksum;
    }
}
