package org.parallax.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture: elements of an HTML page that are not article text. Each kind of
 * furniture has a rule id ({@code html-nav}, {@code html-related}, ...) under which its text is recorded
 * as removed. Class and id names are matched word by word ({@code c-article__related-links} contains the
 * word {@code related}, and so does {@code relatedLinks}: camelCase counts as a word boundary); the tag and the ARIA role decide the rest. Stateless.
 */
final class HtmlFurniture {
    /** Elements whose content is never visible text: dropped without a record. */
    static final Set<String> INVISIBLE = Set.of("script", "style", "template", "svg", "canvas", "iframe", "object",
            "embed", "img", "picture", "source", "video", "audio", "track", "map", "link", "meta", "base", "head");

    /** A rule: a pattern over one class or id word, and the rule id it gives. */
    record NameRule(String rule, Pattern pattern) {
    }

    /** Class/id rules, most specific first. */
    static final List<NameRule> NAME_RULES = List.of(
            nameRule("html-cookie", "cookie|cookies|consent|gdpr|cmp|privacy-banner"),
            nameRule("html-banner", "banner|site-banner|beta-banner|alert-banner|notice-bar|announcement|welcome-bar"),
            nameRule("html-newsletter", "newsletter|subscribe|subscription|signup|sign-up"),
            nameRule("html-related", "related|mehr-zum-thema|zum-thema|more-on|read-more|readmore|recommended|"
                    + "recommendations|empfehlungen|teaser-list|teaserlist|further-reading|also-read|lesetipp|lesetipps|"
                    + "most-popular|mostpopular|popular|trending|most-read|mostread|meistgelesen|playlist"),
            nameRule("html-ad", "ad|ads|advert|advertisement|anzeige|werbung|sponsor|sponsored|promo|outbrain|taboola"),
            nameRule("html-share", "share|sharing|sharebar|social|socials|social-media"),
            nameRule("html-comments", "comment|comments|comment-list|comments-area|kommentare|respond|disqus|replies"),
            nameRule("html-nav", "breadcrumb|breadcrumbs|navigation|menu|skip-link|skiplink|pagination|pager"),
            wholeNameRule("html-sidebar", "sidebar|side-bar|sidebar-right|sidebar-left|sidebar-primary|sidebar-secondary|"
                    + "right-rail|left-rail|rail|widget-area|widgets|skyscraper"),
            nameRule("html-byline", "byline|entry-meta|post-meta|article-meta|author|autor|author-box|dateline|"
                    + "timestamp|published|entry-date|post-date"),
            nameRule("html-kicker", "kicker|dachzeile|topline|overline|eyebrow"),
            nameRule("html-tags", "tags|tag-list|taglist|schlagworte|keywords|topics-list"),
            nameRule("html-figcaption", "caption|figcaption|bildunterschrift"),
            nameRule("html-credit", "credit|credits|photo-credit|bildquelle|copyright"));

    /**
     * Whole class or id words that name an article container: such an element is never furniture by
     * name, whatever else its names say ({@code class="post author-jane"}, {@code article__content}).
     */
    private static final Pattern ARTICLE_WORD = Pattern.compile("(?i)^(?:article|article-body|articlebody|"
            + "article__body|article-content|article__content|articletext|article-text|story|story-body|storybody|"
            + "entry|hentry|entry-content|post|post-content|post-body|postbody|main-content|content)$");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");
    /** A lower-case letter or digit followed by an upper-case letter: a camelCase word boundary. */
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private HtmlFurniture() {
    }

    private static NameRule nameRule(String rule, String words) {
        return new NameRule(rule, Pattern.compile("(?i)(?:^|[-_])(?:" + words + ")(?:$|[-_])"));
    }

    /** A rule over whole class or id words only: "sidebar" but not "no-sidebar" or "and-w-sidebar". */
    private static NameRule wholeNameRule(String rule, String words) {
        return new NameRule(rule, Pattern.compile("(?i)^(?:" + words + ")$"));
    }

    /**
     * The furniture rule for {@code element}, or {@code null} when it may hold article text.
     *
     * @param insideArticle whether the element lies inside the article body: a {@code header} there is
     *                      the article's own header (kept), elsewhere the site's header (dropped)
     */
    static String rule(Element element, boolean insideArticle) {
        String classAndId = element.className() + " " + element.id();
        String byName = ruleByName(classAndId);
        // a banner that holds the headline is the article's own header image, not a site banner
        boolean headlineBanner = "html-banner".equals(byName) && element.selectFirst("h1") != null;
        if (byName != null && !namesArticle(classAndId) && !headlineBanner) {
            return byName;
        }
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
            return "html-hidden";
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        switch (role) {
            case "navigation", "menubar", "menu" -> {
                return "html-nav";
            }
            case "complementary" -> {
                return "html-aside";
            }
            case "contentinfo" -> {
                return "html-footer";
            }
            case "search" -> {
                return "html-form";
            }
            case "banner" -> {
                if (!insideArticle) {
                    return "html-header";
                }
            }
            default -> {
                // decided by the tag below
            }
        }
        return switch (element.normalName()) {
            case "nav" -> "html-nav";
            case "aside" -> "html-aside";
            case "footer" -> "html-footer";
            case "header" -> insideArticle ? null : "html-header";
            case "form", "button", "input", "select", "textarea", "label" -> "html-form";
            case "figcaption" -> "html-figcaption";
            case "noscript" -> "html-noscript";
            case "dialog" -> "html-dialog";
            default -> null;
        };
    }

    /** Whether one of the words of {@code classAndId} names an article container. */
    static boolean namesArticle(String classAndId) {
        String trimmed = classAndId.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        for (String word : WORD_SPLIT.split(trimmed)) {
            if (ARTICLE_WORD.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The rule of the first name rule that matches any word of {@code classAndId}, or {@code null}. */
    static String ruleByName(String classAndId) {
        String trimmed = classAndId.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        String[] words = WORD_SPLIT.split(CAMEL_BOUNDARY.matcher(trimmed).replaceAll("-"));
        for (NameRule rule : NAME_RULES) {
            for (String word : words) {
                if (rule.pattern().matcher(word).find()) {
                    return rule.rule();
                }
            }
        }
        return null;
    }
}
