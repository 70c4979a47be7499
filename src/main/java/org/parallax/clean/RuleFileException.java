package org.parallax.clean;

/** A rule file that cannot be read or parsed. The message is one line naming the file and the line. */
public class RuleFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleFileException(String message) {
        super(message);
    }

    public RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
