/** The command line: picocli commands that parse arguments, call the library and report. */
package org.parallax.cli;
