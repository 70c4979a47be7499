package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextBlockSplitterTest {

    private static final String WRAPPED_EN = String.join("\n",
            "The United States and its allies accused China on Monday of a",
            "global cyberespionage campaign, saying hackers working for the",
            "Ministry of State Security exploited flaws in Microsoft",
            "Exchange. Officials said the campaign had hit thousands of",
            "companies.");
    private static final String JOINED_EN = "The United States and its allies accused China on Monday of a global "
            + "cyberespionage campaign, saying hackers working for the Ministry of State Security exploited flaws in "
            + "Microsoft Exchange. Officials said the campaign had hit thousands of companies.";

    static Stream<Arguments> bodies() {
        return Stream.of(
                // one paragraph per line, no blank lines (the seed's shape): every line is a block
                Arguments.of("""
                        Die USA und die EU wollen den diplomatischen Druck auf die chinesische Regierung erhöhen. Deshalb haben sie eine Allianz geschmiedet.
                        Cyberattacken haben in den vergangenen Jahren massiv zugenommen.
                        Internationale Allianz gegen Cyberangriffe
                        Deshalb gibt es seit dem 19. Juli 2021 nun eine Allianz zwischen den USA und der EU gegen Cyberattacken aus China.
                        Was kann eine solche Vereinigung bewirken?
                        Konkrete Strafen wurden hingegen noch nicht bekanntgegeben.
                        Washington beschuldigt China
                        Hackerattacken kosteten die USA Milliarden.""", false, List.of(
                        "PARAGRAPH:Die USA und die EU wollen den diplomatischen Druck auf die chinesische Regierung erhöhen. "
                                + "Deshalb haben sie eine Allianz geschmiedet.",
                        "PARAGRAPH:Cyberattacken haben in den vergangenen Jahren massiv zugenommen.",
                        "SUBHEADING:Internationale Allianz gegen Cyberangriffe",
                        "PARAGRAPH:Deshalb gibt es seit dem 19. Juli 2021 nun eine Allianz zwischen den USA und der EU "
                                + "gegen Cyberattacken aus China.",
                        "SUBHEADING:Was kann eine solche Vereinigung bewirken?",
                        "PARAGRAPH:Konkrete Strafen wurden hingegen noch nicht bekanntgegeben.",
                        "SUBHEADING:Washington beschuldigt China",
                        "PARAGRAPH:Hackerattacken kosteten die USA Milliarden.")),
                // short sentence lines of similar width, none wrapped: still one block each
                Arguments.of("""
                        Die Attacke kam aus China.
                        Das sagte ein Beamter am Montag.
                        Konkrete Strafen gab es nicht.""", false, List.of(
                        "PARAGRAPH:Die Attacke kam aus China.",
                        "PARAGRAPH:Das sagte ein Beamter am Montag.",
                        "PARAGRAPH:Konkrete Strafen gab es nicht.")),
                // listing lines that end in a pipe stay apart (heading-like lines before any paragraph are headlines)
                Arguments.of("""
                        Neue Stellenangebote
                        Growth Marketing Manager:in – Social Media GOhiring GmbH in Homeoffice |
                        ||
                        Praktikum im Bereich Social Media Governance ab März 2025 Mercedes-Benz AG in Stuttgart |
                        Sie haben gemeinsam mit Forbidden Stories die Ausspähung von Journalist:innen aufgedeckt.""", false,
                        List.of("HEADLINE:Neue Stellenangebote",
                                "HEADLINE:Growth Marketing Manager:in – Social Media GOhiring GmbH in Homeoffice |",
                                "PARAGRAPH:||",
                                "SUBHEADING:Praktikum im Bereich Social Media Governance ab März 2025 Mercedes-Benz AG "
                                        + "in Stuttgart |",
                                "PARAGRAPH:Sie haben gemeinsam mit Forbidden Stories die Ausspähung von "
                                        + "Journalist:innen aufgedeckt.")),
                // wire copy hard-wrapped at 62 columns: lines joined, a line ending in a full stop included
                Arguments.of(WRAPPED_EN, false, List.of("PARAGRAPH:" + JOINED_EN)),
                // two wrapped paragraphs separated by a blank line
                Arguments.of(WRAPPED_EN + "\n\n" + """
                        The European Union stopped short of naming the ministry. It
                        said the attacks came from Chinese territory.""", false, List.of("PARAGRAPH:" + JOINED_EN,
                        "PARAGRAPH:The European Union stopped short of naming the ministry. It said the attacks came "
                                + "from Chinese territory.")),
                // wrapped paragraphs without a blank line: the short last line ends the paragraph
                Arguments.of(WRAPPED_EN + "\n" + """
                        The European Union stopped short of naming the ministry. It
                        said the attacks came from Chinese territory.""", false, List.of("PARAGRAPH:" + JOINED_EN,
                        "PARAGRAPH:The European Union stopped short of naming the ministry. It said the attacks came "
                                + "from Chinese territory.")),
                // a headline above wrapped German text, a hyphen at the end of a line kept without a space
                Arguments.of("""
                        Berlin teilt die Einschätzung

                        Die Bundesregierung schloss sich der Kritik an. Ein Sprecher
                        des Auswärtigen Amts sagte, man habe die Erkenntnisse der US-
                        Regierung geprüft und teile sie im Wesentlichen, ohne selbst
                        weitere Einzelheiten zu nennen.""", false, List.of(
                        "HEADLINE:Berlin teilt die Einschätzung",
                        "PARAGRAPH:Die Bundesregierung schloss sich der Kritik an. Ein Sprecher des Auswärtigen Amts "
                                + "sagte, man habe die Erkenntnisse der US-Regierung geprüft und teile sie im "
                                + "Wesentlichen, ohne selbst weitere Einzelheiten zu nennen.")),
                // a heading right above wrapped text, without a blank line: it does not fill the width
                Arguments.of("""
                        Berlin teilt die Einschätzung
                        Die Bundesregierung schloss sich der Kritik an. Ein Sprecher
                        des Auswärtigen Amts sagte, man habe die US-Erkenntnisse
                        geprüft und teile sie im Wesentlichen, ohne Einzelheiten zu
                        nennen.""", false, List.of(
                        "HEADLINE:Berlin teilt die Einschätzung",
                        "PARAGRAPH:Die Bundesregierung schloss sich der Kritik an. Ein Sprecher des Auswärtigen Amts "
                                + "sagte, man habe die US-Erkenntnisse geprüft und teile sie im Wesentlichen, ohne "
                                + "Einzelheiten zu nennen.")),
                // list items: bullets always (the bullet goes), numbers only when a neighbouring line is numbered too (the number stays)
                Arguments.of("""
                        Die Vorwürfe im Überblick:
                        - Diebstahl von Geschäftsgeheimnissen
                        * Spionage bei Impfstoff-Forschern
                        • Erpressung mit Ransomware""", false, List.of(
                        "PARAGRAPH:Die Vorwürfe im Überblick:",
                        "LIST_ITEM:Diebstahl von Geschäftsgeheimnissen",
                        "LIST_ITEM:Spionage bei Impfstoff-Forschern",
                        "LIST_ITEM:Erpressung mit Ransomware")),
                Arguments.of("""
                        1. Die USA klagen vier Hacker an.
                        2. Die EU verzichtet auf Sanktionen.""", false, List.of(
                        "LIST_ITEM:1. Die USA klagen vier Hacker an.",
                        "LIST_ITEM:2. Die EU verzichtet auf Sanktionen.")),
                Arguments.of("""
                        19. Juli: Die USA beschuldigen China.
                        20. Juli: Peking weist die Vorwürfe zurück.""", false, List.of(
                        "LIST_ITEM:19. Juli: Die USA beschuldigen China.",
                        "LIST_ITEM:20. Juli: Peking weist die Vorwürfe zurück.")),
                Arguments.of("""
                        19. Juli 2021: Die USA und ihre Verbündeten machen China für den Angriff verantwortlich.""", false,
                        List.of("PARAGRAPH:19. Juli 2021: Die USA und ihre Verbündeten machen China für den Angriff "
                                + "verantwortlich.")),
                // lines without letters or digits are blocks of their own (the cleaner decides about them)
                Arguments.of("""
                        Der Hack betraf Zehntausende Server.
                        * * *
                        Microsoft veröffentlichte Updates.""", false, List.of(
                        "PARAGRAPH:Der Hack betraf Zehntausende Server.", "PARAGRAPH:* * *",
                        "PARAGRAPH:Microsoft veröffentlichte Updates.")),
                // Markdown: headings by level, quote markers, links and strong emphasis unwrapped
                Arguments.of("""
                        # USA beschuldigen China

                        ## Die Reaktion der EU

                        > Die EU spricht von **chinesischem Territorium**, nennt aber [das Ministerium](https://example.org) nicht.""",
                        true, List.of("HEADLINE:USA beschuldigen China", "SUBHEADING:Die Reaktion der EU",
                        "PARAGRAPH:Die EU spricht von chinesischem Territorium, nennt aber das Ministerium nicht.")),
                Arguments.of("""
                        ### Chronik
                        Siehe ![Grafik der Angriffe](grafik.png) und [die Warnung](https://example.org "BSI") vom __März__.""",
                        true, List.of("SUBHEADING:Chronik",
                        "PARAGRAPH:Siehe Grafik der Angriffe und die Warnung vom März.")),
                // the same text as plain text: '#' headings are still headings, but links stay as written
                Arguments.of("""
                        # USA beschuldigen China
                        Siehe [Quelle](https://example.org).""", false, List.of("HEADLINE:USA beschuldigen China",
                        "PARAGRAPH:Siehe [Quelle](https://example.org).")),
                // wire copy with indented paragraph starts: the indent counts towards the width, so the lede's
                // first line is joined to the next, and a deeper indent starts the next paragraph
                Arguments.of("""
                            WASHINGTON, July 19 (Example Wire) - The United States and its
                        allies on Monday formally accused China of carrying out the hack.
                            The White House said it had "a high degree of confidence" that
                        hackers affiliated with the Ministry of State Security were
                        responsible, officials said on Monday.""", false, List.of(
                        "PARAGRAPH:WASHINGTON, July 19 (Example Wire) - The United States and its allies on Monday "
                                + "formally accused China of carrying out the hack.",
                        "PARAGRAPH:The White House said it had \"a high degree of confidence\" that hackers affiliated "
                                + "with the Ministry of State Security were responsible, officials said on Monday.")),
                                // a gender star is not Markdown emphasis
                Arguments.of("Journalist*innen und Politiker*innen wurden ausgespäht.", true,
                        List.of("PARAGRAPH:Journalist*innen und Politiker*innen wurden ausgespäht.")));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void splitsBodiesIntoBlocks(String body, boolean markdown, List<String> expected) {
        List<String> actual = new TextBlockSplitter(markdown).split(List.of(body.split("\n", -1))).stream()
                .map(b -> b.kind() + ":" + b.text()).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> headingLike() {
        return Stream.of(
                // headings
                Arguments.of("Internationale Allianz gegen Cyberangriffe", true),
                Arguments.of("Was kann eine solche Vereinigung bewirken?", true),
                Arguments.of("„Wir schließen nichts aus“", true),
                // sentences and labels
                Arguments.of("Konkrete Strafen wurden hingegen noch nicht bekanntgegeben.", false),
                Arguments.of("Auch interessant:", false),
                Arguments.of("Das ist ein Skandal!", false),
                Arguments.of("„Das sei inakzeptabel.“", false),
                Arguments.of("Die USA und unsere Verbündeten und Partner schließen weitere Maßnahmen nicht aus um die "
                        + "Volksrepublik China zur Rechenschaft zu ziehen", false));
    }

    @ParameterizedTest
    @MethodSource("headingLike")
    void recognisesHeadingLikeLines(String line, boolean expected) {
        assertThat(TextBlockSplitter.isHeadingLike(line)).isEqualTo(expected);
    }

    static Stream<Arguments> continuations() {
        return Stream.of(
                // the next word would not have fitted: the tool wrapped here
                Arguments.of("The United States and its allies accused China on Monday of a", "global campaign", 62, true),
                Arguments.of("Ministry of State Security exploited flaws in Microsoft", "Exchange. Officials", 62, true),
                // a short line is the end of a paragraph
                Arguments.of("companies.", "The European Union", 62, false),
                Arguments.of("Washington beschuldigt China", "Hackerattacken kosteten", 62, false));
    }

    @ParameterizedTest
    @MethodSource("continuations")
    void decidesContinuationByTheWrapWidth(String previous, String next, int width, boolean expected) {
        assertThat(TextBlockSplitter.continues(previous, next, width)).isEqualTo(expected);
    }

    /** Lines of words (no list or heading markers), some of them blank. */
    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> word = Arbitraries.of("Die", "USA", "China", "Hack", "sagte", "er.", "Allianz", "gegen",
                "Cyberangriffe,", "„Milliarden“", "teilte", "mit.", "und", "Nato", "19.", "2021", "|", "||", "?");
        Arbitrary<String> line = word.list().ofMinSize(0).ofMaxSize(25).map(words -> String.join(" ", words));
        return line.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 300)
    void keepsEveryWordInOrder(@ForAll("lines") List<String> lines) {
        List<String> expected = new ArrayList<>();
        lines.forEach(l -> expected.addAll(words(l)));
        List<String> actual = new ArrayList<>();
        new TextBlockSplitter(false).split(lines).forEach(b -> actual.addAll(words(b.text())));
        assertThat(actual).isEqualTo(expected);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
