package org.parallax.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parallax.cluster.ClusterSteps;
import org.parallax.io.AtomicFiles;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.PairComparison;
import org.parallax.model.UnitComparison;
import org.parallax.pile.PileRecord;
import org.parallax.pipeline.ReportService;
import org.parallax.site.CorpusScanner;
import org.parallax.site.EventInfo;
import org.parallax.site.FailedEvent;
import org.parallax.site.SiteBuilder;

/**
 * One event on an executor, as {@code cluster} and {@code build} make it in one JVM: its records are
 * read again from the pile, its folder is written as the corpus has it, its articles are read back
 * from that folder in the order {@code build} takes them (the pivot first, then by file name) and
 * compared, its report (page, JSON, claims CSV) is written into the site, and what each of its outlets
 * shows in it is counted for the outlets' profiles, all as {@link SiteBuilder} does it.
 */
final class EventJob {

    /** One member of an event: its article index, its pile location and the file it is in. */
    record Member(int index, String location, PileFiles.PileFile file) implements Serializable {
    }

    /** An event to build: its folder name and its members, the pivot first. */
    record Task(String slug, List<Member> members) implements Serializable {
    }

    /** One aligned unit of one pair. */
    record UnitRow(String event, String left, String right, String unit, String kind, boolean moved, double score,
            List<Integer> leftSentences, List<Integer> rightSentences, String leftText, String rightText)
            implements Serializable {
    }

    /** How one article tells one claim. */
    record ClaimRow(String event, String claim, int outlets, String article, String kind, List<Integer> sentences,
            String text) implements Serializable {
    }

    /**
     * A member's place in the corpus and its similarity to the pivot (null when its event failed),
     * and why its event failed (null when it was built).
     */
    record MemberRow(int index, String event, String file, Double similarity, String error) implements Serializable {
    }

    /**
     * What an event gave: its index entry and what each of its outlets shows in it, as {@code build}
     * makes them, and the rows of the tables; or, when it could not be built, why ({@code failure},
     * one line as {@code build-errors.txt} has it; {@code event} null and no units or claims).
     */
    record Result(String slug, SiteBuilder.BuiltEvent event, List<MemberRow> members, List<UnitRow> units,
            List<ClaimRow> claimRows, String failure) implements Serializable {

        boolean failed() {
            return failure != null;
        }

        /** What the driver needs: the index entry and outlets' counts, or the failure; no rows. */
        Result slim() {
            return new Result(slug, event, List.of(), List.of(), List.of(), failure);
        }
    }

    /** Builds one event: {@link EventJob#run}, or another way in tests. */
    @FunctionalInterface
    interface Runner extends Serializable {
        Result run(Task task, Settings settings, Path corpus, Path site);
    }

    private EventJob() {
    }

    /**
     * Builds one event with {@code runner}. When it fails and the run is not strict, its report's folder
     * is removed from the site (its folder in the corpus stays, to be looked at) and the result says why,
     * as {@code build} lists a failed event; a strict run fails with it.
     */
    static Result runOrFail(Runner runner, Task task, Settings settings, Path corpus, Path site, boolean strict) {
        try {
            return runner.run(task, settings, corpus, site);
        } catch (RuntimeException e) {
            if (strict) {
                throw e;
            }
            AtomicFiles.deleteTree(site.resolve(task.slug()));
            String reason = new FailedEvent(task.slug(), corpus.resolve(task.slug()), FailedEvent.reason(e)).error();
            List<MemberRow> members = new ArrayList<>();
            for (Member m : task.members()) {
                members.add(new MemberRow(m.index(), task.slug(), null, null, "event failed: " + reason));
            }
            return new Result(task.slug(), null, members, List.of(), List.of(), reason);
        }
    }

    /**
     * Builds one event.
     *
     * @param corpus the corpus folder its folder is written to
     * @param site   the site folder its report is written to
     */
    static Result run(Task task, Settings settings, Path corpus, Path site) {
        Worker worker = Worker.get(settings);
        Map<String, PileRecord> byLocation = new HashMap<>();
        Set<PileFiles.PileFile> files = new LinkedHashSet<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (Member m : task.members()) {
            files.add(m.file());
            wanted.add(m.location());
        }
        for (PileFiles.PileFile f : files) {
            for (Worker.Read r : worker.readAgain(f)) {
                if (r.record() != null && wanted.contains(r.record().location())) {
                    byLocation.put(r.record().location(), r.record());
                }
            }
        }
        List<PileRecord> records = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (Member m : task.members()) {
            PileRecord r = byLocation.get(m.location());
            if (r == null) {
                throw new IllegalStateException(m.location() + ": the record is no longer in the pile");
            }
            String[] error = new String[1];
            Article a = worker.load(r, ReportService.articleId(articles.size()), error);
            if (a == null) {
                throw new IllegalStateException(m.location() + ": " + error[0]);
            }
            records.add(r);
            articles.add(a);
        }
        Path dir = corpus.resolve(task.slug());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        List<String> names = ClusterSteps.writeEvent(dir, records, articles);
        EventInfo info = EventInfo.read(dir.resolve("event.yaml"));
        List<Path> inputs = articleFiles(dir, info);
        ReportService reports = worker.reports;
        Comparison comparison = reports.compare(info.title(), inputs);
        Path out = site.resolve(task.slug());
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
        reports.write(comparison, SiteBuilder.eventFiles(site, task.slug(), comparison, settings.base()));
        return result(task, info, comparison, inputs, names);
    }

    /** The event's article files as {@code build} takes them: the pivot first, then by path. */
    private static List<Path> articleFiles(Path dir, EventInfo info) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                if (Files.isRegularFile(f) && CorpusScanner.isArticle(f)) {
                    files.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
        }
        if (!info.pivot().isEmpty()) {
            Path pivot = dir.resolve(info.pivot()).normalize();
            if (!files.remove(pivot)) {
                throw new IllegalStateException(dir + ": pivot " + info.pivot() + " is not an article of the event");
            }
            files.add(0, pivot);
        }
        return files;
    }

    private static Result result(Task task, EventInfo info, Comparison comparison, List<Path> inputs,
            List<String> names) {
        String slug = task.slug();
        // article id in the comparison -> pile location, through the file each member was written to
        Map<String, String> locationOfFile = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            locationOfFile.put(names.get(k), task.members().get(k).location());
        }
        Map<String, String> location = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            location.put(ReportService.articleId(i), locationOfFile.get(inputs.get(i).getFileName().toString()));
        }
        Map<String, Double> toPivot = new HashMap<>();
        for (PairComparison p : comparison.pivotPairs()) {
            toPivot.put(location.get(p.right()), p.similarity());
        }
        List<MemberRow> members = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            Member m = task.members().get(k);
            members.add(new MemberRow(m.index(), slug, slug + "/" + names.get(k),
                    k == 0 ? 1.0 : toPivot.getOrDefault(m.location(), 0.0), null));
        }
        List<UnitRow> units = new ArrayList<>();
        for (PairComparison p : comparison.pairs()) {
            Article left = comparison.article(p.left()).orElseThrow();
            Article right = comparison.article(p.right()).orElseThrow();
            for (UnitComparison u : p.units()) {
                units.add(new UnitRow(slug, location.get(p.left()), location.get(p.right()), u.anchor(),
                        u.unit().kind().name().toLowerCase(java.util.Locale.ROOT), u.unit().moved(), u.unit().score(),
                        u.unit().left(), u.unit().right(), left.text(u.unit().left()), right.text(u.unit().right())));
            }
        }
        List<ClaimRow> claims = new ArrayList<>();
        for (Claim c : comparison.claims()) {
            for (Map.Entry<String, List<Integer>> e : c.members().entrySet()) {
                Article a = comparison.article(e.getKey()).orElseThrow();
                claims.add(new ClaimRow(slug, c.id(), c.outlets(), location.get(e.getKey()), c.kindOf(e.getKey()).id(),
                        e.getValue(), a.text(e.getValue())));
            }
        }
        return new Result(slug, SiteBuilder.describe(slug, info, comparison), members, units, claims, null);
    }
}
