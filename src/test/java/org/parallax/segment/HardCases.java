package org.parallax.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Hard cases of sentence segmentation in German and English, each row
 * {@code (language, block, expected sentences...)}. Shared by the table test and the accuracy
 * comparison.
 */
final class HardCases {

    private HardCases() {
    }

    /** One row as a value: the block and its gold sentences. */
    record Case(String language, String block, List<String> sentences) {
        Case {
            sentences = List.copyOf(sentences);
        }
    }

    static List<Case> all() {
        return rows()
                .map(Arguments::get)
                .map(row -> new Case((String) row[0], (String) row[1],
                        Arrays.stream(row, 2, row.length).map(String.class::cast).toList()))
                .toList();
    }

    /** The held-out cases of {@code held-out-cases.txt}, read from the classpath. */
    static List<Case> heldOut() {
        try (InputStream in = HardCases.class.getResourceAsStream("held-out-cases.txt")) {
            String text = new String(Objects.requireNonNull(in, "held-out-cases.txt").readAllBytes(), StandardCharsets.UTF_8);
            List<Case> cases = new ArrayList<>();
            for (String chunk : text.split("\\n\\s*\\n")) {
                List<String> lines = chunk.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
                if (!lines.isEmpty()) {
                    List<String> sentences = lines.subList(1, lines.size());
                    cases.add(new Case(lines.get(0).strip(), String.join(" ", sentences), sentences));
                }
            }
            return List.copyOf(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                // --- German: ordinal dates and ordinal numbers
                Arguments.of("de", "Die Angriffe laufen seit dem 19. Juli 2021. Die Regierung schweigt.",
                        "Die Angriffe laufen seit dem 19. Juli 2021.", "Die Regierung schweigt."),
                Arguments.of("de", "Am 3. Oktober feiert Deutschland die Einheit.",
                        "Am 3. Oktober feiert Deutschland die Einheit."),
                Arguments.of("de", "Der 1. FC Köln verlor am Samstag. Die Fans waren enttäuscht.",
                        "Der 1. FC Köln verlor am Samstag.", "Die Fans waren enttäuscht."),
                Arguments.of("de", "Zum 2. Mal in Folge sank der Absatz.",
                        "Zum 2. Mal in Folge sank der Absatz."),
                Arguments.of("de", "Das Treffen ist am 12.07. Dann reist sie ab.",
                        "Das Treffen ist am 12.07.", "Dann reist sie ab."),
                Arguments.of("de", "Ab dem 12.07. gelten neue Regeln.",
                        "Ab dem 12.07. gelten neue Regeln."),
                Arguments.of("de", "Kaiser Wilhelm II. dankte 1918 ab. Die Republik folgte.",
                        "Kaiser Wilhelm II. dankte 1918 ab.", "Die Republik folgte."),
                Arguments.of("de", "Die Zahl der Opfer stieg bis zum Abend auf 25. Die Polizei ermittelt.",
                        "Die Zahl der Opfer stieg bis zum Abend auf 25.", "Die Polizei ermittelt."),

                // --- German: abbreviations
                Arguments.of("de", "Betroffen sind z. B. Behörden und Firmen.",
                        "Betroffen sind z. B. Behörden und Firmen."),
                Arguments.of("de", "Betroffen sind u. a. Kanzleien und Praxen. Auch Schulen melden Ausfälle.",
                        "Betroffen sind u. a. Kanzleien und Praxen.", "Auch Schulen melden Ausfälle."),
                Arguments.of("de", "Der Schaden liegt bei ca. 300 Mio. Euro bzw. mehr.",
                        "Der Schaden liegt bei ca. 300 Mio. Euro bzw. mehr."),
                Arguments.of("de", "Dr. Meier leitet die Abteilung. Prof. Huber berät sie.",
                        "Dr. Meier leitet die Abteilung.", "Prof. Huber berät sie."),
                Arguments.of("de", "Das Haus Nr. 5 steht in St. Gallen.",
                        "Das Haus Nr. 5 steht in St. Gallen."),
                Arguments.of("de", "Der Bund zahlt 2 Mrd. Euro. Die Länder zahlen den Rest.",
                        "Der Bund zahlt 2 Mrd. Euro.", "Die Länder zahlen den Rest."),
                Arguments.of("de", "Sie nannten Banken, Versicherer usw. Die Liste ist lang.",
                        "Sie nannten Banken, Versicherer usw.", "Die Liste ist lang."),
                Arguments.of("de", "Es geht um Server, Netze etc. und deren Wartung.",
                        "Es geht um Server, Netze etc. und deren Wartung."),
                Arguments.of("de", "Gemeint ist d. h. jeder Nutzer. Das betrifft Millionen.",
                        "Gemeint ist d. h. jeder Nutzer.", "Das betrifft Millionen."),

                // --- German: quotations
                Arguments.of("de", "„Wir werden reagieren“, sagte der Minister. Details nannte er nicht.",
                        "„Wir werden reagieren“, sagte der Minister.", "Details nannte er nicht."),
                Arguments.of("de", "„Wer steckt dahinter?“ fragte die Reporterin.",
                        "„Wer steckt dahinter?“ fragte die Reporterin."),
                Arguments.of("de", "„Das ist inakzeptabel!“, rief sie. Dann verließ sie den Saal.",
                        "„Das ist inakzeptabel!“, rief sie.", "Dann verließ sie den Saal."),
                Arguments.of("de", "Er sagte: „Die Spur führt nach Peking.“ Beweise legte er nicht vor.",
                        "Er sagte: „Die Spur führt nach Peking.“", "Beweise legte er nicht vor."),
                Arguments.of("de", "Der Sprecher erklärte, man prüfe die Vorwürfe. „Wir nehmen das ernst.“",
                        "Der Sprecher erklärte, man prüfe die Vorwürfe.", "„Wir nehmen das ernst.“"),
                Arguments.of("de", "»Warum jetzt?« fragte er. »Weil es reicht.«",
                        "»Warum jetzt?« fragte er.", "»Weil es reicht.«"),

                // --- German: headlines, colons, several lines
                Arguments.of("de", "USA überzeugt: China hinter Angriff auf Exchange Server",
                        "USA überzeugt: China hinter Angriff auf Exchange Server"),
                Arguments.of("de", "Die Bilanz: Drei Tote, viele Verletzte. Die Suche geht weiter.",
                        "Die Bilanz: Drei Tote, viele Verletzte.", "Die Suche geht weiter."),
                Arguments.of("de", "Hackerangriff auf Behörden\n\nDie Täter kamen über eine Lücke.",
                        "Hackerangriff auf Behörden", "Die Täter kamen über eine Lücke."),
                Arguments.of("de", "Die Täter kamen über eine Lücke\nim Mailserver. Sie blieben Monate.",
                        "Die Täter kamen über eine Lücke\nim Mailserver.", "Sie blieben Monate."),
                Arguments.of("de", "Washington beschuldigt China\nDie US-Regierung nennt erstmals einen Täter.",
                        "Washington beschuldigt China", "Die US-Regierung nennt erstmals einen Täter."),
                Arguments.of("de", "Betroffen sind:\nBehörden, Firmen und Schulen.",
                        "Betroffen sind:\nBehörden, Firmen und Schulen."),

                // --- German: ellipses
                Arguments.of("de", "Er zögerte … und schwieg dann.",
                        "Er zögerte … und schwieg dann."),
                Arguments.of("de", "Man wartete und wartete... Nichts geschah.",
                        "Man wartete und wartete...", "Nichts geschah."),
                Arguments.of("de", "Das Papier sagt, man habe […] keine Belege.",
                        "Das Papier sagt, man habe […] keine Belege."),

                // --- German: lists, URLs, e-mail, numbers, times
                Arguments.of("de", "1. Punkt: Die Lücke wird geschlossen.",
                        "1. Punkt: Die Lücke wird geschlossen."),
                Arguments.of("de", "Mehr unter example.org/a.b.html im Netz. Fragen an x@y.de senden.",
                        "Mehr unter example.org/a.b.html im Netz.", "Fragen an x@y.de senden."),
                Arguments.of("de", "Der Kurs fiel um 3.5 Prozent auf 12,40 Euro.",
                        "Der Kurs fiel um 3.5 Prozent auf 12,40 Euro."),
                Arguments.of("de", "Die Sitzung beginnt um 19.30 Uhr. Einlass ist ab 19 Uhr.",
                        "Die Sitzung beginnt um 19.30 Uhr.", "Einlass ist ab 19 Uhr."),
                Arguments.of("de", "Kontakt: presse@bund.example.de. Anfragen werden beantwortet.",
                        "Kontakt: presse@bund.example.de.", "Anfragen werden beantwortet."),

                // --- German: initials, lower case after an abbreviation
                Arguments.of("de", "Der Bericht von Hans W. Müller erschien gestern.",
                        "Der Bericht von Hans W. Müller erschien gestern."),
                Arguments.of("de", "Es gibt Viren, Würmer u. ä. bzw. deren Varianten.",
                        "Es gibt Viren, Würmer u. ä. bzw. deren Varianten."),
                Arguments.of("de", "Er arbeitet ca. drei Tage pro Woche von zu Hause. Das spart Zeit.",
                        "Er arbeitet ca. drei Tage pro Woche von zu Hause.", "Das spart Zeit."),

                // --- English: abbreviations and titles
                Arguments.of("en", "Mr. Smith met Dr. Jones at noon. They talked for an hour.",
                        "Mr. Smith met Dr. Jones at noon.", "They talked for an hour."),
                Arguments.of("en", "The company moved to the U.S. The move cost millions.",
                        "The company moved to the U.S.", "The move cost millions."),
                Arguments.of("en", "The U.S. Department of Justice filed charges.",
                        "The U.S. Department of Justice filed charges."),
                Arguments.of("en", "Hackers hit banks, insurers, etc. The damage is unknown.",
                        "Hackers hit banks, insurers, etc.", "The damage is unknown."),
                Arguments.of("en", "Prof. Lee studies malware, e.g. ransomware and worms.",
                        "Prof. Lee studies malware, e.g. ransomware and worms."),
                Arguments.of("en", "The attack began on Jan. 6 and lasted a week.",
                        "The attack began on Jan. 6 and lasted a week."),
                Arguments.of("en", "She lives on St. James Street. He lives next door.",
                        "She lives on St. James Street.", "He lives next door."),
                Arguments.of("en", "Apple Inc. reported record sales. Shares rose.",
                        "Apple Inc. reported record sales.", "Shares rose."),
                Arguments.of("en", "The meeting ends at 5 p.m. on Friday.",
                        "The meeting ends at 5 p.m. on Friday."),
                Arguments.of("en", "The meeting ends at 5 p.m. The vote follows.",
                        "The meeting ends at 5 p.m.", "The vote follows."),
                Arguments.of("en", "Gen. Miller and Sen. Brown spoke first.",
                        "Gen. Miller and Sen. Brown spoke first."),

                // --- English: initials
                Arguments.of("en", "John F. Kennedy was shot in 1963. The nation mourned.",
                        "John F. Kennedy was shot in 1963.", "The nation mourned."),
                Arguments.of("en", "The report by J. R. Hartley appeared in print.",
                        "The report by J. R. Hartley appeared in print."),

                // --- English: quotations
                Arguments.of("en", "\"We will respond,\" he said. \"Nobody can stop us.\"",
                        "\"We will respond,\" he said.", "\"Nobody can stop us.\""),
                Arguments.of("en", "\"Who did this?\" she asked. Nobody answered.",
                        "\"Who did this?\" she asked.", "Nobody answered."),
                Arguments.of("en", "“Enough!” the minister shouted.",
                        "“Enough!” the minister shouted."),
                Arguments.of("en", "He said: “The trail leads to Beijing.” He gave no proof.",
                        "He said: “The trail leads to Beijing.”", "He gave no proof."),
                Arguments.of("en", "The agency denied it (without details). Critics were unconvinced.",
                        "The agency denied it (without details).", "Critics were unconvinced."),

                // --- English: headlines, colons, several lines
                Arguments.of("en", "US blames China for Microsoft Exchange hack",
                        "US blames China for Microsoft Exchange hack"),
                Arguments.of("en", "The verdict: guilty on all counts. The judge set a date.",
                        "The verdict: guilty on all counts.", "The judge set a date."),
                Arguments.of("en", "Breaking news\n\nOfficials confirmed the breach.",
                        "Breaking news", "Officials confirmed the breach."),
                Arguments.of("en", "What we know so far\nThe breach began in January.",
                        "What we know so far", "The breach began in January."),

                // --- English: ellipses
                Arguments.of("en", "He paused … and then went on.",
                        "He paused … and then went on."),
                Arguments.of("en", "We waited... Nothing happened.",
                        "We waited...", "Nothing happened."),

                // --- English: lists, URLs, e-mail, numbers, times
                Arguments.of("en", "1. Patch the server now.",
                        "1. Patch the server now."),
                Arguments.of("en", "See example.org/a.b for details. Write to x@y.de with questions.",
                        "See example.org/a.b for details.", "Write to x@y.de with questions."),
                Arguments.of("en", "Losses grew by 2.5 percent to $3.7 billion in 2021. Analysts were surprised.",
                        "Losses grew by 2.5 percent to $3.7 billion in 2021.", "Analysts were surprised."),
                Arguments.of("en", "The train leaves at 10.45 tonight.",
                        "The train leaves at 10.45 tonight."),
                Arguments.of("en", "Visit www.example.com. It has the full text.",
                        "Visit www.example.com.", "It has the full text."),

                // --- English: lower case after an abbreviation, brand names
                Arguments.of("en", "They sell phones, tablets etc. at low prices.",
                        "They sell phones, tablets etc. at low prices."),
                Arguments.of("en", "Sales of the new model fell. iPhone sales rose.",
                        "Sales of the new model fell.", "iPhone sales rose."),
                Arguments.of("en", "He was sworn in as Pres. Obama's successor. The oath took a minute.",
                        "He was sworn in as Pres. Obama's successor.", "The oath took a minute."),
                Arguments.of("en", "Is this the end? No. It is only the beginning!",
                        "Is this the end?", "No.", "It is only the beginning!"));
    }
}
