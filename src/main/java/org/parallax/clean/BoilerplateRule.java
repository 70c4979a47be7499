package org.parallax.clean;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One boilerplate rule. Immutable.
 *
 * @param id      the rule id recorded with every removal ({@code job-ads}, {@code photo-credit}, ...)
 * @param scope   what a match removes
 * @param pattern matched against the whole block ({@link RuleScope#BLOCK}, {@link RuleScope#BLOCK_AND_FOLLOWING})
 *                or searched inside it ({@link RuleScope#SPAN})
 * @param follow  for {@link RuleScope#BLOCK_AND_FOLLOWING}, the pattern the following blocks must match
 *                in full to be removed too; null for the other scopes
 * @param origin  where the rule was defined ("rules-de.txt:12"), for messages
 */
public record BoilerplateRule(String id, RuleScope scope, Pattern pattern, Pattern follow, String origin) {
    /** Rule ids are lower-case words joined by hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public BoilerplateRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(origin, "origin");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' is not lower-case words joined by hyphens");
        }
        if ((scope == RuleScope.BLOCK_AND_FOLLOWING) != (follow != null)) {
            throw new IllegalArgumentException("a follow pattern is needed by, and only by, scope "
                    + RuleScope.BLOCK_AND_FOLLOWING.token());
        }
    }

    /** Whether this rule removes the whole of a block with {@code text} (already trimmed). */
    public boolean matchesBlock(String text) {
        return scope != RuleScope.SPAN && pattern.matcher(text).matches();
    }

    /** Whether a block with {@code text} (trimmed) following a match of this rule is removed with it. */
    public boolean matchesFollowing(String text) {
        return follow != null && follow.matcher(text).matches();
    }
}
