package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command: one subcommand per job. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "Parallax 0.1.0",
        description = "Shows how different outlets report the same event.",
        subcommands = {AlignCommand.class})
public final class Parallax implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Parallax()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
