package org.parallax.model;


import java.util.Objects;

/**
 * A piece of a page or file that is not part of the article, with the rule that removed it. Every
 * removal is recorded so that nothing disappears silently.
 *
 * @param text the removed text, as it stood in the input
 * @param rule the id of the rule that removed it (for example {@code job-ads}, {@code html-nav})
 */
public record Removal(String text, String rule) {
    public Removal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
    }
}
