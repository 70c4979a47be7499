package org.parallax.report;

import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.AlignmentUnit;
import org.parallax.model.UnitKind;
import org.parallax.model.Claim;
import org.parallax.model.ClaimKind;
import org.parallax.claims.Prominence;
import org.parallax.model.ArticleFraming;
import org.parallax.model.DiffOp;
import org.parallax.model.AlignedSegment;
import org.parallax.model.FramingDifference;
import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.Removal;
import org.parallax.model.Article;
import org.parallax.model.ArticleContrast;
import org.parallax.model.Side;

/**
 * What the HTML report shows, computed from a {@link Comparison} so that templates only lay it out.
 * Every string here is plain text: templates escape it ({@code th:text}). Immutable.
 */
public record ReportView(String title, String language, List<ArticleCard> articles, List<PairSection> pairs,
        List<ClaimRow> claims, List<CoverageStrip> coverage, List<MatrixRow> matrix, List<OutletFraming> outlets) {

    public ReportView {
        articles = List.copyOf(articles);
        pairs = List.copyOf(pairs);
        claims = List.copyOf(claims);
        coverage = List.copyOf(coverage);
        matrix = List.copyOf(matrix);
        outlets = List.copyOf(outlets);
    }

    /** One outlet's framing in numbers: whom it cites, whom it names, how sure it sounds. */
    public record OutletFraming(ArticleCard article, List<String> sources, List<String> actors, int attributions,
            int quotations, int hedgesHigh, int hedgesLow, int loadedVerbs, int unattributed,
            List<Claim> uniqueClaims) {
        public OutletFraming {
            sources = List.copyOf(sources);
            actors = List.copyOf(actors);
            uniqueClaims = List.copyOf(uniqueClaims);
        }

        public String sourcesText() {
            return sources.isEmpty() ? "no named source" : String.join(", ", sources);
        }

        public String actorsText() {
            return actors.isEmpty() ? "no actor" : String.join(", ", actors);
        }

        public String certaintyText() {
            return hedgesHigh + " confident, " + hedgesLow + " hedged";
        }

        public String attributionsText() {
            return attributions + ", " + quotations + " quotations, " + loadedVerbs + " loaded verbs, "
                    + unattributed + " unattributed claims";
        }

        public boolean hasUniqueClaims() {
            return !uniqueClaims.isEmpty();
        }

        /** The claims only this outlet carries, as links: "#c3" labelled "claim 3". */
        public List<ClaimLink> uniqueClaimLinks() {
            return uniqueClaims.stream().map(c -> new ClaimLink("#" + c.id(), "claim " + c.number())).toList();
        }
    }

    /** A link to a row of the claim table. */
    public record ClaimLink(String href, String label) {
    }

    /** True when there is an outlet framing summary to show. */
    public boolean hasOutlets() {
        return !outlets.isEmpty();
    }

    /** True when more than two articles are compared: the claim table and matrix are shown. */
    public boolean manyOutlets() {
        return articles.size() > 2;
    }

    /** One outlet's telling of a claim: its wording with the diff against the common wording. */
    public record ClaimCell(boolean present, String kind, String position, List<Piece> pieces) {
        public ClaimCell {
            pieces = List.copyOf(pieces);
        }

        public boolean prominent() {
            return !position.isEmpty();
        }
    }

    /** A row of the claim table. */
    public record ClaimRow(String anchor, int number, int outlets, List<ClaimCell> cells) {
        public ClaimRow {
            cells = List.copyOf(cells);
        }

        public String outletsText() {
            return outlets + (outlets == 1 ? " outlet" : " outlets");
        }
    }

    /** One sentence of the coverage strip. */
    public record CoverageCell(String status, String claimAnchor, String title) {
        /** The link to the sentence's claim, or null when it has none. */
        public String href() {
            return claimAnchor.isBlank() ? null : "#" + claimAnchor;
        }

        public String cssClass() {
            return "cell " + status;
        }
    }

    /** An article's sentences as a strip: shared, reworded or unique. */
    public record CoverageStrip(ArticleCard article, List<CoverageCell> cells, int unique) {
        public CoverageStrip {
            cells = List.copyOf(cells);
        }

        /** What the strip shows, for screen readers. */
        public String description() {
            return article.outlet() + ": " + cells.size() + " sentences, " + unique + " only here";
        }
    }

    /** A row of the pairwise similarity matrix. */
    public record MatrixRow(ArticleCard article, List<String> cells) {
        public MatrixRow {
            cells = List.copyOf(cells);
        }
    }

    /** One article's header card and its removed boilerplate. */
    public record ArticleCard(String id, String label, String outlet, String title, String published,
            String language, String url, String source, int sentences, List<Removal> removed) {
        public ArticleCard {
            removed = List.copyOf(removed);
        }

        public boolean hasUrl() {
            return !url.isEmpty();
        }

        public boolean hasTitle() {
            return !title.isBlank();
        }

        public boolean hasPublished() {
            return !published.isBlank();
        }

        /** "A Outlet", as column heads name the article. */
        public String name() {
            return label + " " + outlet;
        }

        public boolean hasRemoved() {
            return !removed.isEmpty();
        }

        public String removedSummary() {
            return name() + ": " + removed.size() + (removed.size() == 1 ? " piece" : " pieces") + " removed";
        }
    }

    /** A count of units of one kind, for the summary. */
    public record KindCount(String kind, String label, int count) {
    }

    /** A run of text with its diff operation. */
    public record Piece(DiffOp op, String text) {
        public boolean equal() {
            return op == DiffOp.EQUAL;
        }

        public boolean deleted() {
            return op == DiffOp.DELETE;
        }

        public boolean inserted() {
            return op == DiffOp.INSERT;
        }
    }

    /** A framing difference as the panel lists it: both sides' words and a link to its unit. */
    public record FramingItem(String type, String label, String left, String right, String anchor, int unitNumber) {
        public boolean hasLeft() {
            return !left.isBlank();
        }

        public boolean hasRight() {
            return !right.isBlank();
        }

        /** "Certainty: mit sehr hoher Wahrscheinlichkeit / —", as the unit's list shows it. */
        public String summary() {
            return label + ": " + (hasLeft() ? left : "—") + " / " + (hasRight() ? right : "—");
        }
    }

    /** One row of the side-by-side view. */
    public record UnitRow(String anchor, int number, String kind, String kindLabel, boolean moved, String movedNote,
            String movedTarget, String score, List<Piece> left, List<Piece> right, List<FramingItem> framing) {
        public UnitRow {
            left = List.copyOf(left);
            right = List.copyOf(right);
            framing = List.copyOf(framing);
        }

        public boolean hasLeft() {
            return !left.isEmpty();
        }

        public boolean hasRight() {
            return !right.isEmpty();
        }

        public boolean hasMovedTarget() {
            return !movedTarget.isEmpty();
        }

        public boolean hasFraming() {
            return !framing.isEmpty();
        }

        public boolean modified() {
            return "modified".equals(kind);
        }

        public String cssClass() {
            return kind + (moved ? " moved" : "") + (framing.isEmpty() ? "" : " has-framing");
        }
    }

    /** One pair of articles: summary, framing panel and aligned rows. */
    public record PairSection(String id, ArticleCard left, ArticleCard right, String similarity,
            List<KindCount> counts, int movedCount, List<FramingItem> articleFraming, List<FramingItem> keyFraming,
            List<FramingItem> otherFraming, List<UnitRow> rows) {
        public PairSection {
            counts = List.copyOf(counts);
            articleFraming = List.copyOf(articleFraming);
            keyFraming = List.copyOf(keyFraming);
            otherFraming = List.copyOf(otherFraming);
            rows = List.copyOf(rows);
        }

        public int framingCount() {
            return keyFraming.size() + otherFraming.size();
        }

        public boolean hasArticleFraming() {
            return !articleFraming.isEmpty();
        }

        public boolean hasKeyFraming() {
            return !keyFraming.isEmpty();
        }

        public boolean hasOtherFraming() {
            return !otherFraming.isEmpty();
        }

        public String otherFramingSummary() {
            return otherFraming.size() + " other differences: quotations, dates, numbers, reporting verbs";
        }
    }

    /** Framing types shown first in the panel: who said it, how sure, whom it blames. */
    private static final List<MarkerType> KEY_TYPES = List.of(
            MarkerType.ATTRIBUTION, MarkerType.HEDGE, MarkerType.ACTOR, MarkerType.ORIGIN, MarkerType.UNATTRIBUTED);

    private static final Map<MarkerType, String> TYPE_LABELS = new EnumMap<>(Map.of(
            MarkerType.ATTRIBUTION, "Attribution",
            MarkerType.UNATTRIBUTED, "Unattributed claim",
            MarkerType.REPORTING_VERB, "Reporting verb",
            MarkerType.HEDGE, "Certainty",
            MarkerType.REPORTED_SPEECH, "Reported speech",
            MarkerType.ACTOR, "Actor named",
            MarkerType.ORIGIN, "Origin",
            MarkerType.QUOTE, "Quotation",
            MarkerType.NUMBER, "Number",
            MarkerType.DATE, "Date"));

    /** Builds the view of {@code comparison}. */
    public static ReportView of(Comparison comparison) {
        List<ArticleCard> cards = new ArrayList<>();
        Map<String, ArticleCard> byId = new HashMap<>();
        Map<String, Article> articles = new HashMap<>();
        for (int i = 0; i < comparison.articles().size(); i++) {
            Article a = comparison.articles().get(i);
            ArticleCard card = card(a, String.valueOf((char) ('A' + Math.min(i, 25))));
            cards.add(card);
            byId.put(a.id(), card);
            articles.put(a.id(), a);
        }
        List<PairSection> sections = new ArrayList<>();
        List<PairComparison> pivotPairs = comparison.pivotPairs();
        boolean single = pivotPairs.size() == 1;
        for (int p = 0; p < pivotPairs.size(); p++) {
            PairComparison pair = pivotPairs.get(p);
            String prefix = single ? "" : "p" + (p + 1) + "-";
            sections.add(section("p" + (p + 1), prefix, pair, byId.get(pair.left()), byId.get(pair.right()),
                    articles.get(pair.left()), articles.get(pair.right()), comparison));
        }
        String language = comparison.articles().isEmpty() ? "en" : comparison.articles().get(0).metadata().language().code();
        ClaimViews claimViews = claimViews(comparison, cards);
        return new ReportView(comparison.title(), language.isEmpty() ? "en" : language, cards, sections,
                claimViews.rows(), claimViews.strips(), matrix(comparison, cards), outlets(comparison, cards));
    }

    private static List<OutletFraming> outlets(Comparison comparison, List<ArticleCard> cards) {
        List<OutletFraming> out = new ArrayList<>();
        for (ArticleCard card : cards) {
            ArticleFraming f = comparison.framing().get(card.id());
            if (f == null) {
                continue;
            }
            List<String> actors = f.actors().stream().map(a -> a.actor() + " (" + a.count() + ")").toList();
            List<Claim> unique = new ArrayList<>();
            for (Claim c : comparison.claims()) {
                if (c.outlets() == 1 && c.members().containsKey(card.id()) && comparison.articles().size() > 1) {
                    unique.add(c);
                }
            }
            out.add(new OutletFraming(card, f.namedSources(), actors, f.attributions(), f.quotations(), f.hedgesHigh(),
                    f.hedgesLow(), f.reportingVerbsLoaded(), f.unattributedClaims(), unique));
        }
        return out;
    }

    private record ClaimViews(List<ClaimRow> rows, List<CoverageStrip> strips) {
    }

    private static ClaimViews claimViews(Comparison comparison, List<ArticleCard> cards) {
        List<Article> articles = comparison.articles();
        Map<String, CoverageCell[]> strips = new HashMap<>();
        for (Article a : articles) {
            strips.put(a.id(), new CoverageCell[a.sentences().size()]);
        }
        List<ClaimRow> rows = new ArrayList<>();
        for (int c = 0; c < comparison.claims().size(); c++) {
            Claim claim = comparison.claims().get(c);
            List<ClaimCell> cells = new ArrayList<>();
            for (Article a : articles) {
                List<Integer> indices = claim.members().get(a.id());
                if (indices == null) {
                    cells.add(new ClaimCell(false, ClaimKind.OMITTED.id(), "", List.of()));
                    continue;
                }
                List<AlignedSegment> wording = claim.wording().get(a.id());
                String kind = claim.kindOf(a.id()).id();
                List<Piece> pieces = new ArrayList<>();
                for (AlignedSegment d : wording) {
                    pieces.add(new Piece(d.op(), d.op() == DiffOp.DELETE ? d.left() : d.right()));
                }
                cells.add(new ClaimCell(true, kind, Prominence.of(a, indices), pieces));
                for (int i : indices) {
                    strips.get(a.id())[i] = new CoverageCell(kind, claim.id(),
                            "sentence " + (i + 1) + ": " + kind + ", claim " + (c + 1));
                }
            }
            rows.add(new ClaimRow(claim.id(), c + 1, claim.outlets(), cells));
        }
        List<CoverageStrip> coverage = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            CoverageCell[] cells = strips.get(articles.get(i).id());
            List<CoverageCell> list = new ArrayList<>();
            int unique = 0;
            for (int k = 0; k < cells.length; k++) {
                CoverageCell cell = cells[k] != null ? cells[k]
                        : new CoverageCell(ClaimKind.UNIQUE.id(), "", "sentence " + (k + 1) + ": unique");
                unique += ClaimKind.UNIQUE.id().equals(cell.status()) ? 1 : 0;
                list.add(cell);
            }
            coverage.add(new CoverageStrip(cards.get(i), list, unique));
        }
        return new ClaimViews(rows, coverage);
    }

    private static List<MatrixRow> matrix(Comparison comparison, List<ArticleCard> cards) {
        Map<String, Double> similarity = new HashMap<>();
        for (PairComparison p : comparison.pairs()) {
            similarity.put(p.left() + "|" + p.right(), p.similarity());
            similarity.put(p.right() + "|" + p.left(), p.similarity());
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (ArticleCard row : cards) {
            List<String> cells = new ArrayList<>();
            for (ArticleCard col : cards) {
                Double s = similarity.get(row.id() + "|" + col.id());
                cells.add(row.id().equals(col.id()) ? "—" : s == null ? "" : percent(s));
            }
            rows.add(new MatrixRow(row, cells));
        }
        return rows;
    }

    private static ArticleCard card(Article a, String label) {
        ArticleMetadata m = a.metadata();
        return new ArticleCard(a.id(), label, m.outlet(), m.title(), m.published(), m.language().code(),
                SafeLinks.httpOrEmpty(m.url()), m.source(), a.sentences().size(), a.removed());
    }

    private static PairSection section(String id, String prefix, PairComparison pair, ArticleCard left,
            ArticleCard right, Article leftArticle, Article rightArticle, Comparison comparison) {
        List<UnitComparison> units = pair.units();
        Map<Integer, Integer> unitOfRight = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            for (int r : units.get(u).unit().right()) {
                unitOfRight.put(r, u);
            }
        }
        Map<UnitKind, Integer> counts = new EnumMap<>(UnitKind.class);
        int moved = 0;
        List<UnitRow> rows = new ArrayList<>();
        List<FramingItem> key = new ArrayList<>();
        List<FramingItem> other = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            UnitComparison uc = units.get(u);
            AlignmentUnit unit = uc.unit();
            String anchor = prefix + uc.anchor();
            counts.merge(unit.kind(), 1, Integer::sum);
            String movedNote = "";
            String movedTarget = "";
            if (unit.moved()) {
                moved++;
                int first = unit.right().isEmpty() ? -1 : unit.right().get(0);
                Integer before = first > 0 ? unitOfRight.get(first - 1) : null;
                if (first == 0) {
                    movedNote = "moved: opens " + right.outlet();
                } else if (before != null) {
                    movedNote = "moved: in " + right.outlet() + " this follows unit " + (before + 1);
                    movedTarget = "#" + prefix + units.get(before).anchor();
                } else {
                    movedNote = "moved";
                }
            }
            List<FramingItem> framing = new ArrayList<>();
            for (FramingDifference f : uc.framing()) {
                FramingItem item = item(f, anchor, u + 1);
                framing.add(item);
                (KEY_TYPES.contains(f.type()) ? key : other).add(item);
            }
            rows.add(new UnitRow(anchor, u + 1, unit.kind().id(), kindLabel(unit.kind(), left, right), unit.moved(),
                    movedNote, movedTarget, percent(unit.score()), pieces(uc, unit.left(), leftArticle, DiffOp.DELETE),
                    pieces(uc, unit.right(), rightArticle, DiffOp.INSERT),
                    framing));
        }
        Comparator<FramingItem> byType = Comparator.comparingInt(i -> typeRank(i.type()));
        key.sort(byType);
        other.sort(byType);
        List<KindCount> kindCounts = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            kindCounts.add(new KindCount(k.id(), kindLabel(k, left, right), counts.getOrDefault(k, 0)));
        }
        List<FramingItem> whole = articleContrast(pair, prefix);
        return new PairSection(id, left, right, percent(pair.similarity()), kindCounts, moved, whole, key, other, rows);
    }

    /** The pair's whole-article contrast as panel items, each linked to the unit that holds it. */
    private static List<FramingItem> articleContrast(PairComparison pair, String prefix) {
        Map<String, Integer> numberOf = new HashMap<>();
        for (int u = 0; u < pair.units().size(); u++) {
            numberOf.put(pair.units().get(u).anchor(), u + 1);
        }
        List<FramingItem> items = new ArrayList<>();
        for (ArticleContrast c : pair.contrast()) {
            boolean left = c.side() == Side.LEFT;
            items.add(new FramingItem(c.type().id(), TYPE_LABELS.get(c.type()), left ? c.text() : "",
                    left ? "" : c.text(), prefix + c.unit(), numberOf.get(c.unit())));
        }
        return items;
    }

    private static int typeRank(String typeId) {
        for (MarkerType t : MarkerType.values()) {
            if (t.id().equals(typeId)) {
                int k = KEY_TYPES.indexOf(t);
                return k >= 0 ? k : KEY_TYPES.size() + t.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static FramingItem item(FramingDifference f, String anchor, int number) {
        String label = TYPE_LABELS.getOrDefault(f.type(), f.type().id());
        String l;
        String r;
        if (f.side() == Side.LEFT) {
            l = f.text();
            r = f.counterpart();
        } else {
            l = f.counterpart();
            r = f.text();
        }
        return new FramingItem(f.type().id(), label, l, r, anchor, number);
    }

    private static String kindLabel(UnitKind kind, ArticleCard left, ArticleCard right) {
        return switch (kind) {
            case IDENTICAL -> "identical";
            case MODIFIED -> "reworded";
            case LEFT_ONLY -> "only in " + left.outlet();
            case RIGHT_ONLY -> "only in " + right.outlet();
        };
    }

    /**
     * One cell of the side-by-side view: for a reworded unit the diff's equal runs and this side's own
     * edits ({@code own}); otherwise this side's sentences, whole.
     */
    private static List<Piece> pieces(UnitComparison uc, List<Integer> indices, Article article, DiffOp own) {
        List<Piece> out = new ArrayList<>();
        if (indices.isEmpty()) {
            return out;
        }
        if (uc.unit().kind() == UnitKind.MODIFIED && !uc.diff().isEmpty()) {
            for (AlignedSegment d : uc.diff()) {
                if (d.op() == DiffOp.EQUAL || d.op() == own) {
                    out.add(new Piece(d.op(), own == DiffOp.DELETE ? d.left() : d.right()));
                }
            }
            return out;
        }
        out.add(new Piece(DiffOp.EQUAL, article.text(indices)));
        return out;
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%d %%", Math.round(value * 100));
    }
}
