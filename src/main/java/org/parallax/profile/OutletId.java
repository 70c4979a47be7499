package org.parallax.profile;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who an outlet is across events. Outlet names are compared by their key: lower case, accents and
 * other marks dropped, ß read as ss, every run of characters that are neither letters nor digits read as one
 * space, trimmed; so "Der Standard", "der standard" and "Der  Standard." are one outlet. The slug is
 * the key's ASCII letters and digits joined by '-', safe as a folder and URL segment; when the key
 * holds letters outside ASCII ("BBC 中文") or has no ASCII at all, eight hex digits of the key's
 * SHA-256 are added, so that keys that share their ASCII part keep apart. Immutable.
 *
 * @param key  the comparison form of the name; never empty
 * @param slug folder name of the outlet's page under {@code outlets/}
 */
public record OutletId(String key, String slug) implements Serializable {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_SLUG = 60;

    public OutletId {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(slug, "slug");
    }

    /** The id of the outlet called {@code name}; a name without letters or digits has the key "outlet". */
    public static OutletId of(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String key = NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT).replace("ß", "ss")).replaceAll(" ").strip();
        if (key.isEmpty()) {
            key = "outlet";
        }
        String ascii = NOT_ASCII_WORD.matcher(key).replaceAll("-").replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_SLUG) {
            ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        boolean whole = ascii.replace('-', ' ').equals(key);
        String slug = whole ? ascii : (ascii.isEmpty() ? "" : ascii + "-") + hash(key);
        return new OutletId(key, slug);
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the Java runtime", e);
        }
    }
}
