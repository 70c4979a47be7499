package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Language;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes an article's metadata from a page: JSON-LD ({@code NewsArticle} and the other article types),
 * OpenGraph and article meta tags, {@code <title>}, {@code <html lang>} and {@code <link rel=canonical>}.
 * For each field the first source that has a value wins, in the order JSON-LD, OpenGraph, plain HTML
 * (the canonical link comes first for the address). Stateless and thread-safe.
 */
final class HtmlMetadataReader {
    /** Built on first use: reading a text article should not pay for a JSON mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** What the page says about itself, before the file-name fallback for the outlet. */
    record PageMetadata(String outlet, String title, String url, Language language, String published,
            Map<String, String> extra, List<String> warnings) {
        PageMetadata {
            extra = java.util.Collections.unmodifiableMap(new TreeMap<>(extra));
            warnings = List.copyOf(warnings);
        }
    }

    PageMetadata read(Document page, String headlineText) {
        List<String> warnings = new ArrayList<>();
        JsonNode ld = findArticleJsonLd(page, warnings);
        String outlet = first(text(ld, "publisher", "name"), meta(page, "og:site_name"),
                meta(page, "application-name"));
        String title = first(text(ld, "headline"), meta(page, "og:title"), meta(page, "twitter:title"),
                headlineText, page.title());
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? "" : canonical.attr("href"), meta(page, "og:url"), text(ld, "url"),
                text(ld, "mainEntityOfPage", "@id"), text(ld, "mainEntityOfPage"));
        Language language = language(first(text(ld, "inLanguage"), page.selectFirst("html") == null ? ""
                : page.selectFirst("html").attr("lang"), httpEquiv(page, "content-language"), meta(page, "og:locale")), warnings);
        String published = first(text(ld, "datePublished"), meta(page, "article:published_time"),
                itemprop(page, "datePublished"), meta(page, "date"), meta(page, "pubdate"));
        Map<String, String> extra = new TreeMap<>();
        put(extra, "description", first(text(ld, "description"), meta(page, "og:description"),
                meta(page, "description")));
        put(extra, "author", first(authors(ld), meta(page, "author"), meta(page, "article:author")));
        put(extra, "modified", first(text(ld, "dateModified"), meta(page, "article:modified_time")));
        put(extra, "section", first(text(ld, "articleSection"), meta(page, "article:section")));
        String pageTitle = page.title().strip();
        if (!pageTitle.isEmpty() && !pageTitle.equals(title)) {
            extra.put("page-title", pageTitle);
        }
        return new PageMetadata(outlet, title, url, language, published, extra, warnings);
    }

    /** The first article object of the page's JSON-LD blocks; every malformed block gives a warning. */
    private static JsonNode findArticleJsonLd(Document page, List<String> warnings) {
        JsonNode found = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(script.data());
            } catch (JsonProcessingException e) {
                warnings.add("ignored a JSON-LD block that is not valid JSON");
                continue;
            }
            if (found == null) {
                found = findArticle(node);
            }
        }
        return found;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("");
        return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("LiveBlogPosting");
    }

    /** The text at {@code path} (arrays give their first element), or "". */
    private static String text(JsonNode node, String... path) {
        JsonNode current = node;
        for (String key : path) {
            if (current != null && current.isArray()) {
                current = current.size() == 0 ? null : current.get(0);
            }
            current = current == null ? null : current.get(key);
        }
        if (current != null && current.isArray()) {
            current = current.size() == 0 ? null : current.get(0);
        }
        return current != null && current.isValueNode() ? current.asText("").strip() : "";
    }

    private static String authors(JsonNode ld) {
        if (ld == null || ld.get("author") == null) {
            return "";
        }
        JsonNode author = ld.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isObject() ? a.path("name").asText("") : a.asText("");
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return String.join(", ", names);
    }

    private static String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))) {
                return meta.attr("content").strip();
            }
        }
        return "";
    }

    private static String httpEquiv(Document page, String name) {
        for (Element meta : page.select("meta[http-equiv][content]")) {
            if (name.equalsIgnoreCase(meta.attr("http-equiv"))) {
                return meta.attr("content").strip();
            }
        }
        return "";
    }

    private static String itemprop(Document page, String name) {
        Element e = page.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return "";
        }
        return first(e.attr("content"), e.attr("datetime"), e.text());
    }

    /**
     * The language of a page's tag: "de-DE", "de_DE" and "DE" give German; of a list ("de, en") the
     * first; "" gives {@link Language#UNDETERMINED}, as does a value that is no language tag, with a
     * warning.
     */
    static Language language(String tag, List<String> warnings) {
        int comma = tag.indexOf(',');
        String first = (comma < 0 ? tag : tag.substring(0, comma)).strip();
        return Language.parse(first).orElseGet(() -> {
            warnings.add("language '" + first + "' is not a language tag; the language is detected");
            return Language.UNDETERMINED;
        });
    }

    private static void put(Map<String, String> extra, String key, String value) {
        if (!value.isBlank()) {
            extra.put(key, value);
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
