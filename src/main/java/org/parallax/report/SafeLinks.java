package org.parallax.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Decides which links taken from articles may appear in a report: {@code http} and {@code https} only. */
public final class SafeLinks {

    private SafeLinks() {
    }

    /** {@code url} when it is a well-formed http or https address, else the empty string. */
    public static String httpOrEmpty(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return "";
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? trimmed : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
