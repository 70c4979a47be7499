package org.parallax.frame;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Compares the framing markers of the two sides of one aligned unit.
 *
 * <p>Markers are compared per type by a key: the canonical detail where the type has one (actor
 * name, source, hedge strength, reporting-verb tone, date, number value), so that
 * "Ministerium für Staatssicherheit" and "Ministry of State Security" do not differ; the normalised
 * text otherwise (quotations). Reported speech and unattributed claims count by presence only. Equal
 * keys are matched one to one; of the rest, left and right markers are paired in order as
 * <em>changed</em> (one difference on the left side, the right marker as counterpart), and what
 * remains is one-sided.
 *
 * <p>Differences come in this order: attribution, unattributed, hedge, actor, reporting verb,
 * reported speech, quote, date, number; inside a type changed pairs first, then left-only, then
 * right-only, each in the order the markers were given. Stateless and thread-safe.
 */
public final class FramingComparer {
    /** The order in which differences are reported. */
    public static final List<MarkerType> ORDER = List.of(MarkerType.ATTRIBUTION, MarkerType.UNATTRIBUTED,
            MarkerType.HEDGE, MarkerType.ACTOR, MarkerType.REPORTING_VERB, MarkerType.REPORTED_SPEECH,
            MarkerType.QUOTE, MarkerType.DATE, MarkerType.NUMBER);

    /**
     * The framing differences between the markers of a unit's left sentences and its right sentences.
     *
     * @param left  markers of the left sentences, in reading order
     * @param right markers of the right sentences, in reading order
     */
    public List<FramingDifference> compare(List<FramingMarker> left, List<FramingMarker> right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        List<FramingDifference> out = new ArrayList<>();
        for (MarkerType type : ORDER) {
            List<FramingMarker> l = ofType(left, type);
            List<FramingMarker> r = ofType(right, type);
            if (presenceOnly(type)) {
                l = l.isEmpty() ? l : List.of(l.get(0));
                r = r.isEmpty() ? r : List.of(r.get(0));
            }
            List<FramingMarker> leftOnly = new ArrayList<>(l);
            List<FramingMarker> rightOnly = new ArrayList<>();
            for (FramingMarker m : r) {
                String k = key(m);
                int match = -1;
                for (int i = 0; i < leftOnly.size(); i++) {
                    if (key(leftOnly.get(i)).equals(k)) {
                        match = i;
                        break;
                    }
                }
                if (match >= 0) {
                    leftOnly.remove(match);
                } else {
                    rightOnly.add(m);
                }
            }
            int paired = Math.min(leftOnly.size(), rightOnly.size());
            for (int i = 0; i < paired; i++) {
                out.add(new FramingDifference(type, "left", leftOnly.get(i).text(), rightOnly.get(i).text()));
            }
            for (int i = paired; i < leftOnly.size(); i++) {
                out.add(new FramingDifference(type, "left", leftOnly.get(i).text(), ""));
            }
            for (int i = paired; i < rightOnly.size(); i++) {
                out.add(new FramingDifference(type, "right", rightOnly.get(i).text(), ""));
            }
        }
        return List.copyOf(out);
    }

    /** The key two markers of one type are compared by. */
    static String key(FramingMarker m) {
        if (presenceOnly(m.type())) {
            return "";
        }
        boolean byDetail = m.type() != MarkerType.QUOTE && !m.detail().isEmpty();
        if (m.type() == MarkerType.ATTRIBUTION) {
            // an anonymous source ("hieß es") is compared as anonymous, not by its words
            byDetail = true;
        }
        return byDetail ? normalise(m.detail()) : normalise(m.text());
    }

    private static boolean presenceOnly(MarkerType type) {
        return type == MarkerType.REPORTED_SPEECH || type == MarkerType.UNATTRIBUTED;
    }

    private static List<FramingMarker> ofType(List<FramingMarker> markers, MarkerType type) {
        return markers.stream().filter(m -> m.type() == type).toList();
    }

    /** Lower case, without quotation marks and outer punctuation, single spaces, ß as ss. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("ß", "ss");
        s = s.replaceAll("[„“”\"‚‘’«»‹›]", " ").replaceAll("\\s+", " ").strip();
        return s.replaceAll("^\\p{P}+|\\p{P}+$", "").strip();
    }
}
