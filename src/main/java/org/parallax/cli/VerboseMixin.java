package org.parallax.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}: stack traces on errors (see {@link Parallax#commandLine()}), library log messages on
 * standard error.
 */
public final class VerboseMixin {

    @Option(names = "--verbose", description = "Show stack traces on errors and the libraries' log messages.")
    void setVerbose(boolean verbose) {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
    }
}
