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
import java.util.Set;
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
    private static final String ACTOR_TABLE = "actors.txt";
    private static final String CLAIM_EVENT = "event";
    private static final Set<String> ALIAS_TYPES = Set.of("ACTOR", "SOURCE");

    private final List<LexiconRule> rules;
    private final List<SourceAlias> aliases;
    private final List<SourceAlias> actorAliases;
    private final List<ClaimCue> claimCues;
    private final List<Pattern> targetCues;
    private final Map<String, String> defines;

    private Lexicon(List<LexiconRule> rules, List<SourceAlias> aliases, List<SourceAlias> actorAliases,
            List<ClaimCue> claimCues, List<Pattern> targetCues, Map<String, String> defines) {
        this.rules = List.copyOf(rules);
        this.aliases = List.copyOf(aliases);
        this.actorAliases = List.copyOf(actorAliases);
        this.claimCues = List.copyOf(claimCues);
        this.targetCues = List.copyOf(targetCues);
        this.defines = Map.copyOf(defines);
    }

    /**
     * A cue that a sentence blames someone. A relation ("hinter", "responsible") blames the actor
     * nearest to it; an event noun ("Angriff", "hack") only an actor that stands as its agent: right
     * before it ("chinesische Hacker", "Chinese hackers") or after it behind "aus", "von", "by", "from".
     *
     * @param pattern the compiled phrase
     * @param event   true for an event noun, false for a relation
     */
    record ClaimCue(Pattern pattern, boolean event) {
    }

    /**
     * The lexicon shipped for {@code language} ("de" or "en"): the actor table {@code actors.txt},
     * shared by both languages, then the language's own {@code lexicon-LANG.txt}.
     */
    static Lexicon builtIn(String language) {
        String name = "lexicon-" + language + ".txt";
        if (Lexicon.class.getResource(name) == null) {
            throw new IllegalArgumentException("no framing lexicon for language '" + language + "'");
        }
        return empty().extend(ACTOR_TABLE, resourceLines(ACTOR_TABLE)).extend(name, resourceLines(name));
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static Lexicon empty() {
        return new Lexicon(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
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
        List<SourceAlias> newActorAliases = new ArrayList<>(actorAliases);
        List<ClaimCue> newCues = new ArrayList<>(claimCues);
        List<Pattern> newTargets = new ArrayList<>(targetCues);
        Map<String, String> newDefines = new HashMap<>(defines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String origin = name + ":" + (i + 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            String type = fields[0].strip().toUpperCase(Locale.ROOT).replace('-', '_');
            if (ALIAS_TYPES.contains(type) && fields.length >= 3) {
                // ACTOR and SOURCE lines may list several aliases of one canonical name
                String canonical = type.equals("SOURCE") ? requireDetail(fields[1].strip(), origin)
                        : "-".equals(fields[1].strip()) ? "" : fields[1].strip();
                for (int f = 2; f < fields.length; f++) {
                    String alias = fields[f].strip();
                    if (alias.isEmpty()) {
                        throw malformed(origin, "empty alias in field " + (f + 1));
                    }
                    Pattern pattern = compilePhraseOrRegex(alias, newDefines, origin);
                    if (type.equals("SOURCE")) {
                        newAliases.add(new SourceAlias(canonical, pattern));
                    } else {
                        if (!canonical.isEmpty()) {
                            newActorAliases.add(new SourceAlias(canonical, pattern));
                        }
                        newRules.add(new LexiconRule(MarkerType.ACTOR, canonical, pattern, false, origin,
                                requiredWords(alias, pattern)));
                    }
                }
                continue;
            }
            if (fields.length < 3 || fields.length > 4) {
                throw malformed(origin, "expected type<TAB>detail<TAB>phrase[<TAB>flags], found "
                        + fields.length + " field(s)");
            }
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
                case "CLAIM" -> {
                    if (!"-".equals(detail) && !CLAIM_EVENT.equals(detail)) {
                        throw malformed(origin, "CLAIM detail is '-' or '" + CLAIM_EVENT + "', found '" + detail + "'");
                    }
                    newCues.add(new ClaimCue(compilePhraseOrRegex(phrase, newDefines, origin), CLAIM_EVENT.equals(detail)));
                }
                case "TARGET" -> newTargets.add(compilePhraseOrRegex(phrase, newDefines, origin));
                default -> {
                    MarkerType markerType = markerType(type, origin);
                    String canonical = "-".equals(detail) ? "" : detail;
                    Pattern pattern = compilePhraseOrRegex(phrase, newDefines, origin);
                    newRules.add(new LexiconRule(markerType, canonical, pattern, !flags.isEmpty(), origin,
                            requiredWords(phrase, pattern)));
                }
            }
        }
        return new Lexicon(newRules, newAliases, newActorAliases, newCues, newTargets, newDefines);
    }

    private static List<String> requiredWords(String phrase, Pattern pattern) {
        return phrase.startsWith(REGEX_PREFIX) ? RequiredWords.of(pattern.pattern()) : RequiredWords.ofPhrase(phrase);
    }

    List<LexiconRule> rules() {
        return rules;
    }

    List<SourceAlias> aliases() {
        return aliases;
    }

    /** The aliases of the actors, in the order given: a source written as one is named by its actor. */
    List<SourceAlias> actorAliases() {
        return actorAliases;
    }

    List<ClaimCue> claimCues() {
        return claimCues;
    }

    /**
     * Words that make the actor after an event noun its target, not its agent: "auf" in "Angriff auf
     * Microsoft", "on" in "attack on Microsoft".
     */
    List<Pattern> targetCues() {
        return targetCues;
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
