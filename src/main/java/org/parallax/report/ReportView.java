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
import org.parallax.model.Attribution;
import org.parallax.model.AttributionTable;
import org.parallax.model.OutletAttribution;
import org.parallax.model.SourceAttribution;

/**
 * What the HTML report shows, arranged from a {@link Comparison} so that templates only lay it out:
 * article text, names, numbers and kinds, never a sentence for readers (the templates word those
 * through {@code messages.properties}). Every string here is plain text: templates escape it
 * ({@code th:text}). Immutable.
 */
public record ReportView(String title, String language, List<ArticleCard> articles, List<PairSection> pairs,
        List<ClaimRow> claims, List<CoverageStrip> coverage, List<MatrixRow> matrix, List<OutletFraming> outlets,
        WhoSaidWhat who) {

    public ReportView {
        articles = List.copyOf(articles);
        pairs = List.copyOf(pairs);
        claims = List.copyOf(claims);
        coverage = List.copyOf(coverage);
        matrix = List.copyOf(matrix);
        outlets = List.copyOf(outlets);
    }

    /**
     * The "who said what" panel: one row per outlet, one column per main source (carried by at least
     * half of the outlets, or stating high certainty somewhere), the other sources in a last column.
     */
    public record WhoSaidWhat(List<String> sources, List<WhoRow> rows, boolean hasOthers, List<ActorReach> actors) {
        public WhoSaidWhat {
            sources = List.copyOf(sources);
            rows = List.copyOf(rows);
            actors = List.copyOf(actors);
        }

        public boolean present() {
            return !rows.isEmpty();
        }
    }

    /** One outlet's row of the panel: a cell per main source, then its other sources. */
    public record WhoRow(ArticleCard article, List<WhoCell> cells, List<WhoCell> others) {
        public WhoRow {
            cells = List.copyOf(cells);
            others = List.copyOf(others);
        }

        public boolean hasOthers() {
            return !others.isEmpty();
        }
    }

    /**
     * What one source blames in one outlet, by its most telling sentence: the actor in the outlet's own
     * words, the sentence's certainty words, the central actors it leaves unnamed, the link to the unit
     * that holds the sentence, and how many more attributions the source has there.
     */
    public record WhoCell(String source, boolean present, String words, String actor, List<String> certainty,
            boolean negated, List<String> notNamed, String href, int more) {
        public WhoCell {
            certainty = List.copyOf(certainty);
            notNamed = List.copyOf(notNamed);
        }

        static WhoCell absent(String source) {
            return new WhoCell(source, false, "", "", List.of(), false, List.of(), "", 0);
        }

        public boolean unattributed() {
            return source.isEmpty();
        }

        public boolean hasCertainty() {
            return !certainty.isEmpty();
        }

        public boolean hasNotNamed() {
            return !notNamed.isEmpty();
        }

        public boolean hasMore() {
            return more > 0;
        }
    }

    /** An actor blamed, and the outlets (labels) that report someone blaming it. */
    public record ActorReach(String actor, List<String> outlets, List<String> missing) {
        public ActorReach {
            outlets = List.copyOf(outlets);
            missing = List.copyOf(missing);
        }

        public boolean hasMissing() {
            return !missing.isEmpty();
        }
    }

    /** One outlet's framing in numbers: whom it cites, whom it names, how sure it sounds. */
    public record OutletFraming(ArticleCard article, List<String> sources, List<ArticleFraming.ActorCount> actors,
            int attributions,
            int quotations, int hedgesHigh, int hedgesLow, int loadedVerbs, int unattributed,
            List<Claim> uniqueClaims) {
        public OutletFraming {
            sources = List.copyOf(sources);
            actors = List.copyOf(actors);
            uniqueClaims = List.copyOf(uniqueClaims);
        }

        public boolean hasSources() {
            return !sources.isEmpty();
        }

        public boolean hasActors() {
            return !actors.isEmpty();
        }

        public boolean hasUniqueClaims() {
            return !uniqueClaims.isEmpty();
        }

        /** The claims only this outlet carries, as links: "#c3" with the claim's number 3. */
        public List<ClaimLink> uniqueClaimLinks() {
            return uniqueClaims.stream().map(c -> new ClaimLink("#" + c.id(), String.valueOf(c.number()))).toList();
        }
    }

    /** A link to a row of the claim table, with the claim's number. */
    public record ClaimLink(String href, String number) {
    }

    /** True when there is an outlet framing summary to show. */
    public boolean hasOutlets() {
        return !outlets.isEmpty();
    }

    /** True when some claim is told differently by the outlets that carry it, or left out by some. */
    public boolean hasDifferingClaims() {
        return claims.stream().anyMatch(ClaimRow::differs);
    }

    /** Number of claims in the table of differing claims. */
    public long differingClaims() {
        return claims.stream().filter(ClaimRow::differs).count();
    }

    /** True when more than two articles are compared: the claim table and matrix are shown. */
    public boolean manyOutlets() {
        return articles.size() > 2;
    }

    /**
     * One outlet's telling of a claim: its own wording, as runs that the claim's most common wording
     * shares ("equal") and runs of its own ("insert").
     */
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

        /** True when several outlets carry the claim and some omits it or tells it in other words. */
        public boolean differs() {
            return outlets > 1 && cells.stream().anyMatch(c -> !c.present() || "reworded".equals(c.kind()));
        }

        /** The row's id: in the table of differing claims when it is there, else in the full table. */
        public String idInFullTable() {
            return differs() ? "all-" + anchor : anchor;
        }
    }

    /**
     * One sentence of the coverage strip: its status ("shared", "reworded", "unique"), its claim and
     * the claim's number (0 when it has none), and its number in the article, from 1.
     */
    public record CoverageCell(String status, String claimAnchor, int claim, int sentence) {
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

    }

    /** A cell of the similarity matrix: the similarity and the link to the pair's section, if any. */
    public record MatrixCell(String text, String href) {
        public boolean linked() {
            return !href.isEmpty();
        }
    }

    /** A row of the pairwise similarity matrix. */
    public record MatrixRow(ArticleCard article, List<MatrixCell> cells) {
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
    }

    /** A count of units of one kind ("identical", "modified", "left-only", "right-only"), for the summary. */
    public record KindCount(String kind, int count) {
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

    /** A framing difference as the panel lists it: its type's id, both sides' words and a link to its unit. */
    public record FramingItem(String type, String left, String right, String anchor, int unitNumber) {
        public boolean hasLeft() {
            return !left.isBlank();
        }

        public boolean hasRight() {
            return !right.isBlank();
        }
    }

    /**
     * One row of the side-by-side view. A moved unit either opens the right article
     * ({@code movedOpens}), or follows the unit numbered {@code movedAfter} there (0 when neither).
     */
    public record UnitRow(String anchor, int number, String kind, boolean moved, boolean movedOpens, int movedAfter,
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
            return UnitKind.MODIFIED.id().equals(kind);
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
    }

    /** Framing types shown first in the panel: who said it, how sure, whom it blames. */
    private static final List<MarkerType> KEY_TYPES = List.of(
            MarkerType.ATTRIBUTION, MarkerType.HEDGE, MarkerType.ACTOR, MarkerType.ORIGIN, MarkerType.UNATTRIBUTED);

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
        List<PairComparison> allPairs = comparison.pairs();
        boolean single = allPairs.size() == 1;
        for (int p = 0; p < allPairs.size(); p++) {
            PairComparison pair = allPairs.get(p);
            String prefix = single ? "" : "p" + (p + 1) + "-";
            sections.add(section("p" + (p + 1), prefix, pair, byId.get(pair.left()), byId.get(pair.right()),
                    articles.get(pair.left()), articles.get(pair.right()), comparison));
        }
        String language = comparison.articles().isEmpty() ? "en" : comparison.articles().get(0).metadata().language().code();
        ClaimViews claimViews = claimViews(comparison, cards);
        return new ReportView(comparison.title(), language.isEmpty() ? "en" : language, cards, sections,
                claimViews.rows(), claimViews.strips(), matrix(comparison, cards), outlets(comparison, cards),
                who(comparison, cards));
    }

    /** An actor's canonical name without the country it belongs to: "Ministry of State Security". */
    private static String shortName(String canonical) {
        int colon = canonical.indexOf(": ");
        return colon < 0 ? canonical : canonical.substring(colon + 2);
    }

    /** The "who said what" panel of the comparison's attribution table. */
    private static WhoSaidWhat who(Comparison comparison, List<ArticleCard> cards) {
        AttributionTable table = comparison.attribution();
        if (table.isEmpty()) {
            return new WhoSaidWhat(List.of(), List.of(), false, List.of());
        }
        Map<String, String> sentenceAnchors = sentenceAnchors(comparison);
        List<String> main = new ArrayList<>();
        for (String source : table.sources()) {
            long outlets = table.outlets().stream().filter(o -> o.source(source).isPresent()).count();
            boolean confident = table.outlets().stream().flatMap(o -> o.source(source).stream())
                    .anyMatch(s -> s.lead().confident());
            if (!source.isEmpty() && (outlets * 2 >= cards.size() || confident)) {
                main.add(source);
            }
        }
        List<WhoRow> rows = new ArrayList<>();
        boolean hasOthers = false;
        for (ArticleCard card : cards) {
            OutletAttribution outlet = table.outlet(card.id()).orElse(new OutletAttribution(card.id(), List.of()));
            List<WhoCell> cells = new ArrayList<>();
            for (String source : main) {
                cells.add(outlet.source(source).map(s -> cell(s, card.id(), sentenceAnchors)).orElse(WhoCell.absent(source)));
            }
            List<WhoCell> others = outlet.sources().stream().filter(s -> !main.contains(s.source()))
                    .map(s -> cell(s, card.id(), sentenceAnchors)).toList();
            hasOthers |= !others.isEmpty();
            rows.add(new WhoRow(card, cells, others));
        }
        List<ActorReach> reach = new ArrayList<>();
        for (String actor : table.actors()) {
            List<String> with = new ArrayList<>();
            List<String> without = new ArrayList<>();
            for (ArticleCard card : cards) {
                boolean blames = table.outlet(card.id()).stream().flatMap(o -> o.sources().stream())
                        .anyMatch(s -> s.actors().contains(actor));
                (blames ? with : without).add(card.label());
            }
            reach.add(new ActorReach(actor, with, without));
        }
        return new WhoSaidWhat(main, rows, hasOthers, reach);
    }

    private static WhoCell cell(SourceAttribution s, String article, Map<String, String> sentenceAnchors) {
        Attribution lead = s.lead();
        String anchor = sentenceAnchors.get(article + "#" + lead.sentence());
        return new WhoCell(s.source(), true, lead.text(), lead.actor(), lead.certainty(), lead.negated(),
                s.notNamed().stream().map(ReportView::shortName).toList(),
                anchor == null ? "" : "#" + anchor, s.attributions().size() - 1);
    }

    /**
     * Where each sentence is in the side-by-side view ("a2#5" to "p1-u7"): the pivot's sentences in its
     * first pair, every other article's in its pair with the pivot.
     */
    private static Map<String, String> sentenceAnchors(Comparison comparison) {
        Map<String, String> out = new HashMap<>();
        boolean single = comparison.pairs().size() == 1;
        for (int p = comparison.pairs().size() - 1; p >= 0; p--) {
            PairComparison pair = comparison.pairs().get(p);
            String prefix = single ? "" : "p" + (p + 1) + "-";
            for (UnitComparison u : pair.units()) {
                for (int i : u.unit().left()) {
                    out.put(pair.left() + "#" + i, prefix + u.anchor());
                }
                for (int i : u.unit().right()) {
                    out.put(pair.right() + "#" + i, prefix + u.anchor());
                }
            }
        }
        return out;
    }

    private static List<OutletFraming> outlets(Comparison comparison, List<ArticleCard> cards) {
        List<OutletFraming> out = new ArrayList<>();
        for (ArticleCard card : cards) {
            ArticleFraming f = comparison.framing().get(card.id());
            if (f == null) {
                continue;
            }
            List<Claim> unique = new ArrayList<>();
            for (Claim c : comparison.claims()) {
                if (c.outlets() == 1 && c.members().containsKey(card.id()) && comparison.articles().size() > 1) {
                    unique.add(c);
                }
            }
            out.add(new OutletFraming(card, f.namedSources(), f.actors(), f.attributions(), f.quotations(), f.hedgesHigh(),
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
                List<Piece> pieces = a.id().equals(claim.common()) ? commonWording(claim) : ownWording(wording);
                cells.add(new ClaimCell(true, kind, Prominence.of(a, indices), pieces));
                for (int i : indices) {
                    strips.get(a.id())[i] = new CoverageCell(kind, claim.id(), c + 1, i + 1);
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
                CoverageCell cell = cells[k] != null ? cells[k] : new CoverageCell(ClaimKind.UNIQUE.id(), "", 0, k + 1);
                unique += ClaimKind.UNIQUE.id().equals(cell.status()) ? 1 : 0;
                list.add(cell);
            }
            coverage.add(new CoverageStrip(cards.get(i), list, unique));
        }
        return new ClaimViews(rows, coverage);
    }

    /**
     * An outlet's own words of a claim, from the diff of the common wording against them: the runs
     * they share with it ("equal"), and their own runs ("insert"), marked.
     */
    private static List<Piece> ownWording(List<AlignedSegment> diff) {
        List<Piece> pieces = new ArrayList<>();
        for (AlignedSegment d : diff) {
            if (d.op() != DiffOp.DELETE) {
                pieces.add(new Piece(d.op(), d.right()));
            }
        }
        return pieces;
    }

    /**
     * The common wording of a claim, its runs that some other outlet's telling lacks (deleted in that
     * outlet's diff) marked as its own ("insert"), the rest "equal".
     */
    private static List<Piece> commonWording(Claim claim) {
        String text = claim.wording().get(claim.common()).stream().map(AlignedSegment::right)
                .collect(java.util.stream.Collectors.joining());
        boolean[] lacking = new boolean[text.length()];
        claim.wording().forEach((id, diff) -> {
            if (id.equals(claim.common())) {
                return;
            }
            int at = 0;
            for (AlignedSegment d : diff) {
                int end = Math.min(text.length(), at + d.left().length());
                if (d.op() == DiffOp.DELETE) {
                    java.util.Arrays.fill(lacking, at, end, true);
                }
                if (d.op() != DiffOp.INSERT) {
                    at = end;
                }
            }
        });
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || lacking[i] != lacking[start]) {
                pieces.add(new Piece(lacking[start] ? DiffOp.INSERT : DiffOp.EQUAL, text.substring(start, i)));
                start = i;
            }
        }
        return pieces;
    }

    private static List<MatrixRow> matrix(Comparison comparison, List<ArticleCard> cards) {
        Map<String, Double> similarity = new HashMap<>();
        Map<String, String> section = new HashMap<>();
        for (int i = 0; i < comparison.pairs().size(); i++) {
            PairComparison p = comparison.pairs().get(i);
            similarity.put(p.left() + "|" + p.right(), p.similarity());
            similarity.put(p.right() + "|" + p.left(), p.similarity());
            section.put(p.left() + "|" + p.right(), "#p" + (i + 1));
            section.put(p.right() + "|" + p.left(), "#p" + (i + 1));
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (ArticleCard row : cards) {
            List<MatrixCell> cells = new ArrayList<>();
            for (ArticleCard col : cards) {
                String key = row.id() + "|" + col.id();
                Double s = similarity.get(key);
                cells.add(row.id().equals(col.id()) ? new MatrixCell("—", "")
                        : s == null ? new MatrixCell("", "") : new MatrixCell(percent(s), section.get(key)));
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
            boolean opens = false;
            int after = 0;
            String movedTarget = "";
            if (unit.moved()) {
                moved++;
                int first = unit.right().isEmpty() ? -1 : unit.right().get(0);
                Integer before = first > 0 ? unitOfRight.get(first - 1) : null;
                if (first == 0) {
                    opens = true;
                } else if (before != null) {
                    after = before + 1;
                    movedTarget = "#" + prefix + units.get(before).anchor();
                }
            }
            List<FramingItem> framing = new ArrayList<>();
            for (FramingDifference f : uc.framing()) {
                FramingItem item = item(f, anchor, u + 1);
                framing.add(item);
                (KEY_TYPES.contains(f.type()) ? key : other).add(item);
            }
            rows.add(new UnitRow(anchor, u + 1, unit.kind().id(), unit.moved(), opens, after, movedTarget, percent(unit.score()), pieces(uc, unit.left(), leftArticle, DiffOp.DELETE),
                    pieces(uc, unit.right(), rightArticle, DiffOp.INSERT),
                    framing));
        }
        Comparator<FramingItem> byType = Comparator.comparingInt(i -> typeRank(i.type()));
        key.sort(byType);
        other.sort(byType);
        List<KindCount> kindCounts = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            kindCounts.add(new KindCount(k.id(), counts.getOrDefault(k, 0)));
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
            items.add(new FramingItem(c.type().id(), left ? c.text() : "",
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
        String l;
        String r;
        if (f.side() == Side.LEFT) {
            l = f.text();
            r = f.counterpart();
        } else {
            l = f.counterpart();
            r = f.text();
        }
        return new FramingItem(f.type().id(), l, r, anchor, number);
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
