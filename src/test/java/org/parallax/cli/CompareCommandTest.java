package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareCommandTest {

    private static final Path EVENT = Path.of("corpus", "2021-07-19-china-cyber-attribution");

    @TempDir
    Path tmp;

    @Test
    void writesHtmlAndJsonReportsThatAccountForEverySentence() throws Exception {
        Path html = tmp.resolve("report.html");
        Path json = tmp.resolve("report.json");
        CliRun run = CliRun.of("compare", EVENT.resolve("seed-unknown-outlet.txt").toString(),
                EVENT.resolve("nordkurier-digital.txt").toString(), "-o", html.toString(), "--json", json.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("% similar");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("schema").asText()).isEqualTo("parallax-report/1");
        assertThat(report.get("articles")).hasSize(2);
        assertThat(report.get("pairs")).hasSize(1);
        JsonNode pair = report.get("pairs").get(0);
        assertThat(pair.get("left").asText()).isEqualTo("a1");
        for (String side : new String[] {"left", "right"}) {
            JsonNode article = report.get("articles").get(side.equals("left") ? 0 : 1);
            Set<Integer> seen = new HashSet<>();
            for (JsonNode unit : pair.get("units")) {
                for (JsonNode i : unit.get(side)) {
                    assertThat(seen.add(i.asInt())).as(side + " sentence " + i + " in one unit only").isTrue();
                }
                assertThat(unit.get("kind").asText()).isIn("identical", "modified", "left-only", "right-only");
                assertThat(unit.get("score").asDouble()).isBetween(0.0, 1.0);
            }
            assertThat(seen).hasSize(article.get("sentences").size());
        }
        JsonNode seedRemoved = report.get("articles").get(0).get("removed");
        assertThat(seedRemoved.findValuesAsText("rule")).isNotEmpty();

        Document doc = Jsoup.parse(html.toFile());
        assertThat(doc.select("table.aligned tbody tr")).hasSize(pair.get("units").size());
    }

    @Test
    void sameBytesForTheSameInput() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        String left = EVENT.resolve("rheinische-netzpost.txt").toString();
        String right = EVENT.resolve("alpenlaendische-rundschau.html").toString();
        assertThat(CliRun.of("compare", left, right, "--json", a.toString()).exit()).isZero();
        assertThat(CliRun.of("compare", left, right, "--json", b.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    private static final String RIGHT_TEXT = "Die EU beschuldigt China.\n";

    /** Two small articles in the temporary folder: left.txt and right.txt. */
    private Path[] twoArticles() throws IOException {
        Path left = tmp.resolve("left.txt");
        Path right = tmp.resolve("right.txt");
        Files.writeString(left, "Die USA beschuldigen China.\n");
        Files.writeString(right, RIGHT_TEXT);
        return new Path[] {left, right};
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "-o onto an input                 | -o     | right.txt   |        |             | right.txt: is an input file; refusing to overwrite it",
            "-o onto a link to an input       | -o     | report.html |        |             | report.html: is an input file; refusing to overwrite it",
            "one file for two outputs         | --json | report.json | --csv  | report.json | report.json: given for two outputs; each needs a file of its own"})
    void refusesOutputsThatWouldOverwriteSomething(String name, String option, String target, String option2, String target2,
                                                  String message) throws Exception {
        Path[] articles = twoArticles();
        Files.createSymbolicLink(tmp.resolve("report.html"), articles[1]);
        List<String> args = new ArrayList<>(List.of("compare", articles[0].toString(), articles[1].toString(),
                option, tmp.resolve(target).toString()));
        if (option2 != null) {
            args.addAll(List.of(option2, tmp.resolve(target2).toString()));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("parallax: " + tmp.resolve(message));
        assertThat(Files.readString(articles[1])).isEqualTo(RIGHT_TEXT);
        assertThat(tmp.resolve("report.json")).doesNotExist();
    }
}
