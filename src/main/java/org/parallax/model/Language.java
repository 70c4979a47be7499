package org.parallax.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language of an article, read once from its BCP 47 tag ("de", "de-AT", "de_CH", "EN-gb"):
 * the language subtag and, when the tag has one, the region. Every stage decides by {@link #code()};
 * the region is kept for what it says about the outlet. Immutable.
 *
 * @param code   ISO 639 language code, lower case ("de"), or empty when the language is not known yet
 * @param region ISO 3166 region, upper case ("AT"), a UN M.49 number ("419"), or empty
 */
public record Language(String code, String region) {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}|[0-9]{3}");
    private static final Pattern SCRIPT = Pattern.compile("[A-Za-z]{4}");

    public static final Language GERMAN = new Language("de", "");
    public static final Language ENGLISH = new Language("en", "");
    /** No language stated: the pipeline detects it. */
    public static final Language UNDETERMINED = new Language("", "");

    public Language {
        if (code == null || !(code.isEmpty() || CODE.matcher(code).matches())) {
            throw new IllegalArgumentException("not an ISO 639 language code: " + code);
        }
        if (region == null || !(region.isEmpty() || REGION.matcher(region).matches())) {
            throw new IllegalArgumentException("not a region code: " + region);
        }
        if (code.isEmpty() && !region.isEmpty()) {
            throw new IllegalArgumentException("a region needs a language: " + region);
        }
    }

    /**
     * The language of a BCP 47 tag, in any case, with '-' or '_' between subtags; a script subtag
     * ("de-Latn-AT") is skipped, variants and extensions are ignored. A blank tag is
     * {@link #UNDETERMINED}, as is "und".
     *
     * @return empty when {@code tag} is not a language tag ("German", "de--AT", "x1")
     */
    public static Optional<Language> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.of(UNDETERMINED);
        }
        String[] subtags = tag.strip().replace('_', '-').split("-", -1);
        String code = subtags[0].toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        if (code.equals("und")) {
            return Optional.of(UNDETERMINED);
        }
        String region = "";
        for (int i = 1; i < subtags.length; i++) {
            String s = subtags[i];
            if (s.isEmpty()) {
                return Optional.empty();
            }
            if (i == 1 && SCRIPT.matcher(s).matches()) {
                continue;
            }
            String upper = s.toUpperCase(Locale.ROOT);
            if (region.isEmpty() && i <= 2 && REGION.matcher(upper).matches()) {
                region = upper;
            }
            break;
        }
        return Optional.of(new Language(code, region));
    }

    /**
     * The language of {@code tag}, for settings given by a user or a program.
     *
     * @throws IllegalArgumentException when {@code tag} is not a language tag
     */
    public static Language of(String tag) {
        return parse(tag).orElseThrow(() -> new IllegalArgumentException("not a language tag: '" + tag + "'"));
    }

    public boolean isGerman() {
        return code.equals("de");
    }

    public boolean isEnglish() {
        return code.equals("en");
    }

    /** False for {@link #UNDETERMINED}. */
    public boolean isDetermined() {
        return !code.isEmpty();
    }

    /** The language without its region: "de" for de-AT. */
    public Language withoutRegion() {
        return region.isEmpty() ? this : new Language(code, "");
    }

    /** The tag: "de", "de-AT", or empty. */
    public String tag() {
        return region.isEmpty() ? code : code + "-" + region;
    }

    @Override
    public String toString() {
        return tag();
    }
}
