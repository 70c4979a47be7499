package org.parallax.clean;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads boilerplate rule files. The format, UTF-8, one rule a line:
 * <pre>
 * # comment
 * rule-id &lt;TAB&gt; scope &lt;TAB&gt; regex [&lt;TAB&gt; follow-regex]
 * </pre>
 * Blank lines and lines starting with {@code #} are ignored; fields are separated by one or more tabs
 * (write {@code \t} for a tab inside a pattern). The scope is {@code block} (the regex must match the
 * whole trimmed block), {@code span} (every match inside a block is cut out) or {@code block+following}
 * (as {@code block}, and the following blocks matching the follow-regex in full go too; the follow-regex
 * is required for this scope and not allowed for the others). Patterns are Java regular expressions
 * compiled with {@link Pattern#UNICODE_CHARACTER_CLASS}; use {@code (?i)} for case-insensitive
 * matching. Several lines may share one rule id. Stateless.
 */
public final class RuleFile {
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\t+");

    private RuleFile() {
    }

    /**
     * Reads the rules in {@code file}.
     *
     * @throws RuleFileException when the file cannot be read or a line is malformed (one line, naming
     *                           the file and the line number)
     */
    public static List<BoilerplateRule> read(Path file) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new RuleFileException(file + ": no such rules file", e);
        } catch (CharacterCodingException e) {
            throw new RuleFileException(file + ": not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new RuleFileException(file + ": cannot read rules file: " + e.getMessage(), e);
        }
        return parse(file.toString(), content);
    }

    /**
     * Parses rules from {@code content}.
     *
     * @param name the file name used in origins and messages
     * @throws RuleFileException for a malformed line
     */
    public static List<BoilerplateRule> parse(String name, String content) {
        List<BoilerplateRule> rules = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String origin = name + ":" + (i + 1);
            String[] fields = FIELD_SEPARATOR.split(line.strip(), -1);
            if (fields.length < 3 || fields.length > 4) {
                throw new RuleFileException(origin + ": expected 3 or 4 tab-separated fields "
                        + "(rule-id, scope, regex[, follow-regex]), found " + fields.length);
            }
            String id = fields[0].strip();
            if (!BoilerplateRule.ID.matcher(id).matches()) {
                throw new RuleFileException(origin + ": rule id '" + id
                        + "' must be lower-case letters and digits joined by hyphens");
            }
            RuleScope scope = RuleScope.fromToken(fields[1].strip());
            if (scope == null) {
                throw new RuleFileException(origin + ": unknown scope '" + fields[1].strip()
                        + "'; expected block, span or block+following");
            }
            boolean needsFollow = scope == RuleScope.BLOCK_AND_FOLLOWING;
            if (needsFollow != (fields.length == 4)) {
                throw new RuleFileException(origin + (needsFollow
                        ? ": scope block+following needs a fourth field, the follow-regex"
                        : ": only scope block+following takes a fourth field"));
            }
            Pattern pattern = compile(origin, fields[2]);
            Pattern follow = needsFollow ? compile(origin, fields[3]) : null;
            if (scope == RuleScope.SPAN && pattern.matcher("").matches()) {
                throw new RuleFileException(origin + ": a span pattern must not match empty text");
            }
            rules.add(new BoilerplateRule(id, scope, pattern, follow, origin));
        }
        return List.copyOf(rules);
    }

    private static Pattern compile(String origin, String regex) {
        try {
            return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new RuleFileException(origin + ": invalid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex(), e);
        }
    }
}
