package org.parallax.segment;

/** Character classes of sentence punctuation: terminal marks, opening and closing quotes and brackets. */
final class SentenceChars {

    private static final String TERMINAL = ".!?…‽";
    private static final String CLOSING = "\"'“”’«»›‹)]}";
    private static final String OPENING = "\"'„“‚‘«»‹›([{¿¡";
    private static final String CONTINUING = ",;:-–—„‚([{/&+=";
    private static final String QUOTES = "\"'„“”‚‘’«»‹›";

    private SentenceChars() {
    }

    static boolean isTerminal(char c) {
        return TERMINAL.indexOf(c) >= 0;
    }

    static boolean isClosing(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    static boolean isOpening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    /** Punctuation after which a line is sure to go on: commas, colons, dashes, opening marks. */
    static boolean isContinuing(char c) {
        return CONTINUING.indexOf(c) >= 0;
    }

    static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }
}
