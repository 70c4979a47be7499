package org.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.ingest.RawArticle;
import org.parallax.ingest.TextArticleReader;
import org.parallax.model.Article;
import org.parallax.pile.PileReader;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.PipelineOptions;

class ClusterStepsTest {

    private static final int U = ClusterSteps.UNDATED;

    @TempDir
    Path tmp;

    static Stream<Arguments> groupings() {
        return Stream.of(
                // days, pairs (i, j), similarities, expected events (pivot first)
                Arguments.of("a chain is one event; the middle article, most similar, is the pivot",
                        new int[] {10, 11, 12}, new long[] {pair(0, 1), pair(1, 2)}, new double[] {0.5, 0.5},
                        List.of(List.of(1, 0, 2))),
                Arguments.of("a pair below the similarity is no event",
                        new int[] {10, 10}, new long[] {pair(0, 1)}, new double[] {0.05}, List.of()),
                Arguments.of("tie on similarity: the earlier day is the pivot",
                        new int[] {12, 10}, new long[] {pair(0, 1)}, new double[] {0.4}, List.of(List.of(1, 0))),
                Arguments.of("undated articles come after dated ones",
                        new int[] {U, 10}, new long[] {pair(0, 1)}, new double[] {0.4}, List.of(List.of(1, 0))),
                Arguments.of("events in the order of their pivot's day",
                        new int[] {20, 20, 5, 5}, new long[] {pair(0, 1), pair(2, 3)}, new double[] {0.3, 0.3},
                        List.of(List.of(2, 3), List.of(0, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupings")
    void groupsConfirmedPairsByTheClusterersRule(String what, int[] days, long[] pairs, double[] sims,
            List<List<Integer>> expected) {
        List<List<Integer>> events = ClusterSteps.group(days, pairs, sims, 0.1).stream()
                .map(g -> Arrays.stream(g).boxed().toList()).toList();
        assertThat(events).isEqualTo(expected);
    }

    @Test
    void aSimilarityMissingForAPairIsRefused() {
        assertThatThrownBy(() -> ClusterSteps.group(new int[] {1, 2}, new long[] {pair(0, 1)}, new double[0], 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one similarity per pair");
    }

    @Test
    void theStepsOneByOneWriteTheEventFolderThatClusterWrites() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : List.of("potomac-wire.txt", "thames-courier.txt", "southern-cross-daily.txt")) {
            RawArticle raw = new TextArticleReader().read(Path.of("corpus/2021-07-19-exchange-hack-attribution-en", name));
            StringBuilder text = new StringBuilder();
            raw.blocks().forEach(b -> text.append(b.text()).append("\n\n"));
            lines.add(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of(
                    "text", text.toString(), "outlet", raw.metadata().outlet(), "title", raw.metadata().title(),
                    "published", "2021-07-19", "language", "en")));
        }
        Path pile = Files.writeString(tmp.resolve("pile.jsonl"), String.join("\n", lines) + "\n");
        new PileClusterer(PipelineOptions.defaults(), ClusterOptions.defaults()).cluster(pile, tmp.resolve("out"), l -> { });

        PileReader.Pile read = new PileReader().readAll(pile);
        ArticleLoader loader = new ArticleLoader(PipelineOptions.defaults());
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < read.articles().size(); i++) {
            articles.add(loader.load(read.articles().get(i).article(), "a" + (i + 1)));
        }
        int[] days = articles.stream().mapToInt(ClusterSteps::day).toArray();
        List<Long> pairs = new ArrayList<>();
        List<Double> sims = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                pairs.add(pair(i, j));
                sims.add(ClusterSteps.similarity(PipelineOptions.defaults(), articles.get(i).metadata().language(),
                        articles.get(i).sentenceTexts(), articles.get(j).sentenceTexts(),
                        ClusterSteps.sameOutlet(articles.get(i).metadata().outlet(), articles.get(j).metadata().outlet())));
            }
        }
        List<int[]> events = ClusterSteps.group(days, pairs.stream().mapToLong(Long::longValue).toArray(),
                sims.stream().mapToDouble(Double::doubleValue).toArray(), ClusterOptions.defaults().minSimilarity());
        assertThat(events).hasSize(1);
        int[] members = events.get(0);
        String slug = ClusterSteps.uniqueSlugs(List.of(ClusterSteps.eventSlug(articles.get(members[0]), days[members[0]]))).get(0);
        Path dir = Files.createDirectories(tmp.resolve("mine").resolve(slug));
        ClusterSteps.writeEvent(dir, Arrays.stream(members).mapToObj(read.articles()::get).toList(),
                Arrays.stream(members).mapToObj(articles::get).toList());

        assertThat(tree(tmp.resolve("mine"))).isEqualTo(tree(tmp.resolve("out")).entrySet().stream()
                .filter(e -> !e.getKey().equals("events.csv"))
                .collect(TreeMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
    }

    private static long pair(int i, int j) {
        return (long) i << 32 | j;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
