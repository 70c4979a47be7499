package org.parallax.cli;

import java.io.UncheckedIOException;
import org.parallax.ingest.ArticleReadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: one subcommand per job. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "Parallax 0.1.0",
        description = "Shows how different outlets report the same event.",
        subcommands = {CompareCommand.class, BuildCommand.class, InspectCommand.class, AlignCommand.class,
            ClusterCommand.class})
public final class Parallax implements Runnable {

    /** Exit code for input Parallax cannot work with, or output it cannot write. */
    static final int EXIT_BAD_INPUT = 1;

    /** Exit code of a {@code build} that made the site but could not build some of its events. */
    static final int EXIT_EVENTS_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, as {@code main} runs it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Parallax());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("parallax: " + oneLine(e));
            if (verbose(parseResult)) {
                e.printStackTrace(commandLine.getErr());
            }
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    private static boolean verbose(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage();
        if (e instanceof UncheckedIOException && e.getCause() != null && message == null) {
            message = e.getCause().getMessage();
        }
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        boolean expected = e instanceof ArticleReadException || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException;
        String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
        return expected ? line : "internal error: " + line + " (run with --verbose for details)";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
