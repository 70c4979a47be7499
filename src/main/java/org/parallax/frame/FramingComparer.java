package org.parallax.frame;

import org.parallax.normalise.TextNormaliser;
import org.parallax.model.FramingDifference;
import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;
import org.parallax.model.Side;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the framing markers of the two sides of one aligned unit.
 *
 * <p>Markers are compared per type by a key: the canonical detail where the type has one (actor
 * name, source, hedge strength, reporting-verb tone, date, number value), so that
 * "Ministerium für Staatssicherheit" and "Ministry of State Security" do not differ; the normalised
 * text otherwise (quotations). Reported speech and unattributed claims count by presence only. Equal
 * keys are matched one to one; of the rest, left and right markers are paired as <em>changed</em>,
 * the most alike keys first (shared word stems), then in order (one difference on the left side, the right marker as counterpart), and what
 * remains is one-sided.
 *
 * <p>Differences come in this order: attribution, unattributed, hedge, actor, origin, reporting verb,
 * reported speech, quote, date, number; inside a type changed pairs first (by left position), then left-only, then
 * right-only, each in the order the markers were given. Stateless and thread-safe.
 */
public final class FramingComparer {

    private final TextNormaliser normaliser;

    /** @param normaliser the run's normalisation; of it, the comparison here takes ß folding */
    public FramingComparer(TextNormaliser normaliser) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    }

    /** A comparer that keeps ß apart from ss. */
    public FramingComparer() {
        this(TextNormaliser.defaults());
    }

    /** The order in which differences are reported. */
    public static final List<MarkerType> ORDER = List.of(MarkerType.ATTRIBUTION, MarkerType.UNATTRIBUTED,
            MarkerType.HEDGE, MarkerType.ACTOR, MarkerType.ORIGIN, MarkerType.REPORTING_VERB, MarkerType.REPORTED_SPEECH,
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
            List<int[]> pairs = pair(leftOnly, rightOnly);
            boolean[] leftPaired = new boolean[leftOnly.size()];
            boolean[] rightPaired = new boolean[rightOnly.size()];
            for (int[] p : pairs) {
                leftPaired[p[0]] = true;
                rightPaired[p[1]] = true;
                out.add(new FramingDifference(type, Side.LEFT, leftOnly.get(p[0]).text(), rightOnly.get(p[1]).text()));
            }
            for (int i = 0; i < leftOnly.size(); i++) {
                if (!leftPaired[i]) {
                    out.add(new FramingDifference(type, Side.LEFT, leftOnly.get(i).text(), ""));
                }
            }
            for (int i = 0; i < rightOnly.size(); i++) {
                if (!rightPaired[i]) {
                    out.add(new FramingDifference(type, Side.RIGHT, rightOnly.get(i).text(), ""));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Pairs unmatched left and right markers as changes: first the most alike keys (sharing word
     * stems, as "China: Ministry of State Security" and "Chinese territory" share "chin"), then the
     * rest in order. Returns index pairs sorted by left index.
     */
    private List<int[]> pair(List<FramingMarker> left, List<FramingMarker> right) {
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                double score = stemOverlap(key(left.get(i)), key(right.get(j)));
                if (score > 0) {
                    candidates.add(new double[] {score, i, j});
                }
            }
        }
        candidates.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
        boolean[] leftUsed = new boolean[left.size()];
        boolean[] rightUsed = new boolean[right.size()];
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : candidates) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (!leftUsed[i] && !rightUsed[j]) {
                leftUsed[i] = true;
                rightUsed[j] = true;
                pairs.add(new int[] {i, j});
            }
        }
        int j = 0;
        for (int i = 0; i < left.size(); i++) {
            if (leftUsed[i]) {
                continue;
            }
            while (j < right.size() && rightUsed[j]) {
                j++;
            }
            if (j == right.size()) {
                break;
            }
            rightUsed[j] = true;
            pairs.add(new int[] {i, j});
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        return pairs;
    }

    /** Jaccard overlap of the four-letter word stems of two keys. */
    private static double stemOverlap(String a, String b) {
        Set<String> sa = stems(a);
        Set<String> sb = stems(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return 0;
        }
        Set<String> common = new TreeSet<>(sa);
        common.retainAll(sb);
        Set<String> all = new TreeSet<>(sa);
        all.addAll(sb);
        return (double) common.size() / all.size();
    }

    private static Set<String> stems(String key) {
        Set<String> out = new TreeSet<>();
        for (String word : key.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                out.add(word.length() > 4 ? word.substring(0, 4) : word);
            }
        }
        return out;
    }

    /** The key two markers of one type are compared by. */
    String key(FramingMarker m) {
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

    /** Lower case, without quotation marks and outer punctuation, single spaces; ß as ss when the normaliser folds it. */
    String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (normaliser.foldsSharpS()) {
            s = s.replace("ß", "ss");
        }
        s = s.replaceAll("[„“”\"‚‘’«»‹›]", " ").replaceAll("\\s+", " ").strip();
        return s.replaceAll("^\\p{P}+|\\p{P}+$", "").strip();
    }
}
