package org.parallax.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormaliserTest {

    private final TextNormaliser normaliser = TextNormaliser.defaults();

    static Stream<Arguments> rules() {
        return Stream.of(
                // NFKC: ligatures, full-width forms, superscripts
                Arguments.of("Ö\uFB03zient", "öffizient"),
                Arguments.of("\uFF21\uFF22\uFF23", "abc"),
                Arguments.of("m\u00B2", "m2"),
                Arguments.of("Mu\u0308nchen", "münchen"),
                Arguments.of("\u2126hm", "ωhm"),
                // a half-width voiced mark becomes a combining mark: it joins the character before it
                Arguments.of("\uFF76\uFF9E", "\u30AC"),
                Arguments.of("\u02D8\uFF9E", "\u3099\u0306"),
                // invisible characters removed
                Arguments.of("Bundes\u00ADregierung", "bundesregierung"),
                Arguments.of("Bundes\u200Bregierung", "bundesregierung"),
                Arguments.of("Bundes\u200C\u200Dregierung", "bundesregierung"),
                Arguments.of("Bundes\u2060regierung", "bundesregierung"),
                Arguments.of("\uFEFFBerlin", "berlin"),
                // white space folded to one space and trimmed
                Arguments.of("  Der \t HACK \n", "der hack"),
                Arguments.of("am\u00A0Montag", "am montag"),
                Arguments.of("am\u2009Montag", "am montag"),
                Arguments.of("am\u202FMontag", "am montag"),
                Arguments.of("am\u3000Montag", "am montag"),
                Arguments.of("am \u00AD Montag", "am montag"),
                // quotes: every style one double quote
                Arguments.of("„Angriff“", "\"angriff\""),
                Arguments.of("“Angriff”", "\"angriff\""),
                Arguments.of("‚Angriff‘", "\"angriff\""),
                Arguments.of("«Angriff»", "\"angriff\""),
                Arguments.of("‹Angriff›", "\"angriff\""),
                Arguments.of("'Angriff'", "\"angriff\""),
                Arguments.of("`Angriff´", "\"angriff\""),
                Arguments.of("»Angriff«", "\"angriff\""),
                // apostrophes: between a letter or digit and a letter
                Arguments.of("don’t", "don't"),
                Arguments.of("don`t", "don't"),
                Arguments.of("don´t", "don't"),
                Arguments.of("Merkelʼs", "merkel's"),
                Arguments.of("Hans’ Auto", "hans\" auto"),
                // dashes: one style, compound hyphens removed
                Arguments.of("Berlin – Paris", "berlin - paris"),
                Arguments.of("Berlin — Paris", "berlin - paris"),
                Arguments.of("Berlin ‒ Paris", "berlin - paris"),
                Arguments.of("minus \u22125", "minus -5"),
                Arguments.of("2020-2021", "2020-2021"),
                Arguments.of("2020–2021", "2020-2021"),
                Arguments.of("E-Mail-Server", "emailserver"),
                Arguments.of("E\u2010Mail\u2011Server", "emailserver"),
                Arguments.of("Ein- und Ausgang", "ein- und ausgang"),
                Arguments.of("50-jährige", "50jährige"),
                Arguments.of("G-20", "g20"),
                Arguments.of("Nord-\u00ADSüd", "nordsüd"),
                // case folding
                Arguments.of("WEISSES Haus", "weisses haus"),
                Arguments.of("ſ", "s"),
                Arguments.of("ΣΊΣΥΦΟΣ", "σίσυφοσ"),
                // a mark that composes with the folded letter only: composed at once
                Arguments.of("W\u030A", "\u1E98"),
                Arguments.of("x'\u0345y", "x'\u03B9y"),
                Arguments.of("\u200B\u200B", ""),
                // ß kept by default
                Arguments.of("Straße", "straße"),
                Arguments.of("GROẞ", "groß"),
                // gender forms
                Arguments.of("Journalist:innen", "journalist*innen"),
                Arguments.of("Journalist*innen", "journalist*innen"),
                Arguments.of("Journalist_innen", "journalist*innen"),
                Arguments.of("Journalist·innen", "journalist*innen"),
                Arguments.of("JournalistInnen", "journalist*innen"),
                Arguments.of("Journalist/-innen", "journalist*innen"),
                Arguments.of("Journalist/innen", "journalist*innen"),
                Arguments.of("Journalist:Innen,", "journalist*innen,"),
                Arguments.of("Ärzt:in und BürgerIn", "ärzt*in und bürger*in"),
                // gender suffix in capitals or with a Turkish i: the form already shows it folded
                Arguments.of("JOURNALIST:INNEN", "journalist*innen"),
                Arguments.of("Journalist:inneN", "journalist*innen"),
                Arguments.of("Ärzt:ın", "ärzt*in"),
                Arguments.of("Ärzt:İN", "ärzt*in"),
                // a hyphen that joins letters inside the suffix goes, so the suffix is read as one
                Arguments.of("Ärzt:i-n", "ärzt*in"),
                Arguments.of("Journalist:in-nen", "journalist*innen"),
                Arguments.of("Journalistinnen", "journalistinnen"),
                Arguments.of("Innenministerin", "innenministerin"),
                Arguments.of("und/oder", "und/oder"),
                // numbers: thousands groups folded
                Arguments.of("50.000 Menschen", "50000 menschen"),
                Arguments.of("50,000 people", "50000 people"),
                Arguments.of("50\u00A0000", "50000"),
                Arguments.of("50\u2009000", "50000"),
                Arguments.of("50\u202F000", "50000"),
                Arguments.of("50’000", "50000"),
                Arguments.of("1.000.000", "1000000"),
                Arguments.of("1.234,5 Euro", "1234,5 euro"),
                Arguments.of("1,234.5", "1234.5"),
                Arguments.of("3.000er", "3000er"),
                // numbers: ambiguous forms untouched
                Arguments.of("3,5 Prozent", "3,5 prozent"),
                Arguments.of("3.5 percent", "3.5 percent"),
                Arguments.of("am 19.07.2021", "am 19.07.2021"),
                Arguments.of("um 19.30 Uhr", "um 19.30 uhr"),
                Arguments.of("50 000", "50 000"),
                Arguments.of("2019, 2020", "2019, 2020"),
                Arguments.of("0.500", "0.500"),
                Arguments.of("1234.567", "1234.567"),
                Arguments.of("1.000.00", "1.000.00"),
                Arguments.of("1.2.000", "1.2.000"),
                Arguments.of("10.0000", "10.0000"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void appliesRule(String text, String expected) {
        assertThat(normaliser.comparisonForm(text)).isEqualTo(expected);
    }

    /** Normalising a comparison form again changes nothing, for every rule's example. */
    @ParameterizedTest
    @MethodSource("rules")
    void comparisonFormIsIdempotent(String text, String expected) {
        String form = normaliser.comparisonForm(text);
        assertThat(normaliser.comparisonForm(form)).isEqualTo(form);
    }

    static Stream<Arguments> sharpS() {
        return Stream.of(
                // folded when enabled
                Arguments.of("Straße", "strasse"),
                Arguments.of("GROẞ", "gross"),
                Arguments.of("Strasse", "strasse"),
                // origin of both s is the ß
                Arguments.of("ß", "ss"),
                // an accent on ß stays on the second s, composed as a second normalisation would
                Arguments.of("ß\u0301", "s\u015B"),
                // ... and an apostrophe after it stays one
                Arguments.of("Stra\u00DF\u030C's", "stras\u0161's"));
    }

    @ParameterizedTest
    @MethodSource("sharpS")
    void foldsSharpSWhenAsked(String text, String expected) {
        assertThat(normaliser.withSharpSFolding(true).comparisonForm(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("sharpS")
    void foldedFormIsIdempotent(String text, String expected) {
        TextNormaliser folding = normaliser.withSharpSFolding(true);
        String form = folding.comparisonForm(text);
        assertThat(folding.comparisonForm(form)).isEqualTo(form);
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                // quote styles
                Arguments.of("„Das ist falsch“, sagte er.", "\"Das ist falsch\", sagte er."),
                Arguments.of("«Das ist falsch», sagte er.", "“Das ist falsch”, sagte er."),
                Arguments.of("‚falsch‘", "‹falsch›"),
                Arguments.of("'falsch'", "’falsch’"),
                Arguments.of("`falsch´", "'falsch'"),
                // apostrophes
                Arguments.of("Merkel’s", "Merkel's"),
                Arguments.of("don´t", "don`t"),
                // dashes and hyphens
                Arguments.of("Berlin – Paris", "Berlin — Paris"),
                Arguments.of("Berlin ‒ Paris", "Berlin - Paris"),
                Arguments.of("Nord\u2010Süd", "Nord\u2011Süd"),
                Arguments.of("\u22125 Grad", "-5 Grad"),
                // invisible characters
                Arguments.of("Bundes\u00ADregierung", "Bundesregierung"),
                Arguments.of("Bundes\u200Bregierung", "Bundes\u2060regierung"),
                Arguments.of("\uFEFFBerlin", "Berlin\u200D"),
                // white space
                Arguments.of("am\u00A0Montag", "am  Montag"),
                Arguments.of(" am\u2009Montag ", "am Montag"),
                // case
                Arguments.of("DAS WEISSE HAUS", "das weisse haus"),
                // gender forms
                Arguments.of("Journalist:innen", "Journalist*innen"),
                Arguments.of("Journalist_innen", "JournalistInnen"),
                Arguments.of("Journalist/-innen", "Journalist:innen"),
                Arguments.of("Bürger:in", "BürgerIn"),
                // compounds
                Arguments.of("E-Mail-Server", "Email-Server"),
                Arguments.of("Email-Server", "Emailserver"),
                Arguments.of("E-Mail", "EMail"),
                // numbers
                Arguments.of("50.000", "50,000"),
                Arguments.of("50,000", "50\u00A0000"),
                Arguments.of("50\u2009000", "50000"),
                Arguments.of("1.234.567", "1,234,567"));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void variantsHaveEqualComparisonForms(String a, String b) {
        assertThat(normaliser.comparisonForm(a)).isEqualTo(normaliser.comparisonForm(b));
        assertThat(normaliser.sameComparisonForm(a, b)).isTrue();
    }

    static Stream<Arguments> spaceVariants() {
        return Stream.of(
                // written apart or together
                Arguments.of("groß angelegt", "großangelegt"),
                Arguments.of("groß angelegte Kampagne", "großangelegte Kampagne"),
                Arguments.of("so genannte", "sogenannte"),
                Arguments.of("E-Mail Server", "Emailserver"),
                // together with other variants
                Arguments.of("„groß angelegt“", "\"großangelegt\""));
    }

    @ParameterizedTest
    @MethodSource("spaceVariants")
    void spaceVariantsHaveEqualCompactForms(String a, String b) {
        assertThat(normaliser.comparisonForm(a)).isNotEqualTo(normaliser.comparisonForm(b));
        assertThat(normaliser.compactForm(a)).isEqualTo(normaliser.compactForm(b));
        assertThat(normaliser.sameComparisonForm(a, b)).isTrue();
    }

    static Stream<Arguments> differentTexts() {
        return Stream.of(
                // words that differ
                Arguments.of("Das Weiße Haus", "Das Rote Haus"),
                // ß and ss apart by default
                Arguments.of("Straße", "Strasse"),
                // feminine plural is not the gender form
                Arguments.of("Journalistinnen", "Journalist*innen"),
                // decimals are not thousands
                Arguments.of("3,5", "35"),
                Arguments.of("19.07.2021", "19072021"));
    }

    @ParameterizedTest
    @MethodSource("differentTexts")
    void keepsRealDifferences(String a, String b) {
        assertThat(normaliser.sameComparisonForm(a, b)).isFalse();
    }

    @Test
    void sharpSFoldingMakesSwissSpellingEqual() {
        TextNormaliser swiss = normaliser.withSharpSFolding(true);
        assertThat(swiss.foldsSharpS()).isTrue();
        assertThat(swiss.sameComparisonForm("Das Weiße Haus", "Das Weisse Haus")).isTrue();
        assertThat(normaliser.foldsSharpS()).isFalse();
    }

    static Stream<Arguments> spans() {
        return Stream.of(
                // a normal-form word maps back to its original spelling
                Arguments.of("Die E-Mail-Server der Behörde", "emailserver", "E-Mail-Server"),
                Arguments.of("laut „Reuters“ am Montag", "\"reuters\"", "„Reuters“"),
                Arguments.of("rund 50\u00A0000 Menschen", "50000", "50\u00A0000"),
                Arguments.of("Journalist/-innen berichten", "journalist*innen", "Journalist/-innen"),
                Arguments.of("JournalistInnen berichten", "journalist*innen", "JournalistInnen"),
                Arguments.of("die Stra\u00DFe hier", "straße", "Straße"),
                Arguments.of("die Bundes\u00ADregierung", "bundesregierung", "Bundes\u00ADregierung"),
                Arguments.of("Ö\uFB03zient", "öffizient", "Ö\uFB03zient"),
                Arguments.of("Mu\u0308nchen ist", "münchen", "Mu\u0308nchen"));
    }

    @ParameterizedTest
    @MethodSource("spans")
    void mapsNormalSpansBackToTheOriginal(String text, String normalWord, String originalWord) {
        NormalForm form = normaliser.normalise(text);
        int s = form.normal().indexOf(normalWord);
        assertThat(s).isNotNegative();
        int e = s + normalWord.length();
        assertThat(text.substring(form.originalStart(s), form.originalEnd(e))).isEqualTo(originalWord);
    }

    @Test
    void bothLettersOfFoldedSharpSMapToIt() {
        NormalForm form = normaliser.withSharpSFolding(true).normalise("aß");
        assertThat(form.normal()).isEqualTo("ass");
        assertThat(form.originalStart(1)).isEqualTo(1);
        assertThat(form.originalStart(2)).isEqualTo(1);
        assertThat(form.originalEnd(3)).isEqualTo(2);
    }

    @Test
    void spaceMapsToTheFirstWhiteSpaceOfItsRun() {
        NormalForm form = normaliser.normalise("a \u00A0\tb");
        assertThat(form.normal()).isEqualTo("a b");
        assertThat(form.originalStart(1)).isEqualTo(1);
        assertThat(form.originalStart(2)).isEqualTo(4);
    }

    @Test
    void emptyAndBlankTextsHaveEmptyForms() {
        assertThat(normaliser.normalise("").normal()).isEmpty();
        assertThat(normaliser.normalise(" \u00A0\u200B\n").normal()).isEmpty();
        assertThat(normaliser.normalise(" \u00A0\u200B\n").originalStart(0)).isEqualTo(4);
    }
}
