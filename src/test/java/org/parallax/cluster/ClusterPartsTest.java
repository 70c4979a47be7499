package org.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClusterPartsTest {

    static Stream<Arguments> dates() {
        return Stream.of(
                // ISO dates and times: the day as written
                Arguments.of("2021-07-19", "2021-07-19"),
                Arguments.of("2021-07-19T23:30:00+02:00", "2021-07-19"),
                Arguments.of("2021-07-19 08:00", "2021-07-19"),
                Arguments.of(" 2021-7-9 ", "2021-07-09"),
                Arguments.of("2021/07/19", "2021-07-19"),
                // German
                Arguments.of("19.07.2021", "2021-07-19"),
                Arguments.of("19. 7. 2021, 08:30", "2021-07-19"),
                // RFC 1123
                Arguments.of("Mon, 19 Jul 2021 08:30:00 GMT", "2021-07-19"),
                Arguments.of("Mon, 18 Nov 2019 16:07:38 -0600", "2019-11-18"),
                // as pages write them
                Arguments.of("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19"),
                Arguments.of("Fri 6:45 PM, Feb 16, 2018", "2018-02-16"),
                Arguments.of("November 19th, 2019", "2019-11-19"),
                Arguments.of("Sept. 3, 2020", "2020-09-03"),
                Arguments.of("19 March 2021", "2021-03-19"),
                Arguments.of("19. Juli 2021, 08:30 Uhr", "2021-07-19"),
                Arguments.of("3. März 2021", "2021-03-03"),
                Arguments.of("1. Dezember 2020", "2020-12-01"),
                Arguments.of("12. Jänner 2021", "2021-01-12"),
                Arguments.of("Mai 2021", ""),
                Arguments.of("31 February 2021", ""),
                Arguments.of("Fri 6:45 PM", ""),
                Arguments.of("Marchesi 19 2019", ""),
                // no date
                Arguments.of("2021-13-45", ""),
                Arguments.of("gestern", ""),
                Arguments.of("20210719", ""),
                Arguments.of("", ""),
                Arguments.of(null, ""));
    }

    @ParameterizedTest
    @MethodSource("dates")
    void publicationDatesAreReadAsDays(String published, String day) {
        assertThat(PublicationDate.parse(published).map(LocalDate::toString).orElse("")).isEqualTo(day);
    }

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("die usa machen china verantwortlich.", List.of("die", "usa", "machen", "china", "verantwortlich")),
                Arguments.of("\"zitat\" - 50000 menschen, 3,5 %", List.of("zitat", "50000", "menschen", "3", "5")),
                Arguments.of("emailserver über straße", List.of("emailserver", "über", "straße")),
                Arguments.of("journalist*innen's", List.of("journalist", "innen", "s")),
                Arguments.of("  ", List.of()));
    }

    @ParameterizedTest
    @MethodSource("words")
    void wordsAreRunsOfLettersAndDigits(String form, List<String> expected) {
        assertThat(MinHasher.words(form)).isEqualTo(expected);
    }

    @Test
    void shinglesAreDistinctSortedAndStayInsideOneSentence() {
        MinHasher one = new MinHasher(1, 8);
        MinHasher two = new MinHasher(2, 8);
        assertThat(one.shingles(List.of("a b a", "b"))).hasSize(2).isSorted();
        assertThat(two.shingles(List.of("a b", "c d"))).hasSize(2);
        assertThat(two.shingles(List.of("a b c d"))).hasSize(3);
    }

    @Test
    void signaturesAgreeInTheShareOfValuesThatIsTheJaccardSimilarity() {
        MinHasher hasher = new MinHasher(1, 512);
        List<String> base = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            base.add("wort" + i);
        }
        // 100 shared of 300 distinct words: Jaccard 1/3
        List<String> other = new ArrayList<>(base.subList(100, 200));
        for (int i = 200; i < 300; i++) {
            other.add("wort" + i);
        }
        long[] a = hasher.signature(hasher.shingles(List.of(String.join(" ", base))));
        long[] b = hasher.signature(hasher.shingles(List.of(String.join(" ", other))));
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        assertThat(same / 512.0).isBetween(0.27, 0.40);
        assertThat(hasher.signature(hasher.shingles(List.of(String.join(" ", base))))).isEqualTo(a);
    }

    static Stream<Arguments> windows() {
        int u = CandidateFinder.UNDATED;
        return Stream.of(
                // same signature: pairs inside the window only
                Arguments.of(new int[] {0, 2, 5}, 3, List.of("0-1", "1-2")),
                Arguments.of(new int[] {0, 2, 5}, 5, List.of("0-1", "0-2", "1-2")),
                Arguments.of(new int[] {0, 2, 5}, 0, List.of()),
                Arguments.of(new int[] {4, 4, 4}, 0, List.of("0-1", "0-2", "1-2")),
                // an undated article is paired regardless of dates
                Arguments.of(new int[] {0, u, 50}, 3, List.of("0-1", "1-2")));
    }

    @ParameterizedTest
    @MethodSource("windows")
    void candidatesLieInsideTheDateWindow(int[] days, int window, List<String> pairs) {
        CandidateFinder finder = new CandidateFinder(2, 2, window, 50);
        int[][] keys = new int[days.length][];
        for (int i = 0; i < days.length; i++) {
            keys[i] = finder.bandKeys(new long[] {7, 8, 9, 10});
        }
        long[] found = finder.find(keys, days);
        assertThat(Arrays.stream(found).mapToObj(p -> (p >>> 32) + "-" + (int) p).toList()).isEqualTo(pairs);
    }

    @Test
    void aBucketOfManyEqualArticlesPairsEachWithItsNextNeighboursOnly() {
        int n = 1000;
        CandidateFinder finder = new CandidateFinder(1, 2, 3, 5);
        int[][] keys = new int[n][];
        int[] days = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = finder.bandKeys(new long[] {1, 2});
        }
        long[] found = finder.find(keys, days);
        assertThat(found.length).isEqualTo(5 * n - 15);
    }

    @Test
    void articlesWithoutSharedShinglesAreNeverCandidates() {
        CandidateFinder finder = new CandidateFinder(2, 2, 3, 50);
        int[][] keys = {finder.bandKeys(new long[] {1, 2, 3, 4}), finder.bandKeys(new long[] {5, 6, 7, 8}), null, null};
        assertThat(finder.find(keys, new int[4])).isEmpty();
    }

    @Test
    void confirmedPairsJoinEventsAndThePivotIsTheBestConnected() {
        // articles 0-1-2 share words; 3-4 share others; 5 stands alone; 6 shares with 0 but is another language
        List<ArticleClusterer.Doc> docs = List.of(
                doc(0, "de", 1, 2, 3, 4), doc(0, "de", 1, 2, 3, 4), doc(1, "de", 1, 2, 3, 4),
                doc(0, "de", 10, 11, 12), doc(2, "de", 10, 11, 12), doc(0, "de", 20), doc(0, "en", 1, 2, 3, 4));
        // similarity: 0-1 and 1-2 strong, 0-2 weak; 3-4 strong
        ArticleClusterer.PairSimilarity sim = (a, b) -> {
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            if (lo == 0 && hi == 2) {
                return 0.05;
            }
            return 0.8;
        };
        ClusterOptions options = ClusterOptions.defaults().withThreads(2).withMinSimilarity(0.1).withBands(16, 1);
        ArticleClusterer.Clustering c = new ArticleClusterer(options).cluster(docs, sim);
        assertThat(c.events()).hasSize(2);
        assertThat(c.events().get(0).members()).containsExactly(1, 0, 2);
        assertThat(c.events().get(0).similarity()).containsExactly(1.0, 0.8, 0.8);
        assertThat(c.events().get(1).members()).containsExactly(3, 4);
    }

    private static ArticleClusterer.Doc doc(int day, String language, long... shingles) {
        return new ArticleClusterer.Doc(day, language, shingles);
    }

    static Stream<Arguments> yamlValues() {
        return Stream.of(
                Arguments.of("USA: China hinter Angriff", "'USA: China hinter Angriff'"),
                Arguments.of("Merkel's Plan", "\"Merkel's Plan\""),
                Arguments.of("Merkel's \"Plan\"", "\"Merkel's \\\"Plan\\\"\""),
                Arguments.of("two\n  lines", "'two lines'"));
    }

    @ParameterizedTest
    @MethodSource("yamlValues")
    void eventYamlValuesStayOnOneLineAndReadBack(String value, String written) {
        assertThat(CorpusWriter.yamlValue(value)).isEqualTo(written);
    }

    static Stream<Arguments> frontMatter() {
        return Stream.of(
                Arguments.of("Title", "title", "plain", "\"plain\""),
                Arguments.of("media id", "media-id", "say \"hi\"", "\"say \\\"hi\\\"\""),
                Arguments.of("a:b/c", "a-b-c", "back\\slash", "\"back\\\\slash\""),
                Arguments.of("--", "key", "line\r\nbreak", "\"line break\""));
    }

    @ParameterizedTest
    @MethodSource("frontMatter")
    void metadataBecomesFrontMatter(String key, String writtenKey, String value, String writtenValue) {
        assertThat(CorpusWriter.key(key)).isEqualTo(writtenKey);
        assertThat(CorpusWriter.quote(value)).isEqualTo(writtenValue);
    }

    static Stream<Arguments> csv() {
        return Stream.of(
                Arguments.of("pile.jsonl:3", "pile.jsonl:3"),
                Arguments.of("a,b.txt", "\"a,b.txt\""),
                Arguments.of("say \"x\".txt", "\"say \"\"x\"\".txt\""));
    }

    @ParameterizedTest
    @MethodSource("csv")
    void csvFieldsAreQuotedWhenNeeded(String value, String field) {
        assertThat(CorpusWriter.csvField(value)).isEqualTo(field);
    }

    static Stream<Arguments> locations() {
        return Stream.of(
                Arguments.of("p.jsonl:9", "p.jsonl:10", -1),
                Arguments.of("c.warc@100", "c.warc@20", 1),
                Arguments.of("a.txt", "b.txt", -1),
                Arguments.of("a.jsonl:2", "a.jsonl:2", 0));
    }

    @ParameterizedTest
    @MethodSource("locations")
    void locationsSortInPileOrder(String a, String b, int sign) {
        assertThat(Integer.signum(PileClusterer.compareLocations(a, b))).isEqualTo(sign);
    }
}
