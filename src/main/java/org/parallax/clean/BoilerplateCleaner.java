package org.parallax.clean;

import org.parallax.model.Language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.TextBlock;
import org.parallax.ingest.RawArticle;
import org.parallax.model.Removal;

/**
 * Removes boilerplate from an article's blocks by rules (see {@link RuleFile} for the format). The
 * bundled rules live in {@code org/parallax/clean/rules-common.txt} and {@code rules-<lang>.txt}.
 *
 * <p>For each block, in order: a block following a {@code block+following} match that matches the
 * rule's follow-pattern goes with it; otherwise the first whole-block rule that matches removes the
 * block; otherwise every span rule cuts its matches out of the block. A block left without any letter
 * or digit is removed too (what was left of it is recorded under the last span rule), and a block
 * that a whole-block rule matches once its spans are cut is removed as well. Every removal is recorded
 * with its rule id. Whole-block rules match the entire block text, so they never take a sentence out of
 * a paragraph. Photo captions go under the rule {@code caption} (see {@link CaptionFinder}): a block
 * that ends with a photo credit and is short enough to be a caption, and a short line just before or
 * after a photo credit line of its own.
 *
 * <p>Immutable and thread-safe; {@link #withRules(Path)} returns a new cleaner.
 */
public final class BoilerplateCleaner {
    /** Languages with a bundled rule file. */
    public static final List<String> BUNDLED_LANGUAGES = List.of("de", "en");

    private static final String RESOURCE_DIR = "/org/parallax/clean/";
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private final List<BoilerplateRule> rules;

    private BoilerplateCleaner(List<BoilerplateRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The bundled rules for {@code language} (ISO 639-1): the common rules and the language's own. For an
     * empty or unbundled language, the common rules and those of every bundled language.
     */
    public static BoilerplateCleaner forLanguage(String language) {
        return forLanguage(Language.of(language));
    }

    /**
     * The bundled rules for {@code language}, whatever its region: the common rules and the
     * language's own. For an undetermined or unbundled language, the common rules and those of every
     * bundled language.
     */
    public static BoilerplateCleaner forLanguage(Language language) {
        String lang = language.code();
        List<BoilerplateRule> rules = new ArrayList<>(bundled("common"));
        if (BUNDLED_LANGUAGES.contains(lang)) {
            rules.addAll(bundled(lang));
        } else {
            for (String bundledLanguage : BUNDLED_LANGUAGES) {
                rules.addAll(bundled(bundledLanguage));
            }
        }
        return new BoilerplateCleaner(rules);
    }

    /** A cleaner with exactly {@code rules}. */
    public static BoilerplateCleaner of(List<BoilerplateRule> rules) {
        return new BoilerplateCleaner(rules);
    }

    /**
     * This cleaner plus the rules in {@code file}, which run after this cleaner's rules.
     *
     * @throws RuleFileException when the file cannot be read or is malformed
     */
    public BoilerplateCleaner withRules(Path file) {
        return withRules(RuleFile.read(file));
    }

    /** This cleaner plus {@code more} rules, which run after this cleaner's rules. */
    public BoilerplateCleaner withRules(List<BoilerplateRule> more) {
        List<BoilerplateRule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new BoilerplateCleaner(all);
    }

    /** The rules, in the order they are tried. */
    public List<BoilerplateRule> rules() {
        return rules;
    }

    /** Cleans {@code raw}; the reader's removals come first in the result. */
    public CleanedArticle clean(RawArticle raw) {
        Objects.requireNonNull(raw, "raw");
        List<TextBlock> blocks = raw.blocks();
        int n = blocks.size();
        // per input block: what was removed of it, what is left of it (null: nothing), and whether it
        // is a photo credit line of its own
        List<List<Removal>> removedAt = new ArrayList<>(n);
        TextBlock[] keptAt = new TextBlock[n];
        boolean[] creditLine = new boolean[n];
        BoilerplateRule following = null;
        for (int i = 0; i < n; i++) {
            TextBlock block = blocks.get(i);
            List<Removal> removed = new ArrayList<>();
            removedAt.add(removed);
            String text = block.text().strip();
            if (following != null && following.matchesFollowing(text)) {
                removed.add(new Removal(text, following.id()));
                continue;
            }
            following = null;
            BoilerplateRule rule = wholeBlockRule(text);
            if (rule != null) {
                removed.add(new Removal(text, rule.id()));
                following = rule.scope() == RuleScope.BLOCK_AND_FOLLOWING ? rule : null;
                creditLine[i] = rule.id().equals(CaptionFinder.CREDIT_RULE);
                continue;
            }
            TextBlock cut = cutSpans(block, removed);
            if (cut != null && CaptionFinder.endsWithCredit(text, removed) && CaptionFinder.isCaptionLike(cut.text())) {
                // "Der Westflügel des Weißen Hauses. (Foto: dpa)": the credit marks the rest as its caption
                removed.add(0, new Removal(cut.text(), CaptionFinder.CAPTION_RULE));
                cut = null;
            }
            keptAt[i] = cut;
        }
        new CaptionFinder().removeCaptionsBesideCredits(blocks, keptAt, creditLine, removedAt);
        List<Removal> removed = new ArrayList<>(raw.removed());
        List<TextBlock> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            removed.addAll(removedAt.get(i));
            if (keptAt[i] != null) {
                kept.add(keptAt[i]);
            }
        }
        return new CleanedArticle(raw.metadata(), kept, removed, raw.warnings());
    }

    private BoilerplateRule wholeBlockRule(String text) {
        for (BoilerplateRule rule : rules) {
            if (rule.matchesBlock(text)) {
                return rule;
            }
        }
        return null;
    }

    /** The block with every span match cut out, or null when nothing of it is left. */
    private TextBlock cutSpans(TextBlock block, List<Removal> removed) {
        String text = block.text();
        BoilerplateRule lastSpan = null;
        for (BoilerplateRule rule : rules) {
            if (rule.scope() != RuleScope.SPAN) {
                continue;
            }
            String cut = cut(text, rule, removed);
            if (!cut.equals(text)) {
                lastSpan = rule;
                text = cut;
            }
        }
        if (lastSpan == null) {
            return block;
        }
        String rest = text.strip();
        if (!LETTER_OR_DIGIT.matcher(rest).find()) {
            if (!rest.isEmpty()) {
                removed.add(new Removal(rest, lastSpan.id()));
            }
            return null;
        }
        BoilerplateRule rule = wholeBlockRule(rest);
        if (rule != null) {
            removed.add(new Removal(rest, rule.id()));
            return null;
        }
        return new TextBlock(block.kind(), rest);
    }

    /** {@code text} without the matches of {@code rule}, each recorded; spacing around a cut is tidied. */
    static String cut(String text, BoilerplateRule rule, List<Removal> removed) {
        Matcher m = rule.pattern().matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            String match = m.group().strip();
            if (!match.isEmpty()) {
                removed.add(new Removal(match, rule.id()));
            }
            out.append(text, last, m.start());
            last = m.end();
            // a cut between two words leaves one space; before punctuation or at an edge, none
            boolean nextIsSpaceOrPunct = last >= text.length()
                    || Character.isWhitespace(text.charAt(last)) || ".,;:!?)".indexOf(text.charAt(last)) >= 0;
            if (nextIsSpaceOrPunct || out.length() == 0) {
                trimTrailingSpace(out);
                while (out.length() == 0 && last < text.length() && Character.isWhitespace(text.charAt(last))) {
                    last++;
                }
            } else if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                    && Character.isWhitespace(m.group().charAt(0))) {
                out.append(' ');
            }
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
    }

    private static List<BoilerplateRule> bundled(String name) {
        String file = "rules-" + name + ".txt";
        try (InputStream in = BoilerplateCleaner.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file " + file + " is missing from the class path");
            }
            return RuleFile.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled rule file " + file, e);
        }
    }
}
