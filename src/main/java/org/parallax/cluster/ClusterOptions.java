package org.parallax.cluster;

/**
 * The settings of a clustering run. Immutable; start from {@link #defaults()}.
 *
 * @param windowDays     articles whose dates lie further apart than this are never compared
 * @param shingleWords   words per shingle
 * @param bands          LSH bands; the MinHash signature has {@code bands * rows} values
 * @param rows           values per band: a pair becomes a candidate when all values of one band agree
 * @param commonShare    shingles found in more than this share of the pile's articles (and in
 *                       more than {@link #commonFloor} articles) are left out: they say nothing
 *                       about the event
 * @param commonFloor    a shingle found in at most this many articles is always kept, so that
 *                       small piles keep every shingle
 * @param minSimilarity  the sentence aligner's pair similarity at which a candidate pair is taken
 *                       as the same event
 * @param maxNeighbours  in one LSH bucket, an article is paired with at most this many of the
 *                       articles that follow it by date: a bound on the work per article
 * @param threads        worker threads for loading and comparing articles
 */
public record ClusterOptions(int windowDays, int shingleWords, int bands, int rows, double commonShare,
        int commonFloor, double minSimilarity, int maxNeighbours, int threads) {

    public ClusterOptions {
        if (windowDays < 0) {
            throw new IllegalArgumentException("the date window must not be negative: " + windowDays);
        }
        if (shingleWords < 1 || bands < 1 || rows < 1 || maxNeighbours < 1) {
            throw new IllegalArgumentException("shingle words, bands, rows and neighbours must be at least 1");
        }
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("the similarity must lie in [0, 1]: " + minSimilarity);
        }
        threads = Math.max(1, threads);
    }

    /**
     * ±3 days; single words (rare words carry an event: names, places, numbers); 128 bands of 2
     * values (a pair whose rare words overlap by a tenth is a candidate with a chance of 72 %, by a
     * fiftieth with 5 %); words in more than 0.1 % of the articles and more than 50 articles dropped
     * (with 0.5 % the candidate pairs per article grew with the articles per day, from 2.2 at 12,500
     * generated articles over 90 days to 6.7 at 100,000; with 0.1 % they stay near 2, at the same
     * precision and recall on the labelled pile);
     * a pair is one event from an aligner similarity of 0.05 (on the labelled synthetic pile of
     * bench/cluster-eval.sh the lowest value of 0.02, 0.05, 0.1, 0.2 that kept pairwise precision at
     * 1; articles of one event that tell it independently score as low as 0.06, unrelated articles
     * of one language near 0); at most 50 neighbours per bucket; all cores.
     */
    public static ClusterOptions defaults() {
        return new ClusterOptions(3, 1, 128, 2, 0.001, 50, 0.05, 50, Runtime.getRuntime().availableProcessors());
    }

    public ClusterOptions withWindowDays(int days) {
        return new ClusterOptions(days, shingleWords, bands, rows, commonShare, commonFloor, minSimilarity, maxNeighbours, threads);
    }

    public ClusterOptions withMinSimilarity(double similarity) {
        return new ClusterOptions(windowDays, shingleWords, bands, rows, commonShare, commonFloor, similarity, maxNeighbours, threads);
    }

    public ClusterOptions withThreads(int n) {
        return new ClusterOptions(windowDays, shingleWords, bands, rows, commonShare, commonFloor, minSimilarity, maxNeighbours, n);
    }

    public ClusterOptions withShingleWords(int words) {
        return new ClusterOptions(windowDays, words, bands, rows, commonShare, commonFloor, minSimilarity, maxNeighbours, threads);
    }

    public ClusterOptions withCommonShare(double share) {
        return new ClusterOptions(windowDays, shingleWords, bands, rows, share, commonFloor, minSimilarity, maxNeighbours, threads);
    }

    public ClusterOptions withBands(int newBands, int newRows) {
        return new ClusterOptions(windowDays, shingleWords, newBands, newRows, commonShare, commonFloor, minSimilarity, maxNeighbours, threads);
    }
}
