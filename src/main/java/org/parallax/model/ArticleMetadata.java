package org.parallax.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What is known about an article besides its text. Immutable.
 *
 * @param outlet    the publishing outlet; never null (falls back to the file name)
 * @param title     the headline, or empty when none is known
 * @param url       the article's address, or empty
 * @param language  the language as the file states it; {@link Language#UNDETERMINED} until detected
 * @param published publication date as written in the source (ISO date preferred), or empty
 * @param source    the file the article was read from, as given by the user
 * @param extra     every other front-matter or page metadata key, sorted by key
 */
public record ArticleMetadata(
        String outlet, String title, String url, Language language, String published, String source,
        Map<String, String> extra) {

    public ArticleMetadata {
        Objects.requireNonNull(outlet, "outlet");
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        language = language == null ? Language.UNDETERMINED : language;
        published = published == null ? "" : published;
        source = source == null ? "" : source;
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(extra));
    }

    /** A copy with the language replaced (used once the language has been detected). */
    public ArticleMetadata withLanguage(Language newLanguage) {
        return new ArticleMetadata(outlet, title, url, newLanguage, published, source, extra);
    }
}
