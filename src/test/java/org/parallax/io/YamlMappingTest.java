package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlMappingTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                // one-line values YAML refuses are quoted
                Arguments.of("title: USA überzeugt: China", "title: 'USA überzeugt: China'"),
                Arguments.of("title: O'Brien sagt: nein", "title: 'O''Brien sagt: nein'"),
                Arguments.of("Mein Titel: a: b  ", "Mein Titel: 'a: b'"),
                Arguments.of("title: \"Zitat\" sagt er", "title: '\"Zitat\" sagt er'"),
                Arguments.of("title: [Update] Angriff", "title: '[Update] Angriff'"),
                Arguments.of("title: *Exklusiv* Hack", "title: '*Exklusiv* Hack'"),
                Arguments.of("title: @ORF berichtet", "title: '@ORF berichtet'"),
                Arguments.of("title: | Pipe", "title: '| Pipe'"),
                Arguments.of("title: a: b\r", "title: 'a: b'\r"),
                // values YAML reads stay YAML's
                Arguments.of("url: https://example.org/a", "url: https://example.org/a"),
                Arguments.of("time: 10:30", "time: 10:30"),
                Arguments.of("title: \"a: b\"", "title: \"a: b\""),
                Arguments.of("title: 'a: b' # Kommentar", "title: 'a: b' # Kommentar"),
                Arguments.of("tags: [a, b]", "tags: [a, b]"),
                Arguments.of("title: Nr. 1 #Hashtag", "title: Nr. 1 #Hashtag"),
                // not a top-level key and value on one line
                Arguments.of("# note: a: b", "# note: a: b"),
                Arguments.of("  title: a: b", "  title: a: b"),
                Arguments.of("- a: b: c", "- a: b: c"),
                Arguments.of("\"key\": a: b", "\"key\": a: b"),
                Arguments.of("title:", "title:"),
                Arguments.of("Text ohne Doppelpunkt", "Text ohne Doppelpunkt"),
                // a value that an indented line continues
                Arguments.of("summary: \"eins\n  zwei\"", "summary: \"eins\n  zwei\""),
                Arguments.of("title: a: b\n  c", "title: a: b\n  c"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void quotesOneLineValuesYamlRefuses(String text, String quoted) {
        assertThat(YamlMapping.quoteRefusedLines(text)).isEqualTo(quoted);
    }

    static Stream<Arguments> keyValueLines() {
        return Stream.of(
                Arguments.of("title: a", "title", "a"),
                Arguments.of("Mein Titel:\t a b \t", "Mein Titel", "a b"),
                Arguments.of("title: a: b", "title", "a: b"),
                Arguments.of("title:", null, null),
                Arguments.of("title:a", null, null),
                Arguments.of(" title: a", null, null),
                Arguments.of("- title: a", null, null),
                Arguments.of("'title': a", null, null),
                Arguments.of("# title: a", null, null),
                Arguments.of("ti#tle: a", null, null));
    }

    @ParameterizedTest
    @MethodSource("keyValueLines")
    void keyValueLineSplitsKeyAndValue(String line, String key, String value) {
        Matcher m = YamlMapping.KEY_VALUE_LINE.matcher(line);
        assertThat(m.matches()).isEqualTo(key != null);
        if (key != null) {
            assertThat(m.group(1)).isEqualTo(key);
            assertThat(m.group(2)).isEqualTo(value);
        }
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("", Map.of()),
                Arguments.of("\n\n", Map.of()),
                Arguments.of("# nur ein Kommentar\n", Map.of()),
                Arguments.of("\uFEFFa: 1\n", Map.of("a", "1")),
                Arguments.of("a: ~\nb: null\nc: true\nd: 0x1F\ne: 1_000\n",
                        Map.of("a", "~", "b", "null", "c", "true", "d", "0x1F", "e", "1_000")),
                Arguments.of("a:\n", Map.of("a", "")),
                Arguments.of("a: \"\\u00e4\\x41\"\n", Map.of("a", "äA")),
                Arguments.of("a: 'x' # Kommentar\n", Map.of("a", "x")),
                Arguments.of("a: |\n  eins\n  zwei\nb: x\n", Map.of("a", "eins\nzwei\n", "b", "x")),
                Arguments.of("a:\n  - eins\n  - zwei\nb: x\n", Map.of("a", "- eins\n  - zwei", "b", "x")),
                Arguments.of("a: {x: 1, y: 😀}\nb: 😀\n", Map.of("a", "{x: 1, y: 😀}", "b", "😀")),
                Arguments.of("a: USA: China\r\nb: x\r\n", Map.of("a", "USA: China", "b", "x")),
                Arguments.of("a: \"Zitat\" sagt er\nb: [x, y]\n", Map.of("a", "\"Zitat\" sagt er", "b", "[x, y]")));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void valuesAreTheTextAsWritten(String text, Map<String, String> fields) {
        assertThat(YamlMapping.parse(text, 1)).containsExactlyInAnyOrderEntriesOf(fields);
    }
}
