package org.parallax.align;

import org.parallax.model.AlignmentUnit;
import org.parallax.model.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateChainAlignerTest {

    private final SentenceAligner aligner = SentenceAligners.forLanguage("de");

    private static AlignmentUnit unitWithLeft(Alignment a, int left) {
        return a.units().stream().filter(u -> u.left().contains(left)).findFirst().orElseThrow();
    }

    private static AlignmentUnit unitWithRight(Alignment a, int right) {
        return a.units().stream().filter(u -> u.right().contains(right)).findFirst().orElseThrow();
    }

    @Test
    void splitSentenceIsOneToTwo() {
        List<String> left = List.of(
                "Die Bundesregierung hat am Montag ein neues Klimaschutzgesetz beschlossen, das den Ausstoß bis 2030 halbieren soll.",
                "Die Opposition kritisierte den Entwurf als zu schwach.");
        List<String> right = List.of(
                "Die Bundesregierung hat am Montag ein neues Klimaschutzgesetz beschlossen.",
                "Das Gesetz soll den Ausstoß bis 2030 halbieren.",
                "Die Opposition kritisiert den Entwurf als zu schwach.");
        Alignment a = aligner.align(left, right);
        AlignmentUnit first = unitWithLeft(a, 0);
        assertThat(first.right()).containsExactly(0, 1);
        assertThat(first.kind()).isEqualTo(UnitKind.MODIFIED);
        assertThat(unitWithLeft(a, 1).right()).containsExactly(2);
    }

    @Test
    void mergedSentencesAreTwoToOne() {
        List<String> left = List.of(
                "Der Sturm erreichte am Abend die Nordseeküste.",
                "Dort fielen Hunderte Bäume um und der Bahnverkehr wurde eingestellt.",
                "Am Dienstag soll sich das Wetter beruhigen.");
        List<String> right = List.of(
                "Der Sturm erreichte am Abend die Nordseeküste, wo Hunderte Bäume umfielen und der Bahnverkehr eingestellt wurde.",
                "Am Dienstag soll sich das Wetter beruhigen.");
        Alignment a = aligner.align(left, right);
        assertThat(unitWithRight(a, 0).left()).containsExactly(0, 1);
        AlignmentUnit last = unitWithRight(a, 1);
        assertThat(last.left()).containsExactly(2);
        assertThat(last.kind()).isEqualTo(UnitKind.IDENTICAL);
        assertThat(last.score()).isEqualTo(1.0);
    }

    @Test
    void omittedSentenceIsLeftOnlyAndAddedOneRightOnlyInPlace() {
        List<String> left = List.of(
                "Die Polizei hat in der Nacht drei Verdächtige festgenommen.",
                "Einer von ihnen soll bereits vorbestraft sein.",
                "Die Ermittlungen dauern an.");
        List<String> right = List.of(
                "Die Polizei hat in der Nacht drei Verdächtige festgenommen.",
                "Die Ermittlungen dauern an.",
                "Eine Sprecherin der Staatsanwaltschaft wollte sich nicht äußern.");
        Alignment a = aligner.align(left, right);
        assertThat(a.units()).extracting(AlignmentUnit::kind).containsExactly(
                UnitKind.IDENTICAL, UnitKind.LEFT_ONLY, UnitKind.IDENTICAL, UnitKind.RIGHT_ONLY);
        assertThat(a.units().get(1).left()).containsExactly(1);
        assertThat(a.units().get(1).right()).isEmpty();
        assertThat(a.units().get(3).right()).containsExactly(2);
    }

    @Test
    void reorderedParagraphIsAlignedAndFlaggedMoved() {
        List<String> left = List.of(
                "Der Stadtrat hat den Haushalt für das kommende Jahr verabschiedet.",
                "Für Schulen sind 12 Millionen Euro vorgesehen.",
                "Die Grünen stimmten dagegen, weil der Radverkehr zu kurz komme.",
                "Die Sitzung dauerte bis nach Mitternacht.");
        List<String> right = List.of(
                "Die Grünen stimmten dagegen, da der Radverkehr zu kurz komme.",
                "Der Stadtrat hat den Haushalt für das kommende Jahr verabschiedet.",
                "Für die Schulen sind 12 Millionen Euro vorgesehen.",
                "Die Sitzung dauerte bis nach Mitternacht.");
        Alignment a = aligner.align(left, right);
        AlignmentUnit greens = unitWithLeft(a, 2);
        assertThat(greens.right()).containsExactly(0);
        assertThat(greens.moved()).isTrue();
        assertThat(unitWithLeft(a, 0).right()).containsExactly(1);
        assertThat(unitWithLeft(a, 0).moved()).isFalse();
        assertThat(unitWithLeft(a, 3).right()).containsExactly(3);
        // units stay in the left article's order
        assertThat(a.units()).extracting(u -> u.left().get(0)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void inflectionCompoundsAndSpellingVariantsStillMatch() {
        List<String> left = List.of("Die Bundesregierung warnt vor Cyberangriffen auf Krankenhäuser.",
                "Am Wochenende soll es in ganz Bayern regnen.",
                "Der Schaden wird auf 1,5 Millionen Euro geschätzt.");
        List<String> right = List.of("Die Regierung des Bundes hat vor einem Cyberangriff auf ein Krankenhaus gewarnt.",
                "Ein Sprecher der Polizei bestätigte den Einsatz.",
                "Den Schaden schätzt man auf 1,5 Mio. Euro.");
        Alignment a = aligner.align(left, right);
        assertThat(unitWithLeft(a, 0).right()).containsExactly(0);
        assertThat(unitWithLeft(a, 1).kind()).isEqualTo(UnitKind.LEFT_ONLY);
        assertThat(unitWithLeft(a, 2).right()).containsExactly(2);
        assertThat(unitWithRight(a, 1).kind()).isEqualTo(UnitKind.RIGHT_ONLY);
    }

    @Test
    void unrelatedTextsShareNothingAndScoreLow() {
        Alignment a = aligner.align(
                List.of("Der Bundestag stimmt über das Haushaltsgesetz ab."),
                List.of("Im Zoo ist ein kleiner Elefant zur Welt gekommen."));
        // the right-only sentence opens the right article, so it comes first
        assertThat(a.units()).extracting(AlignmentUnit::kind).containsExactly(UnitKind.RIGHT_ONLY, UnitKind.LEFT_ONLY);
        assertThat(a.similarity()).isZero();
    }

    @Test
    void identicalArticlesHaveSimilarityOne() {
        List<String> text = List.of("Ein Satz.", "Noch ein Satz mit 3 Zahlen.");
        assertThat(aligner.align(text, text).similarity()).isEqualTo(1.0);
    }

    @Test
    void emptySidesGiveOneSidedUnits() {
        assertThat(aligner.align(List.of(), List.of()).units()).isEmpty();
        assertThat(aligner.align(List.of("Nur links."), List.of()).units())
                .extracting(AlignmentUnit::kind).containsExactly(UnitKind.LEFT_ONLY);
        assertThat(aligner.align(List.of(), List.of("Nur rechts.")).units())
                .extracting(AlignmentUnit::kind).containsExactly(UnitKind.RIGHT_ONLY);
    }

    @Test
    void englishParaphraseWithInflectionMatches() {
        SentenceAligner english = SentenceAligners.forLanguage("en");
        List<String> left = List.of("The government announced new sanctions against Russia on Monday.",
                "Markets reacted calmly.");
        List<String> right = List.of("Stocks barely moved after the news.",
                "On Monday, the government is announcing a sanction package against Russia.");
        Alignment a = english.align(left, right);
        AlignmentUnit sanctions = unitWithLeft(a, 0);
        assertThat(sanctions.right()).containsExactly(1);
        assertThat(sanctions.kind()).isEqualTo(UnitKind.MODIFIED);
        assertThat(unitWithLeft(a, 1).kind()).isEqualTo(UnitKind.LEFT_ONLY);
    }

    @Test
    void otherLanguagesFallBackToAnAlignerWithoutStemming() {
        SentenceAligner french = SentenceAligners.forLanguage("fr");
        Alignment a = french.align(List.of("Le gouvernement a annoncé une réforme.", "Il pleut."),
                List.of("Il pleut.", "Le gouvernement annonce une réforme importante."));
        assertThat(unitWithLeft(a, 0).right()).containsExactly(1);
        assertThat(SentenceAligners.forLanguage((String) null)).isNotNull();
    }
}
