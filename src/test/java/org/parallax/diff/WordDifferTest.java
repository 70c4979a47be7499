package org.parallax.diff;

import org.parallax.model.AlignedSegment;
import org.parallax.model.DiffOp;
import org.parallax.model.DiffSegment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.normalise.TextNormaliser;

class WordDifferTest {

    private final WordDiffer differ = WordDiffer.defaults();

    /** Renders segments as text with [-deleted-] and {+inserted+} parts, as a reader sees them. */
    static String render(List<DiffSegment> segments) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segments) {
            switch (s.op()) {
                case EQUAL -> sb.append(s.text());
                case DELETE -> sb.append("[-").append(s.text()).append("-]");
                case INSERT -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return sb.toString();
    }

    static Stream<Arguments> newsPairs() {
        return Stream.of(
                // attribution reworded
                Arguments.of("Die Volksrepublik stecke hinter dem Angriff, teilte das Weiße Haus am Montag mit.",
                        "Die Volksrepublik stecke hinter dem Angriff, hieß es am Montag.",
                        "Die Volksrepublik stecke hinter dem Angriff, [-teilte das Weiße Haus -]{+hieß es +}"
                                + "am Montag[- mit-]."),
                Arguments.of("The White House said on Monday that China was responsible.",
                        "China was responsible, the White House said Monday.",
                        "{+China was responsible, +}The White House said [-on -]Monday"
                                + "[- that China was responsible-]."),
                // words added or removed
                Arguments.of("Mindestens 30.000 Organisationen sind betroffen.",
                        "Mindestens 30 000 Organisationen sind nach Angaben von Microsoft betroffen.",
                        "Mindestens 30.000 Organisationen sind {+nach Angaben von Microsoft +}betroffen."),
                Arguments.of("Peking wies die Vorwürfe zurück.",
                        "Peking wies die Vorwürfe entschieden zurück.",
                        "Peking wies die Vorwürfe {+entschieden +}zurück."),
                // hedging changed
                Arguments.of("Hinter dem Angriff stecken chinesische Hacker.",
                        "Hinter dem Angriff stecken mit hoher Wahrscheinlichkeit chinesische Hacker.",
                        "Hinter dem Angriff stecken {+mit hoher Wahrscheinlichkeit +}chinesische Hacker."),
                Arguments.of("China is behind the attack, officials said.",
                        "China is likely behind the attack, officials said.",
                        "China is {+likely +}behind the attack, officials said."),
                // one word replaced on each side of a longer equality
                Arguments.of("Der Präsident sagte am Montag", "Der Kanzler sagte am Dienstag",
                        "Der [-Präsident -]{+Kanzler +}sagte am [-Montag-]{+Dienstag+}"),
                Arguments.of("Journalist:innen berichten aus Peking.", "JournalistInnen berichten aus Shanghai.",
                        "Journalist:innen berichten aus [-Peking-]{+Shanghai+}."),
                // whole sentence different
                Arguments.of("Microsoft schloss die Lücke im März.", "Die Nato verurteilte das Vorgehen.",
                        "[-Microsoft schloss die Lücke im März-]{+Die Nato verurteilte das Vorgehen+}."),
                // one side empty
                Arguments.of("", "Neuer Satz.", "{+Neuer Satz.+}"),
                Arguments.of("Alter Satz.", "", "[-Alter Satz.-]"));
    }

    @ParameterizedTest
    @MethodSource("newsPairs")
    void diffsNewsSentences(String left, String right, String expected) {
        assertThat(render(differ.diff(left, right))).isEqualTo(expected);
    }

    static Stream<Arguments> normalisationOnly() {
        return Stream.of(
                // quote style and spacing
                Arguments.of("„Das ist ein Angriff auf unsere Demokratie“, sagte die Ministerin.",
                        "\"Das ist ein Angriff auf unsere Demokratie\",  sagte die Ministerin."),
                Arguments.of("«C’est une attaque», a-t-il dit.", "“C'est une attaque”, a-t-il dit."),
                // compounds written with hyphen, space or together
                Arguments.of("Ein groß angelegter Angriff traf die E-Mail-Server.",
                        "Ein großangelegter Angriff traf die Emailserver."),
                Arguments.of("die so genannte Hafnium-Gruppe", "die sogenannte Hafniumgruppe"),
                // numbers, dashes, case, invisible characters
                Arguments.of("rund 30.000 Organisationen – weltweit", "rund 30\u00A0000 Organisationen — weltweit"),
                Arguments.of("Die BUNDES\u00ADREGIERUNG", "die Bundesregierung"),
                // gender forms
                Arguments.of("Expert*innen warnen", "Expert:innen warnen"));
    }

    @ParameterizedTest
    @MethodSource("normalisationOnly")
    void showsNoChangeForNormalisationOnly(String left, String right) {
        assertThat(differ.diff(left, right)).containsExactly(new DiffSegment(DiffOp.EQUAL, left));
        assertThat(differ.alignedDiff(left, right)).containsExactly(new AlignedSegment(DiffOp.EQUAL, left, right));
    }

    @Test
    void sharpSIsAChangeUnlessTheNormaliserFoldsIt() {
        String left = "Das Weiße Haus teilte mit.";
        String right = "Das Weisse Haus teilte mit.";
        assertThat(render(differ.diff(left, right))).isEqualTo("Das [-Weiße -]{+Weisse +}Haus teilte mit.");
        WordDiffer swiss = differ.withNormaliser(TextNormaliser.defaults().withSharpSFolding(true));
        assertThat(swiss.diff(left, right)).containsExactly(new DiffSegment(DiffOp.EQUAL, left));
    }

    @Test
    void compoundMatchKeepsTheRealChangeAroundIt() {
        assertThat(render(differ.diff("Ein groß angelegter Angriff am Montag.", "Ein großangelegter Hack am Montag.")))
                .isEqualTo("Ein groß angelegter [-Angriff -]{+Hack +}am Montag.");
    }

    @Test
    void cleanUpTurnsConfettiIntoPhrases() {
        String left = "Der Minister sagte am Montag in Berlin, die Lage sei ernst.";
        String right = "Die Ministerin erklärte am Dienstag in Paris, die Situation bleibe ernst.";
        List<DiffSegment> raw = differ.withSemanticCleanup(false).diff(left, right);
        assertThat(render(raw)).isEqualTo("[-Der Minister sagte -]{+Die Ministerin erklärte +}am "
                + "[-Montag -]{+Dienstag +}in [-Berlin-]{+Paris+}, die [-Lage sei -]{+Situation bleibe +}ernst.");
        List<DiffSegment> clean = differ.diff(left, right);
        assertThat(render(clean)).isEqualTo("[-Der Minister sagte am Montag in Berlin, die Lage sei -]"
                + "{+Die Ministerin erklärte am Dienstag in Paris, die Situation bleibe +}ernst.");
        assertThat(clean).hasSizeLessThan(raw.size());
    }

    @Test
    void cleanUpKeepsLongEqualities() {
        String left = "Der Minister sagte am Montag in Berlin vor Journalisten, die Lage sei ernst.";
        String right = "Die Ministerin sagte am Montag in Berlin vor Journalisten, die Situation sei ernst.";
        assertThat(render(differ.diff(left, right))).isEqualTo("[-Der Minister -]{+Die Ministerin +}"
                + "sagte am Montag in Berlin vor Journalisten, die [-Lage -]{+Situation +}sei ernst.");
    }

    @Test
    void joinsSentencesWithASpace() {
        assertThat(render(differ.diff(List.of("Erster Satz.", "Zweiter Satz."), List.of("Erster Satz. Dritter Satz."))))
                .isEqualTo("Erster Satz. [-Zweiter -]{+Dritter +}Satz.");
    }

    @Test
    void deletionComesBeforeInsertionAndOpsAlternate() {
        List<DiffSegment> segments = differ.diff("a b c d e f", "a x c y e z");
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).op()).isNotEqualTo(segments.get(i - 1).op());
            assertThat(segments.get(i - 1).op() == DiffOp.INSERT && segments.get(i).op() == DiffOp.DELETE).isFalse();
        }
    }
}
