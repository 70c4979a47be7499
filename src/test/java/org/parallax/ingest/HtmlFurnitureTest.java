package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlFurnitureTest {

    static Stream<Arguments> names() {
        return Stream.of(
                // cookie banners
                Arguments.of("cmp-container", "html-cookie"),
                Arguments.of("cookie-hinweis", "html-cookie"),
                Arguments.of("consent_layer", "html-cookie"),
                // newsletter boxes
                Arguments.of("newsletter-box", "html-newsletter"),
                Arguments.of("c-signup", "html-newsletter"),
                // teasers
                Arguments.of("related-box", "html-related"),
                Arguments.of("recommended-articles", "html-related"),
                Arguments.of("mehr-zum-thema", "html-related"),
                // adverts
                Arguments.of("ad-slot", "html-ad"),
                Arguments.of("ad", "html-ad"),
                Arguments.of("c-anzeige", "html-ad"),
                // share bars, comments, menus, bylines, kickers, tags, captions, credits
                Arguments.of("sd-sharing-enabled", "html-share"),
                Arguments.of("social-share", "html-share"),
                Arguments.of("comments-area", "html-comments"),
                Arguments.of("breadcrumbs", "html-nav"),
                Arguments.of("skip-link screen-reader-text", "html-nav"),
                Arguments.of("entry-meta", "html-byline"),
                Arguments.of("story__byline", "html-byline"),
                Arguments.of("kicker", "html-kicker"),
                Arguments.of("tags", "html-tags"),
                Arguments.of("image-caption", "html-figcaption"),
                Arguments.of("photo-credit", "html-credit"),
                // camelCase names count word by word
                Arguments.of("newsCaption", "html-figcaption"),
                Arguments.of("relatedLinks", "html-related"),
                // banners, sidebars (whole words only), comments, popular lists
                Arguments.of("site-banner", "html-banner"),
                Arguments.of("sidebar", "html-sidebar"),
                Arguments.of("right-rail", "html-sidebar"),
                Arguments.of("rightRail", "html-sidebar"),
                Arguments.of("no-sidebar", null),
                Arguments.of("elementor-widget-container", null),
                Arguments.of("comment-body", "html-comments"),
                Arguments.of("most-popular", "html-related"),
                // article containers and words that merely contain a furniture word
                Arguments.of("entry-content", null),
                Arguments.of("story-body", null),
                Arguments.of("header-wrapper-loaded", null),
                Arguments.of("sharedaddy", null),
                Arguments.of("shadow", null),
                Arguments.of("category-politik status-publish", null),
                Arguments.of("", null));
    }

    @ParameterizedTest
    @MethodSource("names")
    void classifiesClassAndIdWords(String classAndId, String rule) {
        assertThat(HtmlFurniture.ruleByName(classAndId)).isEqualTo(rule);
    }

    static Stream<Arguments> elements() {
        return Stream.of(
                // by tag, outside the article
                Arguments.of("<nav>Start</nav>", false, "html-nav"),
                Arguments.of("<aside>Box</aside>", false, "html-aside"),
                Arguments.of("<footer>Impressum</footer>", false, "html-footer"),
                Arguments.of("<header>Logo</header>", false, "html-header"),
                Arguments.of("<form>Suche</form>", false, "html-form"),
                // the article's own header stays
                Arguments.of("<header>Titel</header>", true, null),
                // by role and visibility
                Arguments.of("<div role=navigation>Start</div>", true, "html-nav"),
                Arguments.of("<div role=complementary>Box</div>", true, "html-aside"),
                Arguments.of("<div style='display: none'>Versteckt</div>", true, "html-hidden"),
                Arguments.of("<div hidden>Versteckt</div>", true, "html-hidden"),
                Arguments.of("<div style='color:red;VISIBILITY: hidden'>Versteckt</div>", true, "html-hidden"),
                Arguments.of("<div style='display:block'>Sichtbar</div>", true, null),
                Arguments.of("<span aria-hidden=true>x</span>", true, "html-hidden"),
                // a name that marks an article container outweighs a furniture word beside it
                Arguments.of("<article class='article__content entry author-jane'>Text</article>", true, null),
                Arguments.of("<div class='post comments-open'>Text</div>", true, null),
                // a banner holding the headline is the article's own header
                Arguments.of("<div class=banner><h1>Titel</h1></div>", true, null),
                Arguments.of("<div class=banner>Willkommen!</div>", true, "html-banner"),
                // text containers
                Arguments.of("<div class=text>Absatz</div>", true, null),
                Arguments.of("<p>Absatz</p>", true, null));
    }

    @ParameterizedTest
    @MethodSource("elements")
    void classifiesElements(String html, boolean insideArticle, String rule) {
        Element element = Jsoup.parseBodyFragment(html).body().child(0);
        assertThat(HtmlFurniture.rule(element, insideArticle)).isEqualTo(rule);
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("<ul><li><a href=a>Eins</a></li><li><a href=b>Zwei</a></li></ul>", true),
                Arguments.of("<ul><li><a href=a>Eins</a></li><li>Zwei ohne Link</li></ul>", false),
                Arguments.of("<ul><li><a href=a>Eins</a></li></ul>", false),
                Arguments.of("<ul><li>Baubeginn 2022</li><li>Kosten 14 Millionen</li></ul>", false));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void recognisesListsMadeOnlyOfLinks(String html, boolean expected) {
        assertThat(HtmlBlockWalker.isLinkList(Jsoup.parseBodyFragment(html).body().child(0))).isEqualTo(expected);
    }

    static Stream<Arguments> languageTags() {
        return Stream.of(
                Arguments.of("de-DE", "de"),
                Arguments.of("de-AT", "de"),
                Arguments.of("en_US", "en"),
                Arguments.of("DE", "de"),
                Arguments.of(" de, en", "de"),
                Arguments.of("", ""),
                Arguments.of("German", ""));
    }

    @ParameterizedTest
    @MethodSource("languageTags")
    void reducesLanguageTagsToTheLanguage(String tag, String code) {
        List<String> warnings = new java.util.ArrayList<>();
        assertThat(HtmlMetadataReader.language(tag, warnings).code()).isEqualTo(code);
        assertThat(warnings).hasSize(tag.equals("German") ? 1 : 0);
    }
}
