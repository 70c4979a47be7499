package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.Parallax;
import picocli.CommandLine;

class AlignCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Parallax());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void writesOneLineOfUnitsPerInputLine() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of(
                "{\"id\": \"33\", \"license\": \"x\", \"left\": [\"Die Sitzung dauerte bis nach Mitternacht.\", \"Nur links.\"], "
                        + "\"right\": [\"Die Sitzung dauerte bis nach Mitternacht.\"]}",
                "{\"id\": 7, \"left\": [], \"right\": [\"Nur rechts.\"]}"), StandardCharsets.UTF_8);
        assertThat(run("align", "--input", in.toString(), "--output", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("33");
        JsonNode unit = first.get("units").get(0);
        assertThat(unit.get("left").toString()).isEqualTo("[0]");
        assertThat(unit.get("right").toString()).isEqualTo("[0]");
        assertThat(unit.get("kind").asText()).isEqualTo("identical");
        assertThat(unit.get("moved").asBoolean()).isFalse();
        assertThat(unit.get("score").asDouble()).isEqualTo(1.0);
        assertThat(first.get("units").get(1).get("kind").asText()).isEqualTo("left-only");
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("id").asText()).isEqualTo("7");
        assertThat(second.get("units").get(0).get("kind").asText()).isEqualTo("right-only");
    }

    @Test
    void badLineIsReportedWithFileAndLineAndLeavesNoOutput() throws Exception {
        Path in = dir.resolve("bad.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.write(in, List.of("{\"id\": \"1\", \"left\": [\"a\"], \"right\": [\"a\"]}", "{\"id\": \"2\", \"left\": \"oops\"}"),
                StandardCharsets.UTF_8);
        assertThat(run("align", "--input", in.toString(), "--output", out.toString())).isNotZero();
        assertThat(err.toString()).contains(in.toString() + ":2:").contains("left");
        assertThat(err.toString().strip()).doesNotContain("\n");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("bad.jsonl");
        }
    }

    @Test
    void invalidJsonIsReported() throws Exception {
        Path in = dir.resolve("broken.jsonl");
        Files.write(in, List.of("{\"id\": \"1\", \"left\": [\"a\""), StandardCharsets.UTF_8);
        assertThat(run("align", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString())).isNotZero();
        assertThat(err.toString()).contains("broken.jsonl:1:").contains("not valid JSON");
    }

    @Test
    void missingInputIsReported() {
        assertThat(run("align", "--input", dir.resolve("none.jsonl").toString(), "--output", dir.resolve("o.jsonl").toString()))
                .isNotZero();
        assertThat(err.toString()).contains("none.jsonl");
    }

    @Test
    void refusesToWriteOverItsInput() throws Exception {
        Path in = dir.resolve("pairs.jsonl");
        String line = "{\"id\": \"1\", \"left\": [\"a\"], \"right\": [\"a\"]}";
        Files.write(in, List.of(line), StandardCharsets.UTF_8);
        CommandLine cli = Parallax.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("align", "--input", in.toString(), "--output", in.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("parallax: " + in + ": is an input file; refusing to overwrite it");
        assertThat(Files.readAllLines(in, StandardCharsets.UTF_8)).containsExactly(line);
    }
}
