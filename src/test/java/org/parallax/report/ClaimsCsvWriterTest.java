package org.parallax.report;

import org.parallax.model.Comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Article;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.Comparer;
import org.parallax.pipeline.PipelineOptions;

class ClaimsCsvWriterTest {

    static Stream<Arguments> quoting() {
        return Stream.of(
                // plain fields stay as they are
                Arguments.of("China", "China"),
                Arguments.of("", ""),
                // RFC 4180: comma, quote and line breaks force quotes; quotes are doubled
                Arguments.of("Peking, Washington", "\"Peking, Washington\""),
                Arguments.of("er sagte \"nein\"", "\"er sagte \"\"nein\"\"\""),
                Arguments.of("zwei\nZeilen", "\"zwei\nZeilen\""),
                Arguments.of("cr\rlf", "\"cr\rlf\""),
                // other quote styles are ordinary characters
                Arguments.of("„mit sehr hoher Wahrscheinlichkeit“", "„mit sehr hoher Wahrscheinlichkeit“"));
    }

    @ParameterizedTest
    @MethodSource("quoting")
    void quotesFieldsAsRfc4180Says(String field, String expected) {
        assertThat(ClaimsCsvWriter.quote(field)).isEqualTo(expected);
    }

    @Test
    void oneRowPerClaimAndOutletWithOmissionsSpelledOut() throws Exception {
        Path event = Path.of("corpus", "2021-07-19-china-cyber-attribution");
        ArticleLoader loader = new ArticleLoader(PipelineOptions.defaults());
        List<Article> articles = List.of(loader.load(event.resolve("seed-unknown-outlet.txt"), "a1"),
                loader.load(event.resolve("nordkurier-digital.txt"), "a2"),
                loader.load(event.resolve("rheinische-netzpost.txt"), "a3"));
        Comparison comparison = new Comparer(PipelineOptions.defaults()).compare("", articles);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimsCsvWriter().write(comparison, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("claim,article,outlet,sentences,position,prominence,kind,wording,framing\r\n");
        List<String> rows = csv.lines().skip(1).toList();
        assertThat(rows).hasSize(comparison.claims().size() * 3);
        assertThat(rows).anyMatch(r -> r.contains(",omitted,"));
        assertThat(csv).contains("Konkrete Strafen wurden hingegen noch nicht bekanntgegeben.");
        int told = 0;
        for (var claim : comparison.claims()) {
            told += claim.members().values().stream().mapToInt(List::size).sum();
        }
        assertThat(told).as("every sentence of every article is in one claim")
                .isEqualTo(articles.stream().mapToInt(a -> a.sentences().size()).sum());
    }
}
