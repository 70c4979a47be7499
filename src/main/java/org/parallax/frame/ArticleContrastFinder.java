package org.parallax.frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.ArticleContrast;
import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;
import org.parallax.model.Side;
import org.parallax.model.UnitComparison;
import org.parallax.normalise.TextNormaliser;

/**
 * What one article of a pair says and the other never does, over the whole texts: actors named,
 * hedges and statements of certainty, sources cited. This is the contrast a reader needs first when
 * two outlets carry different framings in sentences that do not align with each other; places attacks are
 * said to come from are compared like actors. Hedges are
 * compared by their comparison form, actors by their canonical name (else their comparison form),
 * attributions by their named source (anonymous ones are not compared). Thread-safe.
 */
public final class ArticleContrastFinder {

    /** Types compared across the whole articles: how sure each sounds, whom it blames, whom it cites. */
    public static final List<MarkerType> TYPES = List.of(MarkerType.HEDGE, MarkerType.ACTOR, MarkerType.ORIGIN,
            MarkerType.ATTRIBUTION);

    private final TextNormaliser normaliser;

    public ArticleContrastFinder(TextNormaliser normaliser) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    }

    /**
     * The contrast of a pair.
     *
     * @param left  the left article's markers, one list per sentence
     * @param right the right article's markers, one list per sentence
     * @param units the pair's units; every sentence of both sides is in one of them
     */
    public List<ArticleContrast> find(List<List<FramingMarker>> left, List<List<FramingMarker>> right,
            List<UnitComparison> units) {
        List<ArticleContrast> out = new ArrayList<>();
        for (MarkerType type : TYPES) {
            Map<String, Occurrence> l = occurrences(left, type);
            Map<String, Occurrence> r = occurrences(right, type);
            add(out, type, Side.LEFT, l, r, units);
            add(out, type, Side.RIGHT, r, l, units);
        }
        return out;
    }

    private static void add(List<ArticleContrast> out, MarkerType type, Side side, Map<String, Occurrence> own,
            Map<String, Occurrence> other, List<UnitComparison> units) {
        for (Map.Entry<String, Occurrence> e : own.entrySet()) {
            if (!other.containsKey(e.getKey())) {
                Occurrence o = e.getValue();
                out.add(new ArticleContrast(type, side, o.text(), o.sentence(), unitOf(units, o.sentence(), side)));
            }
        }
    }

    private record Occurrence(String text, int sentence) {
    }

    /** First occurrence of each distinct value of {@code type} in the article, in text order. */
    private Map<String, Occurrence> occurrences(List<List<FramingMarker>> perSentence, MarkerType type) {
        Map<String, Occurrence> out = new LinkedHashMap<>();
        for (int i = 0; i < perSentence.size(); i++) {
            for (FramingMarker m : perSentence.get(i)) {
                if (m.type() != type) {
                    continue;
                }
                String key = switch (type) {
                    case HEDGE -> normaliser.comparisonForm(m.text());
                    case ATTRIBUTION -> m.detail();
                    default -> m.detail().isEmpty() ? normaliser.comparisonForm(m.text()) : m.detail();
                };
                if (type == MarkerType.ATTRIBUTION && key.isEmpty()) {
                    continue;
                }
                out.putIfAbsent(key, new Occurrence(m.text(), i));
            }
        }
        return out;
    }

    private static String unitOf(List<UnitComparison> units, int sentence, Side side) {
        for (UnitComparison u : units) {
            if ((side == Side.LEFT ? u.unit().left() : u.unit().right()).contains(sentence)) {
                return u.anchor();
            }
        }
        throw new IllegalStateException("sentence " + sentence + " is in no unit");
    }
}
