package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.align.Alignment;
import org.parallax.model.AlignmentUnit;
import org.parallax.report.JsonReportWriter;
import org.parallax.align.SentenceAligner;
import org.parallax.align.SentenceAligners;
import org.parallax.io.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code align}: batch alignment of already segmented sentence lists, one document pair a line. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Aligns sentence lists: one {\"id\", \"left\": [...], \"right\": [...]} a line in, "
                + "one {\"id\", \"units\": [...]} a line out.")
public final class AlignCommand implements Callable<Integer> {

    /** Progress is reported on standard error for inputs of at least this many lines. */
    static final int PROGRESS_FROM = 200;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, description = "JSON Lines file of document pairs")
    Path input;

    @Option(names = "--output", required = true, description = "JSON Lines file of alignments (written completely or not at all)")
    Path output;

    @Option(names = "--language", defaultValue = "de", description = "language of the sentences (default: ${DEFAULT-VALUE})")
    String language;

    @Override
    public Integer call() {
        InputFiles.requireNotInput(output, List.of(input));
        var err = spec.commandLine().getErr();
        ObjectMapper json = new ObjectMapper();
        SentenceAligner aligner = SentenceAligners.forLanguage(language);
        List<String> lines;
        try {
            lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("parallax: " + input + ": cannot read: " + e.getMessage());
            return Parallax.EXIT_BAD_INPUT;
        }
        // every line is checked before any is aligned, so a bad line fails fast and writes nothing
        List<Pair> pairs = new ArrayList<>();
        try {
            for (int n = 0; n < lines.size(); n++) {
                if (!lines.get(n).isBlank()) {
                    pairs.add(parse(json, lines.get(n), n + 1));
                }
            }
        } catch (BadLine e) {
            err.println("parallax: " + input + ":" + e.line + ": " + e.getMessage());
            return Parallax.EXIT_BAD_INPUT;
        }
        AtomicFiles.write(output, stream -> {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            int done = 0;
            for (Pair pair : pairs) {
                Alignment alignment = aligner.align(pair.left(), pair.right());
                out.write(json.writeValueAsString(toJson(json, pair.id(), alignment)));
                out.write('\n');
                done++;
                if (pairs.size() >= PROGRESS_FROM && (done % 100 == 0 || done == pairs.size())) {
                    err.println("align: " + done + "/" + pairs.size() + " pairs");
                }
            }
            out.flush();
        });
        return 0;
    }

    private record Pair(String id, List<String> left, List<String> right) {
    }

    private static Pair parse(ObjectMapper json, String line, int lineNumber) throws BadLine {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine(lineNumber, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine(lineNumber, "expected a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || !(id.isTextual() || id.isNumber())) {
            throw new BadLine(lineNumber, "missing \"id\" (string or number)");
        }
        return new Pair(id.asText(), sentences(node, "left", lineNumber), sentences(node, "right", lineNumber));
    }

    private static List<String> sentences(JsonNode node, String side, int lineNumber) throws BadLine {
        JsonNode array = node.get(side);
        if (array == null || !array.isArray()) {
            throw new BadLine(lineNumber, "missing \"" + side + "\" (array of strings)");
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode s : array) {
            if (!s.isTextual()) {
                throw new BadLine(lineNumber, "\"" + side + "\" must hold strings only");
            }
            out.add(s.asText());
        }
        return out;
    }

    private static ObjectNode toJson(ObjectMapper json, String id, Alignment alignment) {
        ObjectNode row = json.createObjectNode();
        row.put("id", id);
        ArrayNode units = row.putArray("units");
        for (AlignmentUnit u : alignment.units()) {
            ObjectNode unit = units.addObject();
            ArrayNode l = unit.putArray("left");
            u.left().forEach(l::add);
            ArrayNode r = unit.putArray("right");
            u.right().forEach(r::add);
            unit.put("kind", u.kind().id());
            unit.put("moved", u.moved());
            unit.put("score", JsonReportWriter.round(u.score()));
        }
        row.put("similarity", JsonReportWriter.round(alignment.similarity()));
        return row;
    }

    private static final class BadLine extends Exception {
        final int line;

        BadLine(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
