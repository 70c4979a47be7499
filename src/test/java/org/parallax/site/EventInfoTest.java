package org.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventInfoTest {

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(
                // plain, quoted and escaped values
                Arguments.of("title: Exchange-Hack\ndate: 2021-07-19\nsummary: USA und EU\n",
                        new EventInfo("Exchange-Hack", "2021-07-19", "USA und EU", "")),
                Arguments.of("title: \"Er sagte \\\"nein\\\"\"\nsummary: 'O''Brien'\n",
                        new EventInfo("Er sagte \"nein\"", "", "O'Brien", "")),
                Arguments.of("title: \"Zeile\\nzwei\"\n", new EventInfo("Zeile\nzwei", "", "", "")),
                // colons in values
                Arguments.of("title: USA überzeugt: China war es\n", new EventInfo("USA überzeugt: China war es", "", "", "")),
                Arguments.of("title: \"a: b\"\n", new EventInfo("a: b", "", "", "")),
                // a one-line value YAML refuses is the rest of the line
                Arguments.of("title: \"Zitat\" sagt er\nsummary: \"offen\n", new EventInfo("\"Zitat\" sagt er", "", "\"offen", "")),
                Arguments.of("title: [Update] Hack\n", new EventInfo("[Update] Hack", "", "", "")),
                // values YAML would type stay as written
                Arguments.of("title: 2021\ndate: 2021-07-19\nsummary: no\n", new EventInfo("2021", "2021-07-19", "no", "")),
                // a folded block
                Arguments.of("summary: >\n  Zwei\n  Zeilen\n", new EventInfo("", "", "Zwei Zeilen\n", "")),
                // keys in any case; comments, a document marker and unknown keys
                Arguments.of("---\n# Ereignis\nTitle: Hack\nPIVOT: orf.txt\neditor: Anna\n",
                        new EventInfo("Hack", "", "", "orf.txt")),
                // empty file, comments only, a byte order mark
                Arguments.of("", EventInfo.empty()),
                Arguments.of("# nichts\n", EventInfo.empty()),
                Arguments.of("\uFEFFtitle: Hack\n", new EventInfo("Hack", "", "", "")),
                Arguments.of("\r\ntitle: Hack\r\ndate: heute\r\n", new EventInfo("Hack", "heute", "", "")));
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsTheMapping(String content, EventInfo expected) throws Exception {
        Path file = dir.resolve("event.yaml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThat(EventInfo.read(file)).isEqualTo(expected);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // duplicate keys, in any case
                Arguments.of("title: A\ntitle: B\n", ":2: key 'title' given twice"),
                Arguments.of("title: A\n\nTITLE: B\n", ":3: key 'title' given twice"),
                // not a mapping
                Arguments.of("- title\n- date\n", ":1: expected 'key: value' lines, found a list"),
                Arguments.of("nur ein Satz\n", ":1: expected 'key: value' lines, found a single value"),
                Arguments.of("title: A\n---\ndate: B\n", ":3: more than one document"),
                // not YAML
                Arguments.of("title: A\nkein Schlüssel\n", ":3: could not find expected ':'"),
                Arguments.of("summary: \"offen\n  weiter\n", ":3: found unexpected end of stream"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void refusesWhatIsNoMappingInOneLineNamingTheFile(String content, String suffix) throws Exception {
        Path file = dir.resolve("event.yaml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThatIllegalArgumentException().isThrownBy(() -> EventInfo.read(file))
                .withMessage(file + suffix)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
