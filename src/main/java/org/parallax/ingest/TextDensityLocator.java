package org.parallax.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds a page's running text when the page marks up no {@code article},
 * {@code main} or {@code articleBody}, and measures how much running text an element holds.
 *
 * <p>A <em>text run</em> is text of one block element that is not inside a nested block element, cut
 * at two line breaks in a row: the text of a {@code p}, or the loose text of a {@code div} (also inside
 * {@code span}s, links and emphasis). Every run of at least {@link #MIN_PARAGRAPH_CHARS} characters
 * scores one point, one per comma, and one per 100 characters (at most three). A run of a {@code p} or
 * {@code pre} gives its score to the paragraph's parent and half to the grandparent; a run of loose
 * text gives it to its own element and half to that element's parent. A candidate's score is then
 * scaled by the share of its text that is not link text. The best candidate wins; on a tie, the first
 * in document order. Page furniture (navigation, asides, footers, elements named like comments or
 * teasers) is never a candidate and its runs do not count. Stateless.
 */
final class TextDensityLocator {
    /** Shorter text runs are labels, buttons or captions, not paragraphs. */
    static final int MIN_PARAGRAPH_CHARS = 25;

    /** A sibling with this share of the densest block's running text belongs to the article too. */
    static final double SIBLING_SHARE = 0.2;
    /** A sibling with more link text than this is a teaser or link block, not a part of the article. */
    static final double SIBLING_MAX_LINK_DENSITY = 0.25;

    /** The best candidate under {@code body}, or {@code body} itself when no paragraph scores. */
    Element locate(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Elements all = body.getAllElements();
        Map<Element, Boolean> furniture = new IdentityHashMap<>();
        for (Element element : all) {
            if (!isTextBlock(element) || insideFurniture(element, body, furniture)) {
                continue;
            }
            boolean paragraph = element.normalName().equals("p") || element.normalName().equals("pre");
            for (String run : runs(element)) {
                if (run.length() < MIN_PARAGRAPH_CHARS) {
                    continue;
                }
                double score = 1 + count(run, ',') + Math.min(run.length() / 100, 3);
                Element first = paragraph ? element.parent() : element;
                if (first != null) {
                    scores.merge(first, score, Double::sum);
                    Element second = first.parent();
                    if (second != null) {
                        scores.merge(second, score / 2, Double::sum);
                    }
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Element element : all) {
            Double score = scores.get(element);
            if (score == null) {
                continue;
            }
            double scaled = score * (1 - linkDensity(element));
            if (scaled > bestScore) {
                best = element;
                bestScore = scaled;
            }
        }
        return best;
    }

    /**
     * The article around the densest block {@code best}: an only child gives way to its parent (up to
     * {@code body}), then the siblings that hold running text of their own join it: those with at least
     * {@link #SIBLING_SHARE} of its running text, or with its class names and any running text, unless
     * they are furniture or mostly link text. An article split into sections by pictures or adverts is
     * found whole this way. The result is in document order.
     */
    List<Element> withSiblings(Element best, Element body) {
        Element top = best;
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        if (top == body || top.parent() == null) {
            return List.of(top);
        }
        int topProse = proseLength(top);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : top.parent().children()) {
            if (sibling == top) {
                roots.add(top);
                continue;
            }
            if (HtmlFurniture.rule(sibling, false) != null || linkDensity(sibling) > SIBLING_MAX_LINK_DENSITY) {
                continue;
            }
            int prose = proseLength(sibling);
            boolean sameKind = !sibling.className().isBlank() && sibling.className().equals(top.className());
            if (prose > 0 && (sameKind || prose >= topProse * SIBLING_SHARE)) {
                roots.add(sibling);
            }
        }
        return List.copyOf(roots);
    }

    /**
     * The characters of running text under {@code element}: the text runs of at least
     * {@link #MIN_PARAGRAPH_CHARS} characters outside page furniture, counted once each.
     */
    static int proseLength(Element element) {
        int length = 0;
        Map<Element, Boolean> furniture = new IdentityHashMap<>();
        for (Element block : element.getAllElements()) {
            if (!isTextBlock(block) || insideFurniture(block, element, furniture)) {
                continue;
            }
            for (String run : runs(block)) {
                if (run.length() >= MIN_PARAGRAPH_CHARS) {
                    length += run.length();
                }
            }
        }
        return length;
    }

    /** Whether {@code element} starts a block of its own (its loose text is not part of its parent's run). */
    static boolean isTextBlock(Element element) {
        return element.isBlock() && !HtmlFurniture.INVISIBLE.contains(element.normalName());
    }

    /** The text runs of {@code block}: its text outside nested blocks, cut at two line breaks in a row. */
    static List<String> runs(Element block) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        collect(block, run, runs, new boolean[1]);
        end(run, runs);
        return runs;
    }

    private static void collect(Element parent, StringBuilder run, List<String> runs, boolean[] lastWasBreak) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    lastWasBreak[0] = false;
                }
                run.append(text.getWholeText());
            } else if (node instanceof Element child) {
                String name = child.normalName();
                if (name.equals("br")) {
                    if (lastWasBreak[0]) {
                        end(run, runs);
                    }
                    run.append(' ');
                    lastWasBreak[0] = !lastWasBreak[0];
                } else if (isTextBlock(child)) {
                    end(run, runs);
                    lastWasBreak[0] = false;
                } else if (!HtmlFurniture.INVISIBLE.contains(name)) {
                    collect(child, run, runs, lastWasBreak);
                }
            }
        }
    }

    private static void end(StringBuilder run, List<String> runs) {
        String text = run.toString().replaceAll("\\s+", " ").strip();
        run.setLength(0);
        if (!text.isEmpty()) {
            runs.add(text);
        }
    }

    private static boolean insideFurniture(Element element, Element top, Map<Element, Boolean> cache) {
        if (element == null || element == top) {
            return false;
        }
        Boolean known = cache.get(element);
        if (known != null) {
            return known;
        }
        boolean result = HtmlFurniture.rule(element, false) != null || insideFurniture(element.parent(), top, cache);
        cache.put(element, result);
        return result;
    }

    static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.select("a")) {
            links += link.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
