package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.model.UnitKind;
import org.parallax.model.Comparison;
import org.parallax.pipeline.ReportService;
import org.parallax.pipeline.ReportService.ReportFiles;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare FILE FILE [FILE...]}: one report on how the articles differ. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares two or more articles on one event; the first file is the pivot.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Article files (.txt, .md, .html, .htm).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT.html", description = "Write the HTML report here.")
    Path html;

    @Option(names = "--json", paramLabel = "REPORT.json", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--csv", paramLabel = "CLAIMS.csv", description = "Write the claim table as CSV here: one row per claim and outlet.")
    Path csv;

    @Mixin
    TemplatesMixin templates;

    @Option(names = "--title", description = "Title of the report (default: the pivot's title).")
    String title;

    @Mixin
    PipelineMixin pipeline;

    @Mixin
    VerboseMixin verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InputFiles.requireDistinct(files);
        InputFiles.requireNotInput(html, files);
        InputFiles.requireNotInput(json, files);
        InputFiles.requireNotInput(csv, files);
        InputFiles.requireDistinctOutputs(html, json, csv);
        PrintWriter err = spec.commandLine().getErr();
        try (ReportService service = new ReportService(pipeline.options(), html == null ? null : templates.renderer(),
                warning -> err.println("parallax: warning: " + warning))) {
            // the template engine warms up on one core while the articles are read on the others
            service.warmUp();
            Comparison comparison = service.compare(title, files);
            service.write(comparison, ReportFiles.standalone(html, json, csv));
            // with a report sent to standard output, the summary goes to standard error so the data stays clean
            boolean dataOnStdout = java.util.stream.Stream.of(html, json, csv).anyMatch(InputFiles::isStandardOutput);
            printSummary(comparison, dataOnStdout ? err : spec.commandLine().getOut());
            return 0;
        }
    }

    private static void printSummary(Comparison comparison, PrintWriter out) {
        for (PairComparison pair : comparison.pivotPairs()) {
            String left = comparison.article(pair.left()).orElseThrow().metadata().outlet();
            String right = comparison.article(pair.right()).orElseThrow().metadata().outlet();
            int[] kinds = new int[UnitKind.values().length];
            int moved = 0;
            int framing = 0;
            for (UnitComparison u : pair.units()) {
                kinds[u.unit().kind().ordinal()]++;
                moved += u.unit().moved() ? 1 : 0;
                framing += u.framing().size();
            }
            out.printf(java.util.Locale.ROOT,
                    "%s / %s: %.0f%% similar; %d identical, %d modified, %d only left, %d only right, %d moved; %d framing differences%n",
                    left, right, pair.similarity() * 100, kinds[UnitKind.IDENTICAL.ordinal()],
                    kinds[UnitKind.MODIFIED.ordinal()], kinds[UnitKind.LEFT_ONLY.ordinal()],
                    kinds[UnitKind.RIGHT_ONLY.ordinal()], moved, framing);
        }
        out.flush();
    }
}
