package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageTest {

    static Stream<Arguments> tags() {
        return Stream.of(
                Arguments.of("de", "de", ""),
                Arguments.of("de-AT", "de", "AT"),
                Arguments.of("de-CH", "de", "CH"),
                Arguments.of("de_ch", "de", "CH"),
                Arguments.of("DE", "de", ""),
                Arguments.of("en-GB", "en", "GB"),
                Arguments.of("en-us", "en", "US"),
                Arguments.of("EN_gb", "en", "GB"),
                Arguments.of(" en ", "en", ""),
                Arguments.of("es-419", "es", "419"),
                Arguments.of("sr-Latn-RS", "sr", "RS"),
                Arguments.of("de-1996", "de", ""),
                Arguments.of("fr", "fr", ""),
                Arguments.of("gsw", "gsw", ""),
                Arguments.of("", "", ""),
                Arguments.of("und", "", ""));
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @MethodSource("tags")
    void readsTheLanguageAndRegionOfATag(String tag, String code, String region) {
        Language language = Language.parse(tag).orElseThrow();
        assertThat(language.code()).isEqualTo(code);
        assertThat(language.region()).isEqualTo(region);
    }

    static Stream<Arguments> notTags() {
        return Stream.of(
                Arguments.of("German"),
                Arguments.of("deutsch"),
                Arguments.of("d"),
                Arguments.of("de--AT"),
                Arguments.of("de-"),
                Arguments.of("1de"),
                Arguments.of("dé"));
    }

    @ParameterizedTest(name = "{0} is not a tag")
    @MethodSource("notTags")
    void rejectsWhatIsNoTag(String tag) {
        assertThat(Language.parse(tag)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Language.of(tag)).withMessageContaining(tag);
    }

    @Test
    void regionalFormsAreTheirLanguage() {
        assertThat(Language.of("de-AT").isGerman()).isTrue();
        assertThat(Language.of("en-US").isEnglish()).isTrue();
        assertThat(Language.of("de-AT").withoutRegion()).isEqualTo(Language.GERMAN);
        assertThat(Language.of("de-at").tag()).isEqualTo("de-AT");
        assertThat(Language.UNDETERMINED.isDetermined()).isFalse();
    }
}
