package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fold-sharp-s} reaches every stage that compares text: a German and a Swiss spelling of one
 * article are one identical unit and 100 % similar, in the JSON and in the HTML report.
 */
class SharpSFoldingTest {

    @TempDir
    Path tmp;

    private Path write(String name, String body) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, "---\noutlet: " + name + "\nlanguage: de\n---\n" + body + "\n");
        return file;
    }

    private CliRun compare(boolean fold) throws IOException {
        Path german = write("german.txt", "Die große Straße nach Zürich ist gesperrt, weil das Wasser hoch steht.");
        Path swiss = write("swiss.txt", "Die grosse Strasse nach Zürich ist gesperrt, weil das Wasser hoch steht.");
        String[] base = {"compare", german.toString(), swiss.toString(),
                "-o", tmp.resolve("report.html").toString(), "--json", tmp.resolve("report.json").toString()};
        String[] args = fold ? append(base, "--fold-sharp-s") : base;
        return CliRun.of(args);
    }

    private static String[] append(String[] args, String arg) {
        String[] out = java.util.Arrays.copyOf(args, args.length + 1);
        out[args.length] = arg;
        return out;
    }

    @Test
    void foldedSpellingsAreOneIdenticalUnitAndTheSameArticle() throws IOException {
        CliRun run = compare(true);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("100% similar; 1 identical, 0 modified");

        JsonNode pair = new ObjectMapper().readTree(tmp.resolve("report.json").toFile()).get("pairs").get(0);
        assertThat(pair.get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(pair.get("units")).hasSize(1);
        JsonNode unit = pair.get("units").get(0);
        assertThat(unit.get("kind").asText()).isEqualTo("identical");
        assertThat(unit.get("score").asDouble()).isEqualTo(1.0);
        assertThat(unit.get("framing")).isEmpty();

        Document page = Jsoup.parse(tmp.resolve("report.html").toFile());
        assertThat(page.select(".similarity").eachText()).containsExactly("100 %");
        assertThat(page.select("tr.identical")).hasSize(1);
        assertThat(page.select("tr.modified, del, ins")).isEmpty();
    }

    @Test
    void withoutFoldingTheSpellingsDiffer() throws IOException {
        CliRun run = compare(false);
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode pair = new ObjectMapper().readTree(tmp.resolve("report.json").toFile()).get("pairs").get(0);
        assertThat(pair.get("similarity").asDouble()).isLessThan(1.0);
        assertThat(pair.get("units").get(0).get("kind").asText()).isEqualTo("modified");
    }
}
