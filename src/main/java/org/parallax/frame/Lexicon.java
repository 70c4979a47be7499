package org.parallax.frame;

import org.parallax.model.MarkerType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The framing rules of one language, read from a lexicon file (format documented in
 * {@code lexicon-de.txt}). Immutable and thread-safe.
 */
final class Lexicon {
    private static final Pattern MACRO = Pattern.compile("\\{\\{([A-Za-z_][A-Za-z0-9_]*)}}");
    private static final Pattern DEFINE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String REGEX_PREFIX = "re:";
    private static final String THIRD_PERSON = "third-person";

    private final List<LexiconRule> rules;
    private final List<SourceAlias> aliases;
    private final List<Pattern> claimCues;
    private final Map<String, String> defines;

    private Lexicon(List<LexiconRule> rules, List<SourceAlias> aliases, List<Pattern> claimCues,
            Map<String, String> defines) {
        this.rules = List.copyOf(rules);
        this.aliases = List.copyOf(aliases);
        this.claimCues = List.copyOf(claimCues);
        this.defines = Map.copyOf(defines);
    }

    /** The lexicon shipped for {@code language} ("de" or "en"). */
    static Lexicon builtIn(String language) {
        String name = "lexicon-" + language + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no framing lexicon for language '" + language + "'");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return empty().extend(name, text.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static Lexicon empty() {
        return new Lexicon(List.of(), List.of(), List.of(), Map.of());
    }

    /** This lexicon extended by the rules of a user's file; its DEFINE names may be used there. */
    Lexicon extend(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read lexicon " + file + ": " + e.getMessage(), e);
        }
        return extend(file.toString(), lines);
    }

    /** This lexicon extended by {@code lines}; {@code name} appears in error messages. */
    Lexicon extend(String name, List<String> lines) {
        List<LexiconRule> newRules = new ArrayList<>(rules);
        List<SourceAlias> newAliases = new ArrayList<>(aliases);
        List<Pattern> newCues = new ArrayList<>(claimCues);
        Map<String, String> newDefines = new HashMap<>(defines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String origin = name + ":" + (i + 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 3 || fields.length > 4) {
                throw malformed(origin, "expected type<TAB>detail<TAB>phrase[<TAB>flags], found "
                        + fields.length + " field(s)");
            }
            String type = fields[0].strip().toUpperCase(Locale.ROOT).replace('-', '_');
            String detail = fields[1].strip();
            String phrase = fields[2].strip();
            String flags = fields.length == 4 ? fields[3].strip() : "";
            if (phrase.isEmpty()) {
                throw malformed(origin, "empty phrase");
            }
            if (!flags.isEmpty() && !flags.equals(THIRD_PERSON)) {
                throw malformed(origin, "unknown flag '" + flags + "'");
            }
            switch (type) {
                case "DEFINE" -> {
                    if (!DEFINE_NAME.matcher(detail).matches()) {
                        throw malformed(origin, "DEFINE needs a name in the detail field, found '" + detail + "'");
                    }
                    String regex = expand(stripPrefix(phrase), newDefines, origin);
                    compile(regex, origin);
                    newDefines.put(detail, regex);
                }
                case "SOURCE" -> newAliases.add(new SourceAlias(requireDetail(detail, origin),
                        compilePhraseOrRegex(phrase, newDefines, origin)));
                case "CLAIM" -> newCues.add(compilePhraseOrRegex(phrase, newDefines, origin));
                default -> {
                    MarkerType markerType = markerType(type, origin);
                    String canonical = "-".equals(detail) ? "" : detail;
                    Pattern pattern = compilePhraseOrRegex(phrase, newDefines, origin);
                    List<String> anyOf = phrase.startsWith(REGEX_PREFIX) ? RequiredWords.of(pattern.pattern())
                            : RequiredWords.ofPhrase(phrase);
                    newRules.add(new LexiconRule(markerType, canonical, pattern, !flags.isEmpty(), origin, anyOf));
                }
            }
        }
        return new Lexicon(newRules, newAliases, newCues, newDefines);
    }

    List<LexiconRule> rules() {
        return rules;
    }

    List<SourceAlias> aliases() {
        return aliases;
    }

    List<Pattern> claimCues() {
        return claimCues;
    }

    /** Compiles a lexicon phrase: words at word boundaries, case-insensitive, a trailing * per word. */
    static Pattern compilePhrase(String phrase) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = phrase.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                regex.append("\\s+");
            }
            boolean open = word.endsWith("*") && word.length() > 1;
            regex.append(Pattern.quote(open ? word.substring(0, word.length() - 1) : word));
            if (open) {
                regex.append("[\\p{L}\\p{N}]*");
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static Pattern compilePhraseOrRegex(String phrase, Map<String, String> defines, String origin) {
        if (phrase.startsWith(REGEX_PREFIX)) {
            return compile(expand(stripPrefix(phrase), defines, origin), origin);
        }
        return compilePhrase(phrase);
    }

    private static String stripPrefix(String phrase) {
        return phrase.startsWith(REGEX_PREFIX) ? phrase.substring(REGEX_PREFIX.length()) : phrase;
    }

    private static String expand(String regex, Map<String, String> defines, String origin) {
        Matcher m = MACRO.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = defines.get(m.group(1));
            if (body == null) {
                throw malformed(origin, "undefined name {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Pattern compile(String regex, String origin) {
        try {
            return Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw malformed(origin, "bad regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    private static MarkerType markerType(String type, String origin) {
        MarkerType markerType = Arrays.stream(MarkerType.values()).filter(t -> t.name().equals(type))
                .findFirst().orElseThrow(() -> malformed(origin, "unknown type '" + type + "'"));
        if (markerType == MarkerType.UNATTRIBUTED) {
            throw malformed(origin, "UNATTRIBUTED is derived, not listed");
        }
        return markerType;
    }

    private static String requireDetail(String detail, String origin) {
        if (detail.isEmpty() || "-".equals(detail)) {
            throw malformed(origin, "SOURCE needs a canonical name in the detail field");
        }
        return detail;
    }

    private static IllegalArgumentException malformed(String origin, String why) {
        return new IllegalArgumentException(origin + ": " + why);
    }
}
