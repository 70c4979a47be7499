package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlMappingTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                // plain values with a colon and a space are quoted
                Arguments.of("title: USA überzeugt: China", "title: 'USA überzeugt: China'"),
                Arguments.of("title: Frage:", "title: 'Frage:'"),
                Arguments.of("title: O'Brien sagt: nein", "title: 'O''Brien sagt: nein'"),
                Arguments.of("Mein Titel: a: b  ", "Mein Titel: 'a: b'"),
                // colons without a space after them are YAML's own
                Arguments.of("url: https://example.org/a", "url: https://example.org/a"),
                Arguments.of("time: 10:30", "time: 10:30"),
                // quoted, block, flow, anchored, tagged or commented values are YAML's own
                Arguments.of("title: \"a: b\"", "title: \"a: b\""),
                Arguments.of("title: 'a: b'", "title: 'a: b'"),
                Arguments.of("summary: |", "summary: |"),
                Arguments.of("tags: [a: b]", "tags: [a: b]"),
                Arguments.of("tags: {a: b}", "tags: {a: b}"),
                Arguments.of("title: &x a: b", "title: &x a: b"),
                Arguments.of("title: !!str a: b", "title: !!str a: b"),
                Arguments.of("title: C# a: b", "title: C# a: b"),
                Arguments.of("# note: a: b", "# note: a: b"),
                // indented lines and list items belong to a block
                Arguments.of("  title: a: b", "  title: a: b"),
                Arguments.of("- a: b: c", "- a: b: c"),
                Arguments.of("a: b", "a: b"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void quotesPlainValuesWithAColonOnly(String line, String quoted) {
        assertThat(YamlMapping.quotePlainValuesWithColons(line)).isEqualTo(quoted);
        assertThat(YamlMapping.PLAIN_VALUE_WITH_COLON.matcher(line).matches()).isEqualTo(!line.equals(quoted));
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
                Arguments.of("a: USA: China\r\nb: x\r\n", Map.of("a", "USA: China", "b", "x")));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void valuesAreTheTextAsWritten(String text, Map<String, String> fields) {
        assertThat(YamlMapping.parse(text, 1)).containsExactlyInAnyOrderEntriesOf(fields);
    }
}
