package org.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.ingest.RawArticle;
import org.parallax.ingest.TextArticleReader;
import org.parallax.model.Removal;
import org.parallax.model.TextBlock;

class CaptionFinderTest {
    private static final String DE_BODY = "Die Stadt saniert die Kläranlage im Norden für rund 14 Millionen Euro, "
            + "teilte die Verwaltung am Montag mit. Die Arbeiten sollen im Frühjahr beginnen.";
    private static final String EN_BODY = "The city will spend about 14 million euros on the treatment plant, "
            + "officials said on Monday. Work is due to start in the spring.";

    /** Rows: language, article body, the captions removed (in order), a block that must stay. */
    static Stream<Arguments> articles() {
        return Stream.of(
                // the credit at the end of the caption's own line
                Arguments.of("de", "Kläranlage wird saniert\n\nDer Westflügel des Rathauses. (Foto: Beispiel-Agentur/Archiv)\n\n"
                        + DE_BODY, List.of("Der Westflügel des Rathauses."), DE_BODY),
                Arguments.of("en", "Plant to be refurbished\n\nThe treatment plant on the north bank (Photo: Example Press)\n\n"
                        + EN_BODY, List.of("The treatment plant on the north bank"), EN_BODY),
                // a caption line just before a credit line
                Arguments.of("de", "Kläranlage wird saniert\n\nDie Stadt investiert kräftig\n\n" + DE_BODY
                        + "\n\nDas Klärbecken am Nordufer\n\nFoto: picture alliance / dpa\n\n" + DE_BODY,
                        List.of("Das Klärbecken am Nordufer"), "Die Stadt investiert kräftig"),
                // a caption line just after a credit line
                Arguments.of("en", "Plant to be refurbished\n\nThe city is investing heavily\n\n" + EN_BODY
                        + "\n\nPhoto: Example Press\n\nThe settling tank on the north bank, seen from the river\n\n"
                        + EN_BODY, List.of("The settling tank on the north bank, seen from the river"), EN_BODY),
                // the standfirst above a credit line is not a caption; the credit names the picture itself
                Arguments.of("de", "Allianz gegen Hacker\n\nUSA, EU und Nato machen Peking verantwortlich\n\n"
                        + "Bild: Symbolbild Serverraum / Beispiel-Fotodienst\n\n" + DE_BODY,
                        List.of(), "USA, EU und Nato machen Peking verantwortlich"),
                // a credit inside a sentence, and a long paragraph beside a credit line, make no caption
                Arguments.of("de", "Kläranlage wird saniert\n\nDas Klärbecken (Foto: dpa) ist fünfzig Jahre alt, sagte die "
                        + "Bürgermeisterin am Montag vor dem Stadtrat.\n\n" + DE_BODY,
                        List.of(), "Das Klärbecken ist fünfzig Jahre alt, sagte die Bürgermeisterin am Montag vor dem Stadtrat."),
                Arguments.of("en", "Plant to be refurbished\n\nThe city is investing heavily\n\nPhoto: Example Press\n\n"
                        + EN_BODY, List.of(), EN_BODY),
                // a line introducing what follows is not a caption
                Arguments.of("en", "Plant to be refurbished\n\nThe city is investing heavily\n\n" + EN_BODY
                        + "\n\nPhoto: Example Press\n\nThe mayor said:\n\n" + EN_BODY, List.of(), "The mayor said:"));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void removesCaptionsBesideTheirCredit(String language, String body, List<String> captions, String kept) {
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage(language)
                .clean(new TextArticleReader().parse(body, "test.txt", "test", false));

        assertThat(cleaned.removed()).filteredOn(r -> r.rule().equals("caption")).extracting(Removal::text)
                .containsExactlyElementsOf(captions);
        assertThat(cleaned.removed()).extracting(Removal::rule).contains("photo-credit");
        assertThat(cleaned.blocks()).extracting(TextBlock::text).contains(kept)
                .noneMatch(text -> captions.stream().anyMatch(text::contains));
    }

    /** Rows: a bundled corpus sample, the captions it loses (in order). */
    static Stream<Arguments> samples() {
        String de = "corpus/2021-07-19-china-cyber-attribution/";
        String en = "corpus/2021-07-19-exchange-hack-attribution-en/";
        return Stream.of(
                Arguments.of(de + "rheinische-netzpost.txt", List.of("Der Westflügel des Weißen Hauses in Washington.")),
                // its caption is inside the credit line ("Bild: Symbolbild Serverraum / ..."), which goes whole
                Arguments.of(de + "nordkurier-digital.txt", List.of()),
                Arguments.of(de + "seed-unknown-outlet.txt", List.of()),
                Arguments.of(en + "potomac-wire.txt", List.of()),
                Arguments.of(en + "southern-cross-daily.txt", List.of()),
                Arguments.of(en + "thames-courier.txt", List.of()));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void corpusSamplesLoseExactlyTheirCaptions(String file, List<String> captions) {
        RawArticle raw = new TextArticleReader().read(Path.of(file));
        CleanedArticle withCaptions = BoilerplateCleaner.forLanguage(raw.metadata().language()).clean(raw);

        assertThat(withCaptions.removed()).filteredOn(r -> r.rule().equals("caption")).extracting(Removal::text)
                .containsExactlyElementsOf(captions);
        List<String> kept = withCaptions.blocks().stream().map(TextBlock::text).toList();
        assertThat(kept).isNotEmpty().noneMatch(captions::contains);
        assertThat(withCaptions.removed()).filteredOn(r -> !r.rule().equals("caption")).extracting(Removal::text)
                .noneMatch(captions::contains);
    }

    @Test
    void theStandfirstAboveACreditLineStays() {
        RawArticle raw = new TextArticleReader().read(Path.of("corpus/2021-07-19-china-cyber-attribution/nordkurier-digital.txt"));
        CleanedArticle cleaned = BoilerplateCleaner.forLanguage("de").clean(raw);

        assertThat(cleaned.blocks()).extracting(TextBlock::text)
                .contains("USA, EU und Nato machen Peking für Angriff auf Microsoft verantwortlich");
        assertThat(cleaned.removed()).contains(new Removal("Bild: Symbolbild Serverraum / Beispiel-Fotodienst", "photo-credit"));
    }

    /** Rows: text, whether it may be a caption. */
    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("Der Westflügel des Weißen Hauses in Washington.", true),
                Arguments.of("The settling tank on the north bank, seen from the river", true),
                Arguments.of("Protesters in Hong Kong on Monday", true),
                // a long sentence is a paragraph
                Arguments.of("The city will spend about 14 million euros on the treatment plant, officials said.", false),
                // without a full stop a caption may be longer, but not without end
                Arguments.of("A " + "very ".repeat(30) + "long line", false),
                Arguments.of("Die Bürgermeisterin sagte:", false),
                Arguments.of("", false));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void knowsWhatACaptionLooksLike(String text, boolean captionLike) {
        assertThat(CaptionFinder.isCaptionLike(text)).isEqualTo(captionLike);
    }
}
