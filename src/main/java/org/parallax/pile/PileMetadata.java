package org.parallax.pile;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parallax.ingest.RawArticle;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.Language;

/** Metadata a pile gives beside an article's body, laid over what the body itself says. */
final class PileMetadata {

    private PileMetadata() {
    }

    /**
     * {@code raw} with the pile's fields put over its metadata: {@code outlet}, {@code title},
     * {@code url}, {@code published} and {@code language} when given and not blank, every other
     * field into the extra metadata. The source becomes {@code location}.
     */
    static RawArticle override(RawArticle raw, Map<String, String> fields, String location) {
        ArticleMetadata m = raw.metadata();
        List<String> warnings = new ArrayList<>(raw.warnings());
        Language language = m.language();
        String tag = fields.getOrDefault("language", "");
        if (!tag.isBlank()) {
            Optional<Language> parsed = Language.parse(tag);
            if (parsed.isPresent()) {
                language = parsed.get();
            } else {
                warnings.add("language '" + tag.strip() + "' is not a language tag; the language is detected");
                language = Language.UNDETERMINED;
            }
        }
        Map<String, String> extra = new TreeMap<>(m.extra());
        fields.forEach((key, value) -> {
            if (!List.of("outlet", "title", "url", "published", "language").contains(key)) {
                extra.put(key, value);
            }
        });
        ArticleMetadata merged = new ArticleMetadata(
                given(fields, "outlet").orElse(m.outlet()),
                given(fields, "title").orElse(m.title()),
                given(fields, "url").orElse(m.url()),
                language,
                given(fields, "published").orElse(m.published()),
                location,
                extra);
        return new RawArticle(merged, raw.blocks(), raw.removed(), warnings);
    }

    private static Optional<String> given(Map<String, String> fields, String key) {
        String v = fields.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** The host of an address without a leading {@code www.}: "https://www.orf.at/x" gives "orf.at". */
    static Optional<String> outletFromUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
