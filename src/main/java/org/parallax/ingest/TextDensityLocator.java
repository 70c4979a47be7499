package org.parallax.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds a page's running text when the page marks up no {@code article},
 * {@code main} or {@code articleBody}. Every paragraph ({@code p}, or a {@code div}/{@code td} with text
 * of its own) of at least {@link #MIN_PARAGRAPH_CHARS} characters scores one point, one per comma, and
 * one per 100 characters (at most three); its parent earns the full score and its grandparent half.
 * A candidate's score is then scaled by the share of its text that is not link text. The best
 * candidate wins; on a tie, the first in document order. Page furniture (navigation, asides, footers,
 * elements named like comments or teasers) is never a candidate and its paragraphs do not count.
 * Stateless.
 */
final class TextDensityLocator {
    /** Shorter text runs are labels, buttons or captions, not paragraphs. */
    static final int MIN_PARAGRAPH_CHARS = 25;

    /** The best candidate under {@code body}, or {@code body} itself when no paragraph scores. */
    Element locate(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Elements all = body.getAllElements();
        for (Element element : all) {
            boolean paragraph = element.normalName().equals("p") || element.normalName().equals("pre");
            boolean textContainer = !paragraph && isTextContainer(element);
            if (!paragraph && !textContainer || insideFurniture(element, body)) {
                continue;
            }
            String text = paragraph ? element.text() : element.ownText();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + count(text, ',') + Math.min(text.length() / 100, 3);
            Element first = paragraph ? element.parent() : element;
            if (first != null) {
                scores.merge(first, score, Double::sum);
                Element second = first.parent();
                if (second != null) {
                    scores.merge(second, score / 2, Double::sum);
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

    private static boolean isTextContainer(Element element) {
        return switch (element.normalName()) {
            case "div", "td", "section", "blockquote" -> true;
            default -> false;
        };
    }

    private static boolean insideFurniture(Element element, Element body) {
        for (Element e = element; e != null && e != body; e = e.parent()) {
            if (HtmlFurniture.rule(e, false) != null) {
                return true;
            }
        }
        return false;
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
