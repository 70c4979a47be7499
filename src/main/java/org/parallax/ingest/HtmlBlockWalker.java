package org.parallax.ingest;

import org.parallax.model.BlockKind;
import org.parallax.model.Removal;
import org.parallax.model.TextBlock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks a page's body once, in document order: inside the article roots it turns elements into blocks
 * ({@code h1} headline, {@code h2}-{@code h6} sub-headings, {@code p} and loose text paragraphs,
 * {@code li} list items) and drops furniture, figures around pictures and blocks of links; outside the
 * roots it records every piece of visible text as removed, under the furniture rule of its element or
 * {@code html-outside-article}. A single {@code <br>} is a space; two in a row end a paragraph; inside
 * {@code pre} a blank line ends one too. Not thread-safe: one walker per page.
 */
final class HtmlBlockWalker {
    static final String OUTSIDE_ARTICLE = "html-outside-article";
    static final String RELATED_LIST = "html-related";
    static final String LINK_DENSE = "html-link-dense";
    static final String FIGURE_CAPTION = "html-figcaption";

    /** Containers checked for link density: the elements that group blocks, not the paragraphs themselves. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "dl",
            "table", "aside", "figure", "center");
    /** A container whose text is more than this share link text is a block of links (teasers, menus). */
    static final double LINK_DENSE_SHARE = 0.5;
    /** A container without a long text run is a block of links already at this share of link text. */
    static final double LINK_HEAVY_SHARE = 0.2;
    /** A block of links has at least this many. */
    static final int MIN_LINKS = 2;
    /** A text run this long is running text: its container is kept whatever its links. */
    static final int PROSE_RUN_CHARS = 150;

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");
    private static final Pattern MARKUP_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private final List<Element> roots;
    private final Element headline;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Removal> removed = new ArrayList<>();
    private final Deque<BlockKind> kinds = new ArrayDeque<>();
    private final StringBuilder run = new StringBuilder();
    private boolean lastWasBreak;
    private int preDepth;

    /**
     * @param roots    the elements holding the article, in document order, none inside another
     * @param headline an {@code h1} outside the roots to take as the article's headline, or {@code null}
     */
    HtmlBlockWalker(List<Element> roots, Element headline) {
        this.roots = List.copyOf(roots);
        this.headline = headline;
        kinds.push(BlockKind.PARAGRAPH);
    }

    List<TextBlock> blocks() {
        return List.copyOf(blocks);
    }

    List<Removal> removed() {
        return List.copyOf(removed);
    }

    /** Walks {@code body}; call once. */
    HtmlBlockWalker walk(Element body) {
        if (isRoot(body)) {
            inside(body);
        } else {
            outside(body);
        }
        flush();
        return this;
    }

    private boolean isRoot(Element element) {
        for (Element root : roots) {
            if (root == element) {
                return true;
            }
        }
        return false;
    }

    private void outside(Element parent) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                record(text.text(), OUTSIDE_ARTICLE);
            } else if (node instanceof Element element) {
                if (HtmlFurniture.INVISIBLE.contains(element.normalName())) {
                    continue;
                }
                if (isRoot(element) || element == headline) {
                    flush();
                    inside(element);
                    flush();
                    continue;
                }
                boolean holdsArticle = roots.stream().anyMatch(r -> contains(element, r))
                        || headline != null && contains(element, headline);
                if (holdsArticle) {
                    outside(element);
                    continue;
                }
                String rule = HtmlFurniture.rule(element, false);
                if (rule != null) {
                    record(element.text(), rule);
                } else if (hasBlockChild(element)) {
                    outside(element);
                } else {
                    record(element.text(), OUTSIDE_ARTICLE);
                }
            }
        }
    }

    /** Walks the children of {@code element}, which lies inside the article (or is its headline). */
    private void inside(Element element) {
        BlockKind kind = kindOf(element);
        if (kind != null) {
            flush();
            kinds.push(kind);
        } else if (element.isBlock()) {
            flush();
        }
        boolean pre = element.normalName().equals("pre");
        if (pre) {
            preDepth++;
        }
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
            } else if (node instanceof Element child) {
                visitInside(child);
            }
        }
        if (pre) {
            preDepth--;
        }
        if (kind != null) {
            flush();
            kinds.pop();
        } else if (element.isBlock()) {
            flush();
        }
    }

    private void visitInside(Element child) {
        String name = child.normalName();
        if (name.equals("br")) {
            if (lastWasBreak) {
                flush();
            } else {
                run.append(' ');
                lastWasBreak = true;
            }
            return;
        }
        if (HtmlFurniture.INVISIBLE.contains(name)) {
            return;
        }
        String rule = HtmlFurniture.rule(child, true);
        if (rule == null && (name.equals("ul") || name.equals("ol")) && isLinkList(child)) {
            rule = RELATED_LIST;
        }
        if (rule == null && name.equals("figure") && child.selectFirst("img, picture, video, svg, iframe, canvas") != null) {
            // a picture's figure holds the picture and its caption and credit, whatever their markup
            rule = FIGURE_CAPTION;
        }
        if (rule == null && CONTAINERS.contains(name) && isLinkBlock(child)) {
            rule = LINK_DENSE;
        }
        if (rule != null) {
            record(child.text(), rule);
            return;
        }
        inside(child);
    }

    private static BlockKind kindOf(Element element) {
        return switch (element.normalName()) {
            case "h1" -> BlockKind.HEADLINE;
            case "h2", "h3", "h4", "h5", "h6" -> BlockKind.SUBHEADING;
            case "p", "blockquote", "dd", "dt", "pre" -> BlockKind.PARAGRAPH;
            case "li" -> BlockKind.LIST_ITEM;
            default -> null;
        };
    }

    /** Appends text; inside {@code pre} a blank line ends the paragraph, as in a text file. */
    private void appendText(String text) {
        if (preDepth == 0) {
            append(text);
            return;
        }
        String[] paragraphs = BLANK_LINE.split(text, -1);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                flush();
            }
            append(paragraphs[i]);
        }
    }

    private void append(String text) {
        if (!text.isBlank()) {
            lastWasBreak = false;
        }
        run.append(text);
    }

    private void flush() {
        String text = MARKUP_WHITESPACE.matcher(run).replaceAll(" ").strip();
        run.setLength(0);
        lastWasBreak = false;
        if (!text.isEmpty() && hasVisibleCharacter(text)) {
            blocks.add(new TextBlock(kinds.peek(), text));
        }
    }

    private void record(String text, String rule) {
        String normal = MARKUP_WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (!normal.isEmpty() && hasVisibleCharacter(normal)) {
            removed.add(new Removal(normal, rule));
        }
    }

    private static boolean hasVisibleCharacter(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c));
    }

    /**
     * A container that is a block of links rather than text: more than half of its text is link text,
     * or more than a fifth and it holds no long text run and at least {@link #MIN_LINKS} links (a short
     * paragraph with one link stays). A container with the headline is never one.
     */
    boolean isLinkBlock(Element container) {
        if (container.selectFirst("h1") != null || headline != null && contains(container, headline)) {
            return false;
        }
        double density = TextDensityLocator.linkDensity(container);
        if (density > LINK_DENSE_SHARE) {
            return true;
        }
        long links = container.select("a").stream().filter(a -> !a.text().isBlank()).count();
        return density > LINK_HEAVY_SHARE && links >= MIN_LINKS && !hasProseRun(container);
    }

    private static boolean hasProseRun(Element container) {
        for (Element block : container.getAllElements()) {
            if (!TextDensityLocator.isTextBlock(block)) {
                continue;
            }
            for (String run : TextDensityLocator.runs(block)) {
                if (run.length() >= PROSE_RUN_CHARS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A list of at least two items in which every item is nothing but a link: teasers, not prose. */
    static boolean isLinkList(Element list) {
        List<Element> items = list.children().stream().filter(e -> e.normalName().equals("li")).toList();
        if (items.size() < 2) {
            return false;
        }
        for (Element item : items) {
            String text = item.text().strip();
            String linkText = String.join(" ", item.select("a").eachText()).strip();
            if (text.isEmpty() || !text.equals(linkText)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBlockChild(Element element) {
        for (Element child : element.children()) {
            if (child.isBlock()) {
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
}
