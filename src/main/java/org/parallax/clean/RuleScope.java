package org.parallax.clean;

import java.util.Arrays;

/** What a boilerplate rule removes when its pattern matches. */
public enum RuleScope {
    /** The whole block, when the pattern matches the whole (trimmed) block text. */
    BLOCK("block"),
    /** Each span of a block that the pattern finds; the rest of the block stays. */
    SPAN("span"),
    /**
     * The whole block, as for {@link #BLOCK}, and then every following block that the rule's second
     * pattern matches in full: a heading with its listing lines (job ads, teaser lists).
     */
    BLOCK_AND_FOLLOWING("block+following");

    private final String token;

    RuleScope(String token) {
        this.token = token;
    }

    /** The word that names this scope in a rule file. */
    public String token() {
        return token;
    }

    /** The scope named {@code token} in a rule file, or null when there is none. */
    public static RuleScope fromToken(String token) {
        return Arrays.stream(values()).filter(s -> s.token.equals(token)).findFirst().orElse(null);
    }
}
