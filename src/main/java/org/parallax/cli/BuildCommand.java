package org.parallax.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import org.parallax.site.FailedEvent;
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

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "SITE", description = "Output folder; replaced whole at the end of the build.")
    Path site;

    @Option(names = "--base-url", paramLabel = "URL", description = "Address the site will be served from: adds canonical links and sitemap.xml.")
    String baseUrl;

    @Mixin
    TemplatesMixin templates;

    @Option(names = "--strict", description = "All or nothing: the first event that fails stops the build (exit 1) and SITE stays as it was."
            + " Without it, failed events are listed on the index page and in SITE/build-errors.txt, the others are built, and the exit code is 3.")
    boolean strict;

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
        SiteBuilder.base(baseUrl); // a bad address is refused before any work
        PrintWriter err = spec.commandLine().getErr();
        ReportService reports = new ReportService(pipeline.options(), templates.renderer(), warning -> {
            synchronized (err) {
                err.println("parallax: warning: " + warning);
            }
        });
        SiteBuilder builder = new SiteBuilder(reports, threads);
        SiteBuilder.SiteResult result;
        try (reports; ProgressDisplay progress = ProgressDisplay.forStandardError(System.err, err)) {
            result = builder.build(corpus, site, baseUrl, progress, strict);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("site with " + result.events().size() + " events written to " + site);
        out.flush();
        if (!result.failed().isEmpty()) {
            for (FailedEvent f : result.failed()) {
                err.println("parallax: event " + f.slug() + " failed: " + f.error());
            }
            err.println("parallax: " + result.failed().size() + " of " + (result.failed().size() + result.events().size())
                    + " events failed; listed in " + site.resolve(SiteBuilder.ERRORS_FILE));
            err.flush();
            return Parallax.EXIT_EVENTS_FAILED;
        }
        return 0;
    }
}
