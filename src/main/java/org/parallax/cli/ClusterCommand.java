package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.cluster.ClusterOptions;
import org.parallax.cluster.PileClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cluster INPUT -o CORPUS}: groups a pile of articles into events, as a corpus for {@code build}. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Groups a pile of articles (a folder of article files, JSON Lines or WARC files) into events,"
                + " written as a corpus folder that build reads.")
public final class ClusterCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", description = "A folder (any nesting) or one file: .txt, .md, .html, .htm, .jsonl, .ndjson, .warc, .warc.gz.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "CORPUS", description = "New corpus folder (must not exist, or be empty).")
    Path corpus;

    @Option(names = "--window-days", paramLabel = "N", description = "Articles more than N days apart are never one event (default: ${DEFAULT-VALUE}).")
    int windowDays = ClusterOptions.defaults().windowDays();

    @Option(names = "--min-similarity", paramLabel = "X", description = "Aligner similarity from which two articles are one event (default: ${DEFAULT-VALUE}).")
    double minSimilarity = ClusterOptions.defaults().minSimilarity();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    PipelineMixin pipeline;

    @Mixin
    VerboseMixin verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (windowDays < 0) {
            throw new IllegalArgumentException("--window-days must not be negative: " + windowDays);
        }
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("--min-similarity must lie between 0 and 1: " + minSimilarity);
        }
        PrintWriter err = spec.commandLine().getErr();
        ClusterOptions options = ClusterOptions.defaults().withWindowDays(windowDays).withMinSimilarity(minSimilarity)
                .withThreads(threads);
        PileClusterer.Summary summary = new PileClusterer(pipeline.options(), options).cluster(input, corpus, line -> {
            err.println("cluster: " + line);
            err.flush();
        });
        if (!summary.bad().isEmpty()) {
            err.println("parallax: " + summary.bad().size() + " records could not be read; listed in "
                    + corpus.resolve("pile-errors.txt"));
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary.events() + " events of " + summary.inEvents() + " articles; "
                + (summary.articles() - summary.inEvents()) + " of " + summary.articles()
                + " articles in no event; corpus written to " + corpus);
        out.flush();
        return 0;
    }
}
