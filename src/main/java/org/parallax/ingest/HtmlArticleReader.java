package org.parallax.ingest;

import org.parallax.model.ArticleMetadata;
import org.parallax.model.BlockKind;
import org.parallax.model.Removal;
import org.parallax.model.TextBlock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@code .html}/{@code .htm} pages as saved from a browser (with jsoup; the character set comes
 * from the byte-order mark or the page's {@code meta} tag, UTF-8 otherwise).
 *
 * <p><b>Finding the article.</b> The article root is the element marked {@code itemprop=articleBody}
 * (or the {@code article} around it, which holds the headline); failing that the {@code article}
 * element with the most running text, then {@code main} or {@code role=main}. Elements that are page
 * furniture themselves or lie inside it (comments marked up as {@code article}s) are never taken. A
 * marked root that holds less than a third of the running text of the densest text block (see
 * {@link TextDensityLocator}) is a teaser or fragment: the densest block is taken instead, and a warning
 * says so, as it does when the page marks nothing. A densest block takes the sibling sections that
 * continue it. When no root holds an {@code h1}, the page's first {@code h1} outside furniture becomes
 * the headline.
 *
 * <p><b>What is dropped.</b> Outside the roots everything is dropped. Inside them, navigation, asides,
 * footers, forms and controls, figures around a picture (caption and credit, whatever their markup),
 * {@code noscript}, hidden elements, lists made only of links, containers that are mostly link text
 * ({@code html-link-dense}: teaser blocks, "most read" lists) and elements whose class or id names them
 * as cookie or site banners, newsletter boxes, teasers, sidebars, adverts, share bars, comments, tags or
 * credits (see {@link HtmlFurniture}). Every dropped piece with visible text is recorded as a
 * {@link Removal} with its rule ({@code html-nav}, {@code html-aside}, {@code html-footer},
 * {@code html-header}, {@code html-related}, {@code html-figcaption}, {@code html-link-dense}, ...,
 * {@code html-outside-article}). Scripts, styles, templates, images and other elements without visible
 * text are dropped without a record: they hold code, not text.
 *
 * <p><b>Blocks.</b> {@code h1} gives {@link BlockKind#HEADLINE}, {@code h2}-{@code h6}
 * {@link BlockKind#SUBHEADING}, {@code p}, {@code blockquote} and loose text {@link BlockKind#PARAGRAPH},
 * {@code li} {@link BlockKind#LIST_ITEM}. Stateless and thread-safe.
 */
public final class HtmlArticleReader implements ArticleReader {
    /**
     * A marked article element is kept when its running text, times this, reaches that of the densest
     * text block; otherwise it is a fragment and the densest block is taken.
     */
    static final int MARKED_SHARE = 3;

    private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
    private final TextDensityLocator densityLocator = new TextDensityLocator();

    @Override
    public RawArticle read(Path file) {
        return parse(TextDecoder.readAll(file), null, file.toString(), TextArticleReader.baseName(file));
    }

    /**
     * Reads an article from the bytes of a page, as a file or a crawl holds them.
     *
     * @param bytes          the page
     * @param charset        the character set the page was served with, or null to take it from the
     *                       byte-order mark or the page's {@code meta} tag (UTF-8 otherwise)
     * @param source         where the page came from (kept as {@link ArticleMetadata#source()})
     * @param fallbackOutlet the outlet to use when the page names none
     * @throws ArticleReadException for an empty page, binary data or a page without article text
     */
    public RawArticle parse(byte[] bytes, String charset, String source, String fallbackOutlet) {
        if (new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new ArticleReadException("empty file");
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
        if (!utf16) {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new ArticleReadException("binary data, not text");
                }
            }
        }
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException | IllegalArgumentException e) {
            throw new ArticleReadException("cannot parse HTML: " + e.getMessage(), e);
        }
        return read(page, source, fallbackOutlet);
    }

    /**
     * Reads an article from HTML already in memory.
     *
     * @param html           the page
     * @param source         where the page came from (kept as {@link ArticleMetadata#source()})
     * @param fallbackOutlet the outlet to use when the page names none
     * @throws ArticleReadException when the page holds no article text
     */
    public RawArticle parse(String html, String source, String fallbackOutlet) {
        if (html.isBlank()) {
            throw new ArticleReadException("empty file");
        }
        return read(Jsoup.parse(html), source, fallbackOutlet);
    }

    private RawArticle read(Document page, String source, String fallbackOutlet) {
        List<String> warnings = new ArrayList<>();
        Element body = page.body();
        List<Element> roots = chooseRoots(body, warnings);
        Element headline = roots.stream().allMatch(r -> r.selectFirst("h1") == null) ? findHeadline(body) : null;
        HtmlBlockWalker walker = new HtmlBlockWalker(roots, headline).walk(body);
        List<TextBlock> blocks = walker.blocks();
        if (blocks.stream().noneMatch(b -> b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.LIST_ITEM)) {
            throw new ArticleReadException("no article text found in the page");
        }
        String headlineText = blocks.stream().filter(b -> b.kind() == BlockKind.HEADLINE)
                .map(TextBlock::text).findFirst().orElse("");
        HtmlMetadataReader.PageMetadata meta = metadataReader.read(page, headlineText);
        warnings.addAll(meta.warnings());
        String outlet = meta.outlet().isBlank() ? fallbackOutlet : meta.outlet();
        ArticleMetadata metadata = new ArticleMetadata(outlet, meta.title(), meta.url(), meta.language(),
                meta.published(), source, meta.extra());
        return new RawArticle(metadata, blocks, walker.removed(), warnings);
    }

    private List<Element> chooseRoots(Element body, List<String> warnings) {
        Element marked = markedRoot(body);
        Element dense = densityLocator.locate(body);
        if (marked != null) {
            // a marked element that holds little of the page's running text marks a teaser or a
            // fragment, not the article: the densest text block is then the better guess
            int markedProse = TextDensityLocator.proseLength(marked);
            int denseProse = TextDensityLocator.proseLength(dense);
            if (contains(marked, dense) || markedProse * MARKED_SHARE >= denseProse) {
                return List.of(marked);
            }
            warnings.add("the page's marked article element (" + describe(marked) + ") holds little of its text;"
                    + " took the densest text block (" + describe(dense) + ")");
            return densityLocator.withSiblings(dense, body);
        }
        warnings.add("the page marks no article, main or articleBody element; took the densest text block ("
                + describe(dense) + ")");
        return densityLocator.withSiblings(dense, body);
    }

    /** The {@code articleBody}, {@code article} or {@code main} element, or null when the page marks none. */
    private static Element markedRoot(Element body) {
        Element articleBody = largest(body.select("[itemprop=articleBody]"));
        if (articleBody != null) {
            Element enclosing = articleBody.closest("article");
            return enclosing != null && !isFurniture(enclosing, body) ? enclosing : articleBody;
        }
        Element article = largest(body.select("article"));
        if (article != null) {
            return article;
        }
        for (Element main : body.select("main, [role=main]")) {
            if (!isFurniture(main, body) && TextDensityLocator.proseLength(main) > 0) {
                return main;
            }
        }
        return null;
    }

    /** The element with the most running text outside furniture, the first on a tie; null when none has any. */
    private static Element largest(List<Element> candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : candidates) {
            if (isFurniture(candidate, candidate.ownerDocument() == null ? null : candidate.ownerDocument().body())) {
                continue;
            }
            int length = TextDensityLocator.proseLength(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /** Whether {@code element} or one of its ancestors below {@code body} is page furniture. */
    private static boolean isFurniture(Element element, Element body) {
        for (Element e = element; e != null && e != body; e = e.parent()) {
            if (HtmlFurniture.rule(e, false) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Element ancestor, Element descendant) {
        for (Element e = descendant; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code h1} that is not inside page furniture. */
    private static Element findHeadline(Element body) {
        for (Element h1 : body.select("h1")) {
            boolean furniture = false;
            for (Element e = h1.parent(); e != null && e != body; e = e.parent()) {
                if (HtmlFurniture.rule(e, false) != null) {
                    furniture = true;
                    break;
                }
            }
            if (!furniture && !h1.text().isBlank()) {
                return h1;
            }
        }
        return null;
    }

    private static String describe(Element element) {
        StringBuilder d = new StringBuilder(element.normalName());
        if (!element.id().isEmpty()) {
            d.append('#').append(element.id());
        }
        for (String c : element.classNames()) {
            d.append('.').append(c);
        }
        return d.toString();
    }
}
