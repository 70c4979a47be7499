package org.parallax.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutletIdTest {

    static Stream<Arguments> names() {
        return Stream.of(
                // plain names
                Arguments.of("ORF", "orf", "orf"),
                Arguments.of("Der Standard", "der standard", "der-standard"),
                // case, spacing and punctuation do not make another outlet
                Arguments.of("der  standard.", "der standard", "der-standard"),
                Arguments.of("  Der-Standard ", "der standard", "der-standard"),
                Arguments.of("Alpenländische Rundschau (Beispiel)", "alpenlandische rundschau beispiel",
                        "alpenlandische-rundschau-beispiel"),
                // accents, ß and compatibility forms fold
                Arguments.of("Süddeutsche Zeitung", "suddeutsche zeitung", "suddeutsche-zeitung"),
                Arguments.of("Die Straße", "die strasse", "die-strasse"),
                Arguments.of("Ｆｏｘ News", "fox news", "fox-news"),
                // letters outside ASCII keep outlets apart through a hash of the key
                Arguments.of("BBC 中文", "bbc 中文", "bbc-8dd410b1"),
                Arguments.of("BBC 日本語", "bbc 日本語", "bbc-491de751"),
                Arguments.of("新华社", "新华社", "b8be4ac9"),
                // no letters at all
                Arguments.of("!!!", "outlet", "outlet"),
                Arguments.of("", "outlet", "outlet"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {2}")
    @MethodSource("names")
    void foldsTheNameIntoAKeyAndASafeSlug(String name, String key, String slug) {
        OutletId id = OutletId.of(name);
        assertThat(id.key()).isEqualTo(key);
        assertThat(id.slug()).isEqualTo(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("names")
    void theIdOfTheKeyIsTheIdOfTheName(String name, String key, String slug) {
        assertThat(OutletId.of(key)).isEqualTo(OutletId.of(name));
    }

    static Stream<Arguments> longNames() {
        return Stream.of(
                Arguments.of("Zeitung ".repeat(12)),
                Arguments.of("x".repeat(200)));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("longNames")
    void aLongNameIsCutAndKeepsItsWholeKeyInAHash(String name) {
        OutletId id = OutletId.of(name);
        assertThat(id.slug()).hasSizeLessThanOrEqualTo(60 + 9).matches("[a-z0-9-]+-[0-9a-f]{8}");
        assertThat(OutletId.of(name + " Extra").slug()).isNotEqualTo(id.slug());
    }
}
