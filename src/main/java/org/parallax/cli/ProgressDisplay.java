package org.parallax.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parallax.site.BuildProgress;

/**
 * Shows how far a build is. On a terminal a progress bar redrawn in place, with the rate and the
 * time left; elsewhere (a log file, a pipe) one plain line per event with the same figures. Close it
 * when the build ends. Called from worker threads, one call at a time.
 */
abstract class ProgressDisplay implements BuildProgress, AutoCloseable {

    /** A bar on {@code terminal} when it is one, else plain lines to {@code lines}. */
    static ProgressDisplay forStandardError(PrintStream terminal, PrintWriter lines) {
        return standardErrorIsTerminal() ? new Bar(terminal) : new Lines(lines, System::nanoTime);
    }

    @Override
    public void close() {
    }

    /**
     * Whether this process's standard error is a terminal. Java 17 only tells whether the console
     * (standard input and output) is; on Linux the descriptor's link tells it for standard error.
     */
    static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** The progress bar of a terminal. */
    private static final class Bar extends ProgressDisplay {
        private final PrintStream out;
        private ProgressBar bar;

        Bar(PrintStream out) {
            this.out = out;
        }

        @Override
        public void started(int total) {
            bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" events", 1).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(out)).build();
        }

        @Override
        public void eventBuilt(String slug, int done, int total) {
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public void eventFailed(String slug, String error, int done, int total) {
            if (bar != null) {
                bar.setExtraMessage(" " + slug + " failed");
                bar.stepTo(done);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** One plain line per event: count, rate, time left, and the event. */
    static final class Lines extends ProgressDisplay {
        private final PrintWriter out;
        private final LongSupplier nanos;
        private long start;

        Lines(PrintWriter out, LongSupplier nanos) {
            this.out = out;
            this.nanos = nanos;
            this.start = nanos.getAsLong();
        }

        @Override
        public void started(int total) {
            start = nanos.getAsLong();
        }

        @Override
        public void eventBuilt(String slug, int done, int total) {
            print("built " + done + "/" + total + figures(done, total) + ": " + slug);
        }

        @Override
        public void eventFailed(String slug, String error, int done, int total) {
            print("failed " + done + "/" + total + figures(done, total) + ": " + slug + ": " + error);
        }

        private void print(String line) {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }

        /** " (2.5 events/s, 1 min 4 s left)"; the rate over the whole run so far. */
        String figures(int done, int total) {
            double seconds = Math.max(1e-9, (nanos.getAsLong() - start) / 1e9);
            double rate = done / seconds;
            long left = Math.round((total - done) / rate);
            return String.format(Locale.ROOT, " (%.1f events/s, %s left)", rate, duration(Duration.ofSeconds(left)));
        }

        static String duration(Duration d) {
            long s = d.getSeconds();
            if (s < 60) {
                return s + " s";
            }
            if (s < 3600) {
                return s / 60 + " min " + s % 60 + " s";
            }
            return s / 3600 + " h " + s % 3600 / 60 + " min";
        }
    }
}
