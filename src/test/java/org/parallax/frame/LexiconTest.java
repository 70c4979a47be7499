package org.parallax.frame;

import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LexiconTest {
    private static final FramingAnalyser DE = FramingAnalyser.forLanguage("de");

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LexiconTest.class.getResource(name).toURI());
    }

    @Test
    void userLexiconExtendsTheBuiltInOne() throws Exception {
        FramingAnalyser extended = DE.withLexicon(resource("user-lexicon-de.txt"));
        String sentence = "Nach bisherigen Erkenntnissen steckt APT41 dahinter, warnte das BSI am Dienstag.";
        List<FramingMarker> markers = extended.analyse(sentence);
        assertThat(markers).extracting(FramingMarker::type, FramingMarker::text, FramingMarker::detail).contains(
                tuple(MarkerType.HEDGE, "Nach bisherigen Erkenntnissen", "low"),
                tuple(MarkerType.ACTOR, "APT41", "China: APT41"),
                tuple(MarkerType.ATTRIBUTION, "warnte das BSI",
                        "Bundesamt für Sicherheit in der Informationstechnik"),
                // built-in rules still apply
                tuple(MarkerType.DATE, "am Dienstag", "tuesday"));
        // the original analyser is unchanged
        assertThat(DE.analyse(sentence)).extracting(FramingMarker::type)
                .doesNotContain(MarkerType.HEDGE, MarkerType.ATTRIBUTION);
    }

    @Test
    void userLexiconAddsAliasesToTheActorTable() throws Exception {
        FramingAnalyser extended = DE.withLexicon(resource("user-lexicon-de.txt"));
        assertThat(extended.analyseArticle(List.of("Das Guoanbu schweigt.", "Das MSS schweigt.",
                "Teheran und Iran schweigen.")).actors()).extracting(a -> a.actor() + " " + a.count())
                .containsExactly("China: Ministry of State Security 2", "Iran 2");
        // a source written as the new alias is named by the actor
        assertThat(extended.analyse("Laut Teheran ist das falsch.")).extracting(FramingMarker::type, FramingMarker::detail)
                .contains(tuple(MarkerType.ATTRIBUTION, "Iran"));
    }

    @Test
    void actorTableGivesBothLanguagesTheSameCanonicalNames() {
        assertThat(FramingAnalyser.forLanguage("de").analyse("Laut dem Weißen Haus war es das MSS."))
                .extracting(FramingMarker::detail).contains("USA: White House", "China: Ministry of State Security");
        assertThat(FramingAnalyser.forLanguage("en").analyse("According to the White House, the MSS did it."))
                .extracting(FramingMarker::detail).contains("USA: White House", "China: Ministry of State Security");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("malformedLines")
    void malformedLineIsReportedWithFileAndLine(String content, String expected) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "# comment\n\n" + content + "\n", StandardCharsets.UTF_8);
        assertThatIllegalArgumentException().isThrownBy(() -> DE.withLexicon(file))
                .withMessageStartingWith(file + ":3: ")
                .withMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    static Stream<Arguments> malformedLines() {
        return Stream.of(
                // field structure
                Arguments.of("HEDGE low mutmaßlich", "found 1 field"),
                Arguments.of("HEDGE\tlow", "found 2 field"),
                Arguments.of("HEDGE\tlow\tmutmaßlich\tthird-person\textra", "found 5 field"),
                Arguments.of("HEDGE\tlow\t ", "empty phrase"),
                // types, flags, details
                Arguments.of("SPIN\tlow\tmutmaßlich", "unknown type 'SPIN'"),
                Arguments.of("UNATTRIBUTED\t-\tirgendwas", "derived"),
                Arguments.of("HEDGE\tlow\tmutmaßlich\tloud", "unknown flag 'loud'"),
                Arguments.of("SOURCE\t-\tBSI", "canonical name"),
                Arguments.of("ACTOR\tIran\tIran\t\tTeheran", "empty alias in field 4"),
                Arguments.of("CLAIM\tloud\thinter", "CLAIM detail"),
                Arguments.of("DEFINE\t9x\tfoo", "needs a name"),
                // patterns
                Arguments.of("HEDGE\tlow\tre:(unclosed", "bad regular expression"),
                Arguments.of("HEDGE\tlow\tre:{{NOPE}}", "undefined name {{NOPE}}"));
    }

    @Test
    void missingFileIsReportedByName() {
        Path missing = dir.resolve("missing.txt");
        assertThatIllegalArgumentException().isThrownBy(() -> DE.withLexicon(missing))
                .withMessageContaining(missing.toString());
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @MethodSource("phrases")
    void phrasesMatchWholeWordsCaseInsensitivelyWithOpenEndings(String phrase, String text, boolean matches) {
        assertThat(Lexicon.compilePhrase(phrase).matcher(text).find()).isEqualTo(matches);
    }

    static Stream<Arguments> phrases() {
        return Stream.of(
                // whole words, any case, any whitespace between words
                Arguments.of("mit Sicherheit", "Das ist MIT  Sicherheit so.", true),
                Arguments.of("mit Sicherheit", "mit Sicherheitskräften", false),
                Arguments.of("offenbar", "offenbarte", false),
                Arguments.of("EU", "EU-Kommission", true),
                // a word ending in * takes any ending
                Arguments.of("mutmaßlich*", "die mutmaßlichen Täter", true),
                Arguments.of("mutmaßlich*", "unmutmaßlich", false),
                Arguments.of("staatlich unterstützte* Hacker*", "staatlich unterstützten Hackern", true));
    }

    @Test
    void builtInLexiconsLoad() {
        for (String language : List.of("de", "en")) {
            assertThat(Lexicon.builtIn(language).rules()).isNotEmpty();
        }
    }
}
