package org.parallax.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Groups articles into events. Shingles found in very many articles are dropped (see
 * {@link ClusterOptions#commonShare()}); the rest give each article a MinHash signature;
 * {@link CandidateFinder} proposes pairs; a pair of the same language whose {@link PairSimilarity}
 * reaches {@link ClusterOptions#minSimilarity()} is confirmed; the confirmed pairs join articles into
 * events (connected components). Each event's pivot is the article with the highest sum of confirmed
 * similarities (ties: the earlier date, then the earlier article); every member is then scored
 * against the pivot. No step compares all pairs: the work grows with the number of articles times
 * the number of candidates per article. Deterministic for the same input. Thread-safe.
 */
final class ArticleClusterer {

    /** The similarity of two articles, by their index; called from several threads at once. */
    @FunctionalInterface
    interface PairSimilarity {
        double similarity(int a, int b);
    }

    /**
     * What the clusterer needs of one article.
     *
     * @param day      epoch day of publication, or {@link CandidateFinder#UNDATED}
     * @param language the language tag; pairs of two different languages are never one event
     * @param shingles the article's distinct shingle hashes, sorted
     */
    record Doc(int day, String language, long[] shingles) {
        Doc {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(shingles, "shingles");
        }
    }

    /**
     * One event.
     *
     * @param members    article indices, the pivot first, then by day (undated last) and index
     * @param similarity each member's similarity to the pivot (1 for the pivot itself)
     */
    record Event(int[] members, double[] similarity) {
        int pivot() {
            return members[0];
        }
    }

    /** The events (ordered by the pivot's day, undated last, then the pivot's index) and counts. */
    record Clustering(List<Event> events, int candidatePairs, int confirmedPairs, int commonShingles) {
        Clustering {
            events = List.copyOf(events);
        }
    }

    private final ClusterOptions options;

    ArticleClusterer(ClusterOptions options) {
        this.options = options;
    }

    Clustering cluster(List<Doc> docs, PairSimilarity similarity) {
        int n = docs.size();
        long[] common = commonShingles(docs);
        MinHasher hasher = new MinHasher(options.shingleWords(), options.bands() * options.rows());
        CandidateFinder finder = new CandidateFinder(options.bands(), options.rows(), options.windowDays(),
                options.maxNeighbours());
        int[][] bandKeys = new int[n][];
        int[] days = new int[n];
        parallel(n, i -> {
            long[] kept = without(docs.get(i).shingles(), common);
            bandKeys[i] = kept.length == 0 ? null : finder.bandKeys(hasher.signature(kept));
        });
        for (int i = 0; i < n; i++) {
            days[i] = docs.get(i).day();
        }
        long[] candidates = finder.find(bandKeys, days);
        double[] sims = new double[candidates.length];
        parallel(candidates.length, p -> {
            int a = (int) (candidates[p] >>> 32);
            int b = (int) candidates[p];
            sims[p] = sameLanguage(docs.get(a), docs.get(b)) ? similarity.similarity(a, b) : 0;
        });
        List<int[]> ordered = group(days, candidates, sims, options.minSimilarity());
        int confirmed = 0;
        for (double s : sims) {
            if (s >= options.minSimilarity()) {
                confirmed++;
            }
        }
        List<Event> events = new ArrayList<>(ordered.size());
        // similarity to the pivot: from the confirmed pairs where there is one, else aligned now
        for (int[] members : ordered) {
            double[] toPivot = new double[members.length];
            toPivot[0] = 1;
            events.add(new Event(members, toPivot));
        }
        int total = ordered.stream().mapToInt(m -> m.length - 1).sum();
        int[][] jobs = new int[total][];
        int j = 0;
        for (int e = 0; e < ordered.size(); e++) {
            for (int k = 1; k < ordered.get(e).length; k++) {
                jobs[j++] = new int[] {e, k};
            }
        }
        parallel(total, q -> {
            Event e = events.get(jobs[q][0]);
            int a = e.pivot();
            int b = e.members()[jobs[q][1]];
            int found = Arrays.binarySearch(candidates, (long) Math.min(a, b) << 32 | Math.max(a, b));
            e.similarity()[jobs[q][1]] = found >= 0 ? sims[found] : similarity.similarity(a, b);
        });
        return new Clustering(events, candidates.length, confirmed, common.length);
    }

    /**
     * The grouping rule: the candidate pairs whose similarity reaches {@code minSimilarity} join
     * articles into connected components; each component of two or more articles becomes an event
     * whose pivot is the member with the highest sum of confirmed similarities (ties: the earlier
     * day, undated last, then the lower index), followed by the other members by day and index.
     * Events are ordered by their pivot's day, then the pivot's index.
     *
     * @param days       each article's epoch day, or {@link CandidateFinder#UNDATED}
     * @param candidates pairs as {@code (long) i << 32 | j}, {@code i < j}
     * @param sims       the similarity of each candidate pair
     * @return each event's members, the pivot first
     */
    static List<int[]> group(int[] days, long[] candidates, double[] sims, double minSimilarity) {
        int n = days.length;
        UnionFind components = new UnionFind(n);
        double[] strength = new double[n];
        for (int p = 0; p < candidates.length; p++) {
            if (sims[p] >= minSimilarity) {
                int a = (int) (candidates[p] >>> 32);
                int b = (int) candidates[p];
                components.union(a, b);
                strength[a] += sims[p];
                strength[b] += sims[p];
            }
        }
        List<int[]> groups = components.groups();
        Comparator<Integer> byDay = (x, y) -> {
            int dx = days[x] == CandidateFinder.UNDATED ? Integer.MAX_VALUE : days[x];
            int dy = days[y] == CandidateFinder.UNDATED ? Integer.MAX_VALUE : days[y];
            return dx != dy ? Integer.compare(dx, dy) : Integer.compare(x, y);
        };
        List<int[]> ordered = new ArrayList<>();
        for (int[] g : groups) {
            if (g.length < 2) {
                continue;
            }
            int pivot = g[0];
            for (int m : g) {
                if (strength[m] > strength[pivot] || strength[m] == strength[pivot] && byDay.compare(m, pivot) < 0) {
                    pivot = m;
                }
            }
            int p = pivot;
            Integer[] rest = Arrays.stream(g).filter(m -> m != p).boxed().sorted(byDay).toArray(Integer[]::new);
            int[] members = new int[g.length];
            members[0] = pivot;
            for (int k = 0; k < rest.length; k++) {
                members[k + 1] = rest[k];
            }
            ordered.add(members);
        }
        ordered.sort((x, y) -> byDay.compare(x[0], y[0]));
        return ordered;
    }

    private static boolean sameLanguage(Doc a, Doc b) {
        return a.language().isEmpty() || b.language().isEmpty() || a.language().equals(b.language());
    }

    /** The shingles in more than the common share of the articles (and above the floor), sorted. */
    private long[] commonShingles(List<Doc> docs) {
        long limit = Math.max(options.commonFloor(), (long) Math.ceil(options.commonShare() * docs.size()));
        int total = 0;
        for (Doc d : docs) {
            total += d.shingles().length;
        }
        long[] all = new long[total];
        int k = 0;
        for (Doc d : docs) {
            System.arraycopy(d.shingles(), 0, all, k, d.shingles().length);
            k += d.shingles().length;
        }
        Arrays.parallelSort(all);
        long[] common = new long[64];
        int c = 0;
        for (int i = 0; i < all.length;) {
            int end = i + 1;
            while (end < all.length && all[end] == all[i]) {
                end++;
            }
            if (end - i > limit) {
                if (c == common.length) {
                    common = Arrays.copyOf(common, c * 2);
                }
                common[c++] = all[i];
            }
            i = end;
        }
        return Arrays.copyOf(common, c);
    }

    private static long[] without(long[] shingles, long[] common) {
        if (common.length == 0) {
            return shingles;
        }
        long[] kept = new long[shingles.length];
        int k = 0;
        for (long s : shingles) {
            if (Arrays.binarySearch(common, s) < 0) {
                kept[k++] = s;
            }
        }
        return Arrays.copyOf(kept, k);
    }

    /** Runs {@code task} for 0..n-1 on the configured threads; each index writes its own result. */
    private void parallel(int n, java.util.function.IntConsumer task) {
        parallel(options.threads(), n, task);
    }

    /** Runs {@code task} for 0..n-1 on {@code threads} threads; each index writes its own result. */
    static void parallel(int threads, int n, java.util.function.IntConsumer task) {
        if (n == 0) {
            return;
        }
        if (threads == 1) {
            IntStream.range(0, n).forEach(task);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Disjoint sets of article indices, with path halving and union by size. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (size[ra] < size[rb] || size[ra] == size[rb] && rb < ra) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }

        /** The sets, each sorted, in the order of their smallest member. */
        List<int[]> groups() {
            int n = parent.length;
            int[] count = new int[n];
            for (int i = 0; i < n; i++) {
                count[find(i)]++;
            }
            int[][] members = new int[n][];
            int[] filled = new int[n];
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int r = find(i);
                if (members[r] == null) {
                    members[r] = new int[count[r]];
                    out.add(members[r]);
                }
                members[r][filled[r]++] = i;
            }
            return out;
        }
    }
}
