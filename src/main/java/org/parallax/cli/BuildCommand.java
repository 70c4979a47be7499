package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import org.parallax.site.BuildProgress;
import org.parallax.pipeline.ReportService;
import org.parallax.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code build CORPUS -o SITE}: a static site with one report per event folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds a static site: one report per event folder of CORPUS, plus an index page.")
public final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CORPUS", description = "Folder of event folders, each holding the articles of one event.")
    Path corpus;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "SITE", description = "Output folder; replaced only when the build succeeds.")
    Path site;

    @Option(names = "--base-url", paramLabel = "URL", description = "Address the site will be served from: adds canonical links and sitemap.xml.")
    String baseUrl;

    @Mixin
    TemplatesMixin templates;

    @Option(names = "--threads", paramLabel = "N", description = "Events built at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    PipelineMixin pipeline;

    @Mixin
    VerboseMixin verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (baseUrl != null && !baseUrl.isBlank() && !baseUrl.matches("(?i)https?://[^\\s<>\"]+")) {
            throw new IllegalArgumentException("--base-url must be an http or https address: " + baseUrl);
        }
        PrintWriter err = spec.commandLine().getErr();
        ReportService reports = new ReportService(pipeline.options(), templates.renderer(), warning -> {
            synchronized (err) {
                err.println("parallax: warning: " + warning);
            }
        });
        SiteBuilder builder = new SiteBuilder(reports, threads);
        boolean terminal = System.console() != null;
        BuildProgress progress = (slug, done, total) -> {
            if (terminal) {
                int width = 30;
                int filled = done * width / total;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " events");
                if (done == total) {
                    err.println();
                }
            } else {
                err.println("built " + done + "/" + total + ": " + slug);
            }
            err.flush();
        };
        List<SiteBuilder.EventEntry> entries;
        try (reports) {
            entries = builder.build(corpus, site, baseUrl, progress);
        }
        spec.commandLine().getOut().println("site with " + entries.size() + " events written to " + site);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
