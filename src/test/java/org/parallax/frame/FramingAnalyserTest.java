package org.parallax.frame;

import org.parallax.model.ArticleFraming;
import org.parallax.model.FramingMarker;
import org.parallax.model.MarkerType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;
import static org.parallax.model.MarkerType.ACTOR;
import static org.parallax.model.MarkerType.ATTRIBUTION;
import static org.parallax.model.MarkerType.DATE;
import static org.parallax.model.MarkerType.HEDGE;
import static org.parallax.model.MarkerType.NUMBER;
import static org.parallax.model.MarkerType.ORIGIN;
import static org.parallax.model.MarkerType.QUOTE;
import static org.parallax.model.MarkerType.REPORTED_SPEECH;
import static org.parallax.model.MarkerType.REPORTING_VERB;
import static org.parallax.model.MarkerType.UNATTRIBUTED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FramingAnalyserTest {
    private static final FramingAnalyser DE = FramingAnalyser.forLanguage("de");
    private static final FramingAnalyser EN = FramingAnalyser.forLanguage("en");

    private static FramingAnalyser analyser(String language) {
        return language.equals("de") ? DE : EN;
    }

    private static List<FramingMarker> markers(String language, String sentence, MarkerType type) {
        return analyser(language).analyse(sentence).stream().filter(m -> m.type() == type).toList();
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> [{3}] {4}")
    @MethodSource({"attributions", "reportingVerbs", "hedges", "reportedSpeech", "actors", "quotes", "numbers",
            "dates", "unattributed", "origins"})
    void findsMarker(MarkerType type, String language, String sentence, String text, String detail) {
        assertThat(markers(language, sentence, type))
                .extracting(FramingMarker::text, FramingMarker::detail)
                .contains(tuple(text, detail));
    }

    @ParameterizedTest(name = "{0} {1}: no marker in {2}")
    @MethodSource({"noAttributions", "noReportingVerbs", "noHedges", "noReportedSpeech", "noActors", "noQuotes",
            "noNumbers", "noDates", "noUnattributed", "noOrigins"})
    void findsNoMarker(MarkerType type, String language, String sentence) {
        assertThat(markers(language, sentence, type)).isEmpty();
    }

    static Stream<Arguments> attributions() {
        return Stream.of(
                // German: separable "teilen ... mit", source after the verb
                Arguments.of(ATTRIBUTION, "de", "Der Angriff war schwer, teilte das Weiße Haus mit.", "teilte das Weiße Haus mit", "USA: White House"),
                Arguments.of(ATTRIBUTION, "de", "Es gehe um Sicherheit, teilt ein hochrangiger US-Regierungsbeamter am Sonntagabend mit.", "teilt ein hochrangiger US-Regierungsbeamter am Sonntagabend mit", "US-Regierungsbeamter"),
                Arguments.of(ATTRIBUTION, "de", "Das Weiße Haus teilte am Montag mit, man sei besorgt.", "Das Weiße Haus teilte am Montag mit", "USA: White House"),
                // German: so, hieß es, wie ... mitteilte, laut, nach Angaben, zufolge
                Arguments.of(ATTRIBUTION, "de", "Peking stecke dahinter, so das Weiße Haus.", "so das Weiße Haus", "USA: White House"),
                Arguments.of(ATTRIBUTION, "de", "Der Angriff sei schwer gewesen, hieß es.", "hieß es", ""),
                Arguments.of(ATTRIBUTION, "de", "Es gebe Beweise, hieß es aus Regierungskreisen.", "hieß es aus Regierungskreisen", ""),
                Arguments.of(ATTRIBUTION, "de", "Die Attacke sei geführt worden, hieß es in einer Erklärung des Europäischen Rates.", "hieß es in einer Erklärung des Europäischen Rates", "EU: European Council"),
                Arguments.of(ATTRIBUTION, "de", "Vier Männer werden angeklagt, wie das US-Justizministerium mitteilte.", "wie das US-Justizministerium mitteilte", "USA: Department of Justice"),
                Arguments.of(ATTRIBUTION, "de", "Laut Microsoft waren Tausende Server betroffen.", "Laut Microsoft", "Microsoft"),
                Arguments.of(ATTRIBUTION, "de", "Laut Angaben des Weißen Hauses kostete das Milliarden.", "Laut Angaben des Weißen Hauses", "USA: White House"),
                Arguments.of(ATTRIBUTION, "de", "Nach Angaben von Microsoft nutzte die Gruppe eine Lücke.", "Nach Angaben von Microsoft", "Microsoft"),
                Arguments.of(ATTRIBUTION, "de", "Dem Weißen Haus zufolge war es Peking.", "Dem Weißen Haus zufolge", "USA: White House"),
                // a genitive source is named in its base form
                Arguments.of(ATTRIBUTION, "de", "Nach Einschätzung des Konzerns wird sie staatlich unterstützt.", "Nach Einschätzung des Konzerns", "Konzern"),
                Arguments.of(ATTRIBUTION, "de", "Laut Angaben des Bundesamtes ist die Lücke geschlossen.", "Laut Angaben des Bundesamtes", "Bundesamt"),
                Arguments.of(ATTRIBUTION, "de", "Laut Angaben des BND ist die Lücke geschlossen.", "Laut Angaben des BND", "BND"),
                // German: sagte X, X sagte, pronoun sources are anonymous
                Arguments.of(ATTRIBUTION, "de", "„Wir handeln“, sagte Biden am Montag.", "sagte Biden", "Biden"),
                Arguments.of(ATTRIBUTION, "de", "Das sei inakzeptabel, erklärte ein Sprecher des Weißen Hauses.", "erklärte ein Sprecher des Weißen Hauses", "USA: White House"),
                Arguments.of(ATTRIBUTION, "de", "Der Sprecher sagte, man prüfe Sanktionen.", "Der Sprecher sagte", "Sprecher"),
                Arguments.of(ATTRIBUTION, "de", "»Wir werden handeln«, sagte sie.", "sagte sie", ""),
                Arguments.of(ATTRIBUTION, "de", "Die Vorwürfe seien erfunden, sagte er vor Medienschaffenden.", "sagte er", ""),
                // German: a source in quotation marks, a perfect tense accusation, anonymous circles
                Arguments.of(ATTRIBUTION, "de", "Die Angreifer hätten Server kompromittiert, berichtete die „New York Times“.", "berichtete die „New York Times“", "New York Times"),
                Arguments.of(ATTRIBUTION, "de", "Die US-Regierung hat China für den Angriff verantwortlich gemacht.", "Die US-Regierung hat China für den Angriff verantwortlich gemacht", "USA"),
                Arguments.of(ATTRIBUTION, "de", "Die Hacker stammen aus China, wie aus Sicherheitskreisen verlautete.", "wie aus Sicherheitskreisen verlautete", ""),
                // English
                Arguments.of(ATTRIBUTION, "en", "The hack was serious, according to officials.", "according to officials", "officials"),
                Arguments.of(ATTRIBUTION, "en", "It came from China, according to a statement from the European Council.", "according to a statement from the European Council", "EU: European Council"),
                Arguments.of(ATTRIBUTION, "en", "China was behind it, the White House said.", "the White House said", "USA: White House"),
                Arguments.of(ATTRIBUTION, "en", "Officials say the hack affected 30,000 organisations.", "Officials say", "officials"),
                Arguments.of(ATTRIBUTION, "en", "\"We will respond,\" said a senior administration official.", "said a senior administration official", "official"),
                Arguments.of(ATTRIBUTION, "en", "The United States said it was confident.", "The United States said", "USA"),
                // English: adverbials between source and verb, titles with "of", joint sources
                Arguments.of(ATTRIBUTION, "en", "The Biden administration on Monday formally accused China of the hack.", "The Biden administration on Monday formally accused", "Biden administration"),
                Arguments.of(ATTRIBUTION, "en", "Secretary of State Antony Blinken said the MSS had hired criminals.", "Secretary of State Antony Blinken said", "Secretary of State Antony Blinken"),
                Arguments.of(ATTRIBUTION, "en", "The US and its allies said the MSS ran the hack.", "The US and its allies said", "USA"),
                Arguments.of(ATTRIBUTION, "en", "\"It is a smear,\" Zhao said.", "Zhao said", "Zhao"),
                Arguments.of(ATTRIBUTION, "en", "It was the worst hack yet, he said.", "he said", ""),
                // English: a dateline before the source, "and its allies", a day between source and verb
                Arguments.of(ATTRIBUTION, "en", "WASHINGTON, July 19 - The United States and its allies on Monday formally accused China of the hack.",
                        "The United States and its allies on Monday formally accused", "USA"),
                // a source is named without the quotation marks around it
                Arguments.of(ATTRIBUTION, "en", "'We will act,' a police spokesperson said.", "a police spokesperson said", "police spokesperson"),
                Arguments.of(ATTRIBUTION, "en", "‘We will act,’ the police spokesperson said.", "the police spokesperson said", "police spokesperson"),
                Arguments.of(ATTRIBUTION, "de", "'Wir handeln', sagte ein Polizeisprecher.", "sagte ein Polizeisprecher", "Polizeisprecher"),
                Arguments.of(ATTRIBUTION, "de", "‚Wir handeln‘, so ein Polizeisprecher.", "so ein Polizeisprecher", "Polizeisprecher"),
                // the verb first, then a role and a name
                Arguments.of(ATTRIBUTION, "en", "\"The ward is full,\" said nurse Sarah Khan.", "said nurse Sarah Khan", "Sarah Khan"),
                Arguments.of(ATTRIBUTION, "en", "The ward is full, said nurse Sarah Khan on Monday.", "said nurse Sarah Khan", "Sarah Khan"),
                Arguments.of(ATTRIBUTION, "en", "The claims are groundless, said foreign ministry spokesman Zhao Lijian.", "said foreign ministry spokesman Zhao Lijian", "Zhao Lijian"),
                Arguments.of(ATTRIBUTION, "de", "„Die Station ist voll“, sagte Krankenpfleger Jonas Weber.", "sagte Krankenpfleger Jonas Weber", "Krankenpfleger Jonas Weber"),
                Arguments.of(ATTRIBUTION, "de", "Die Lage sei ernst, sagte Krankenpfleger Jonas Weber dem Sender.", "sagte Krankenpfleger Jonas Weber", "Krankenpfleger Jonas Weber"),
                Arguments.of(ATTRIBUTION, "de", "Die Lage sei ernst, sagte Krankenpfleger Jonas Weber der Zeitung.", "sagte Krankenpfleger Jonas Weber", "Krankenpfleger Jonas Weber"),
                Arguments.of(ATTRIBUTION, "de", "Es gebe keine Betten, sagte Krankenpfleger Jonas Weber aus Köln.", "sagte Krankenpfleger Jonas Weber", "Krankenpfleger Jonas Weber"),
                Arguments.of(ATTRIBUTION, "de", "Die Station ist voll, erklärte Oberarzt Dr. Jonas Weber.", "erklärte Oberarzt Dr. Jonas Weber", "Oberarzt Dr. Jonas Weber"),
                Arguments.of(ATTRIBUTION, "en", "The ward is full, said Dr. Sarah Khan.", "said Dr. Sarah Khan", "Dr. Sarah Khan"),
                // one canonical source in both languages, whichever alias names it
                Arguments.of(ATTRIBUTION, "en", "The MSS said nothing.", "The MSS said", "China: Ministry of State Security"),
                Arguments.of(ATTRIBUTION, "de", "Laut dem Staatssicherheitsministerium ist alles falsch.", "Laut dem Staatssicherheitsministerium", "China: Ministry of State Security"),
                Arguments.of(ATTRIBUTION, "en", "The hack was serious, a White House spokesperson said.", "a White House spokesperson said", "USA: White House"),
                Arguments.of(ATTRIBUTION, "en", "Nato said it stood by its allies.", "Nato said", "NATO"),
                Arguments.of(ATTRIBUTION, "de", "Das sei ernst, sagte ein Sprecher der Nato.", "sagte ein Sprecher der Nato", "NATO"),
                Arguments.of(ATTRIBUTION, "de", "Peking behauptete, die USA seien selbst Hacker.", "Peking behauptete", "China"),
                Arguments.of(ATTRIBUTION, "en", "Beijing claimed the US was the biggest hacker.", "Beijing claimed", "China"),
                // corpus sentences: a participle of saying, a name with its role, present tense "heißt es"
                Arguments.of(ATTRIBUTION, "en", "They accused China, with the White House saying it was confident.", "with the White House saying", "USA: White House"),
                Arguments.of(ATTRIBUTION, "en", "Dominic Raab, the foreign secretary, said: \"It was reckless.\"", "Dominic Raab, the foreign secretary, said", "Dominic Raab"),
                Arguments.of(ATTRIBUTION, "de", "Die Attacke sei von China aus geführt worden, heißt es dort.", "heißt es", ""),
                Arguments.of(ATTRIBUTION, "de", "Das Weiße Haus warf der chinesischen Führung zudem vor, Hacker zu beschäftigen.", "Das Weiße Haus warf der chinesischen Führung zudem vor", "USA: White House"),
                Arguments.of(ATTRIBUTION, "de", "EU: Hackerangriff kam von chinesischem Territorium", "EU", "EU"),
                Arguments.of(ATTRIBUTION, "de", "Peking hat ähnliche Vorwürfe stets zurückgewiesen.", "Peking hat ähnliche Vorwürfe stets zurückgewiesen", "China"),
                Arguments.of(ATTRIBUTION, "en", "China has consistently denied involvement in hacking.", "China has consistently denied", "China"),
                Arguments.of(ATTRIBUTION, "en", "China rejected the allegations.", "China rejected", "China"),
                Arguments.of(ATTRIBUTION, "de", "Sprecher Zhao Lijian bezeichnete die Anschuldigungen als «grundlos».", "Sprecher Zhao Lijian bezeichnete die Anschuldigungen als", "Sprecher Zhao Lijian"),
                Arguments.of(ATTRIBUTION, "de", "Ein hochrangiger Regierungsbeamter sagte bereits am Sonntagabend vor Journalistinnen und Journalisten, man schließe nichts aus.",
                        "Ein hochrangiger Regierungsbeamter sagte bereits am Sonntagabend vor Journalistinnen und Journalisten", "Regierungsbeamter"));
    }

    static Stream<Arguments> noAttributions() {
        return Stream.of(
                // German: "mit" that is a preposition, "laut" that means loud, "so" that is not a source
                Arguments.of(ATTRIBUTION, "de", "Die Länder teilten die Sorge mit Kanada."),
                Arguments.of(ATTRIBUTION, "de", "Die Demonstranten riefen laut und lange."),
                Arguments.of(ATTRIBUTION, "de", "Der Angriff war so schwer wie nie."),
                Arguments.of(ATTRIBUTION, "de", "Das Weiße Haus erklärte China für verantwortlich."),
                // English: a subject that is not a speaker, a plain statement
                Arguments.of(ATTRIBUTION, "en", "Officials familiar with the matter were in the room."),
                Arguments.of(ATTRIBUTION, "en", "The hack was run by China."),
                // English: nobody speaks when no one does
                Arguments.of(ATTRIBUTION, "en", "No country announced sanctions."),
                Arguments.of(ATTRIBUTION, "en", "None of the governments announced sanctions."),
                // an adverb that opens the sentence is not a source
                Arguments.of(ATTRIBUTION, "de", "Erstmals macht die US-Regierung China für den Angriff verantwortlich."),
                // a headline whose rubric before the colon is no acronym
                Arguments.of(ATTRIBUTION, "de", "Hintergrund: Was ist Ransomware?"),
                Arguments.of(ATTRIBUTION, "de", "Neue Studie: Hacker werden jünger"),
                Arguments.of(ATTRIBUTION, "en", "Explainer: What is ransomware and who is behind it?"),
                // "alleged" after a preposition qualifies a noun
                Arguments.of(ATTRIBUTION, "en", "The US wants Britain to extradite him, over his alleged role in the leak."));
    }

    @ParameterizedTest(name = "{0}: {1} is not the source in {2}")
    @MethodSource("wrongSources")
    void doesNotTakeTheWrongWordForTheSource(String language, String wrong, String sentence) {
        assertThat(markers(language, sentence, ATTRIBUTION)).extracting(FramingMarker::detail).doesNotContain(wrong);
    }

    static Stream<Arguments> wrongSources() {
        return Stream.of(
                Arguments.of("en", "Monday", "WASHINGTON, July 19 - The United States and its allies on Monday formally accused China of the hack."),
                Arguments.of("en", "Monday", "Britain on Monday formally accused China of the hack."),
                Arguments.of("de", "Medienschaffenden", "Die Vorwürfe seien erfunden, sagte er vor Medienschaffenden."),
                Arguments.of("de", "Journalisten", "Das sei falsch, erklärte sie gegenüber Journalisten."),
                Arguments.of("de", "Erstmals", "Erstmals macht die US-Regierung China für den Angriff verantwortlich."),
                Arguments.of("de", "Krankenpfleger Jonas Weber der Zeitung", "Die Lage sei ernst, sagte Krankenpfleger Jonas Weber der Zeitung."),
                Arguments.of("en", "' a police spokesperson", "'We will act,' a police spokesperson said."),
                // a source never opens with a question word or a preposition
                Arguments.of("en", "What did the prosecutors", "What did the prosecutors say?"),
                Arguments.of("en", "after the court", "He was jailed, after the court rejected his appeal."),
                Arguments.of("en", "over his", "The US wants Britain to extradite him, over his alleged role in the leak."));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("sourcePhrases")
    void sourcePhraseIsNamedByItsCanonicalName(String language, String phrase, String canonical) {
        LexiconMarkerFinder finder = new LexiconMarkerFinder(Lexicon.builtIn(language));
        assertThat(finder.canonicalSource(phrase)).isEqualTo(canonical);
    }

    static Stream<Arguments> sourcePhrases() {
        return Stream.of(
                // quotation marks and punctuation at either end are no part of a name
                Arguments.of("en", "' a police spokesperson", "police spokesperson"),
                Arguments.of("en", "‘the Foreign Office’,", "United Kingdom: Foreign Office"),
                Arguments.of("de", "‚ein Polizeisprecher‘", "Polizeisprecher"),
                Arguments.of("de", "„die Nato“:", "NATO"),
                Arguments.of("de", "' -", ""),
                // an actor alias as the whole source, its first member, or after "des"/"of"
                Arguments.of("en", "the MSS", "China: Ministry of State Security"),
                Arguments.of("en", "The US and its allies", "USA"),
                Arguments.of("en", "Britain, the EU", "United Kingdom"),
                Arguments.of("en", "a spokesperson of the Ministry of State Security", "China: Ministry of State Security"),
                Arguments.of("de", "ein Sprecher der Nato", "NATO"),
                Arguments.of("de", "das Staatssicherheitsministerium", "China: Ministry of State Security"),
                Arguments.of("de", "die Vereinigten Staaten und Kanada", "USA"),
                // an actor alias inside a longer name does not replace the name
                Arguments.of("de", "US-Justizministerin Lisa Monaco", "US-Justizministerin Lisa Monaco"),
                Arguments.of("en", "Chinese Foreign Ministry spokesman", "Chinese Foreign Ministry spokesman"),
                Arguments.of("en", "Australia's foreign minister", "Australia's foreign minister"),
                // a source-only alias anywhere in the phrase
                Arguments.of("de", "ein Sprecher des Weißen Hauses", "USA: White House"),
                Arguments.of("en", "a White House spokesperson", "USA: White House"),
                Arguments.of("de", "ein Sprecher der EU-Kommission", "EU"),
                // sources of a government's agencies are named with the government first
                Arguments.of("en", "the Foreign Office", "United Kingdom: Foreign Office"),
                Arguments.of("de", "das britische Außenministerium", "United Kingdom: Foreign Office"),
                Arguments.of("en", "Britain's NCSC", "United Kingdom: National Cyber Security Centre"),
                Arguments.of("en", "the FBI", "USA: FBI"),
                Arguments.of("de", "die US-Behörde CISA", "USA: CISA"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("oneActorArticles")
    void aliasesOfOneActorCountAsOneActor(String language, List<String> sentences, String actor, int count) {
        assertThat(analyser(language).analyseArticle(sentences).actors())
                .containsExactly(new ArticleFraming.ActorCount(actor, count));
    }

    static Stream<Arguments> oneActorArticles() {
        return Stream.of(
                Arguments.of("en", List.of("The MSS hired contractors.", "The Ministry of State Security denied it.",
                        "China's Ministry of State Security was named."), "China: Ministry of State Security", 3),
                Arguments.of("de", List.of("Das MSS heuerte Hacker an.", "Das Ministerium für Staatssicherheit schwieg.",
                        "Beamte des chinesischen Staatssicherheitsministeriums sind angeklagt.",
                        "Ein Bezug zum Staatssicherheitsministerium fehlt."), "China: Ministry of State Security", 4),
                Arguments.of("de", List.of("Die Vereinigten Staaten handeln.", "Die USA handeln.", "Washington handelt."), "USA", 3),
                Arguments.of("en", List.of("The United States acted.", "The US acted.", "Washington acted."), "USA", 3),
                Arguments.of("de", List.of("Die Nato tagt.", "Die NATO tagt."), "NATO", 2),
                // the seat of the EU's institutions stands for the EU, except as a place
                Arguments.of("de", List.of("Die EU reagiert.", "Brüssel verurteilt den Angriff.",
                        "Das Treffen fand in Brüssel statt."), "EU", 2),
                Arguments.of("en", List.of("The European Union reacted.", "Brussels condemned the attack."), "EU", 2),
                Arguments.of("en", List.of("Nato met.", "NATO met."), "NATO", 2),
                Arguments.of("de", List.of("Die EU handelt.", "Die Europäische Union handelt."), "EU", 2),
                Arguments.of("en", List.of("The EU acted.", "The European Union acted."), "EU", 2),
                Arguments.of("de", List.of("Peking schweigt.", "Pekings Antwort fehlt.", "Die Volksrepublik China schweigt."), "China", 3),
                Arguments.of("en", List.of("Beijing is silent.", "China is silent.", "The PRC is silent."), "China", 3));
    }

    static Stream<Arguments> reportingVerbs() {
        return Stream.of(
                // German neutral, separable verbs included
                Arguments.of(REPORTING_VERB, "de", "Das Weiße Haus teilte am Montag mit, man sei besorgt.", "teilte am Montag mit", "neutral"),
                Arguments.of(REPORTING_VERB, "de", "Der Sprecher erklärte, man prüfe Sanktionen.", "erklärte", "neutral"),
                Arguments.of(REPORTING_VERB, "de", "Biden sagte, China müsse handeln.", "sagte", "neutral"),
                Arguments.of(REPORTING_VERB, "de", "Die Regierung gab die Maßnahmen am Montag bekannt.", "gab die Maßnahmen am Montag bekannt", "neutral"),
                Arguments.of(REPORTING_VERB, "de", "China wies die Vorwürfe am Dienstag zurück.", "wies die Vorwürfe am Dienstag zurück", "neutral"),
                Arguments.of(REPORTING_VERB, "de", "China wies die Vorwürfe zurück und drohte.", "wies die Vorwürfe zurück", "neutral"),
                // German loaded
                Arguments.of(REPORTING_VERB, "de", "Peking behauptete, die USA seien selbst Hacker.", "behauptete", "loaded"),
                Arguments.of(REPORTING_VERB, "de", "Die USA warfen China am Montag vor, hinter dem Hack zu stecken.", "warfen China am Montag vor", "loaded"),
                Arguments.of(REPORTING_VERB, "de", "Washington beschuldigt China.", "beschuldigt", "loaded"),
                Arguments.of(REPORTING_VERB, "de", "Die Regierung unterstellte Peking böse Absichten.", "unterstellte", "loaded"),
                Arguments.of(REPORTING_VERB, "de", "Die US-Regierung hat China für den Angriff verantwortlich gemacht.", "verantwortlich gemacht", "loaded"),
                // English
                Arguments.of(REPORTING_VERB, "en", "The White House said China was behind the hack.", "said", "neutral"),
                Arguments.of(REPORTING_VERB, "en", "The department announced charges.", "announced", "neutral"),
                Arguments.of(REPORTING_VERB, "en", "Beijing claimed the US was the biggest hacker.", "claimed", "loaded"),
                Arguments.of(REPORTING_VERB, "en", "The allies accused China of hacking.", "accused", "loaded"),
                Arguments.of(REPORTING_VERB, "en", "The ministry insisted it opposed hacking.", "insisted", "loaded"),
                // participles, publishing a statement, rejecting and describing as
                Arguments.of(REPORTING_VERB, "en", "The EU was cautious, saying only that it came from China.", "saying", "neutral"),
                Arguments.of(REPORTING_VERB, "en", "Australia joined the US in publicly blaming China.", "blaming", "loaded"),
                Arguments.of(REPORTING_VERB, "en", "Officials called out China.", "called out", "loaded"),
                Arguments.of(REPORTING_VERB, "en", "The NSA published an advisory describing 50 techniques.", "published an advisory", "neutral"),
                Arguments.of(REPORTING_VERB, "en", "China has described the accusations as groundless.", "described the accusations as", "neutral"),
                Arguments.of(REPORTING_VERB, "de", "Die NSA veröffentlichte am selben Tag eine Liste von Methoden.", "veröffentlichte am selben Tag eine Liste", "neutral"),
                Arguments.of(REPORTING_VERB, "de", "Die EU macht China für den Angriff mitverantwortlich.", "macht China für den Angriff mitverantwortlich", "loaded"),
                Arguments.of(REPORTING_VERB, "de", "Diplomaten verwiesen darauf, dass es Sanktionen gab.", "verwiesen darauf", "neutral"),
                Arguments.of(REPORTING_VERB, "de", "Peking hat die Vorwürfe zurückgewiesen.", "zurückgewiesen", "neutral"));
    }

    static Stream<Arguments> noReportingVerbs() {
        return Stream.of(
                // German: "mit" and "vor" as prepositions
                Arguments.of(REPORTING_VERB, "de", "Die Länder teilten die Sorge mit Kanada."),
                Arguments.of(REPORTING_VERB, "de", "Sie warfen die Dokumente vor dem Gebäude weg."),
                Arguments.of(REPORTING_VERB, "de", "Die Regierung wies den Weg zurück zur Diplomatie."),
                // English: "States" in a country name, "charged" as indicted
                Arguments.of(REPORTING_VERB, "en", "The United States acted."),
                Arguments.of(REPORTING_VERB, "en", "Four men were charged with hacking."),
                // describing without "as", publishing something that is no statement
                Arguments.of(REPORTING_VERB, "en", "The report lists 50 techniques describing the attacks."),
                Arguments.of(REPORTING_VERB, "en", "The hackers published stolen data."),
                Arguments.of(REPORTING_VERB, "de", "Die Zeitung veröffentlichte ein Foto."));
    }

    static Stream<Arguments> hedges() {
        return Stream.of(
                // German certainty
                Arguments.of(HEDGE, "de", "Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ von China gesteuert worden.", "mit sehr hoher Wahrscheinlichkeit", "high"),
                Arguments.of(HEDGE, "de", "China stecke zweifelsfrei dahinter.", "zweifelsfrei", "high"),
                // German doubt
                Arguments.of(HEDGE, "de", "Vier mutmaßliche Hacker wurden angeklagt.", "mutmaßliche", "low"),
                Arguments.of(HEDGE, "de", "Der angebliche Angriff blieb folgenlos.", "angebliche", "low"),
                Arguments.of(HEDGE, "de", "Das Ministerium soll die Angriffe gesteuert haben.", "soll", "low"),
                Arguments.of(HEDGE, "de", "Die Hacker sollen aus China gekommen sein.", "sollen", "low"),
                Arguments.of(HEDGE, "de", "Möglicherweise waren auch Behörden betroffen.", "Möglicherweise", "low"),
                Arguments.of(HEDGE, "de", "Die Gruppe arbeitet offenbar für Peking.", "offenbar", "low"),
                Arguments.of(HEDGE, "de", "Die unterstellte Urheberschaft wies Peking zurück.", "unterstellte", "low"),
                // English certainty
                Arguments.of(HEDGE, "en", "The US said with a high degree of confidence that the MSS ran the hack.", "with a high degree of confidence", "high"),
                Arguments.of(HEDGE, "en", "It is highly likely that China was behind it.", "highly likely", "high"),
                Arguments.of(HEDGE, "en", "The group was almost certainly Chinese.", "almost certainly", "high"),
                // English doubt
                Arguments.of(HEDGE, "en", "The hackers allegedly stole data.", "allegedly", "low"),
                Arguments.of(HEDGE, "en", "The hackers reportedly worked for the state.", "reportedly", "low"),
                // hearsay and belief without a named holder
                Arguments.of(HEDGE, "en", "The group is understood to have worked for the MSS.", "is understood to", "low"),
                Arguments.of(HEDGE, "en", "The hackers are believed to be based in Hainan.", "are believed to", "low"),
                Arguments.of(HEDGE, "en", "The group is thought to be Chinese.", "is thought to", "low"),
                Arguments.of(HEDGE, "en", "The ministry is widely believed to run the group.", "is widely believed to", "low"),
                Arguments.of(HEDGE, "en", "It is understood that the MSS ran the campaign.", "It is understood", "low"),
                Arguments.of(HEDGE, "de", "Die Gruppe soll für das Ministerium gearbeitet haben.", "soll", "low"),
                Arguments.of(HEDGE, "de", "Sie sollen zwischen 2011 und 2018 Unternehmen, Universitäten und Behörden ausgespäht haben.", "sollen", "low"),
                Arguments.of(HEDGE, "de", "Die Gruppe gilt als Werkzeug Pekings.", "gilt als", "low"),
                Arguments.of(HEDGE, "de", "Die Hacker gelten als staatsnah.", "gelten als", "low"),
                Arguments.of(HEDGE, "de", "Dem Vernehmen nach steckt Peking dahinter.", "Dem Vernehmen nach", "low"));
    }

    static Stream<Arguments> noHedges() {
        return Stream.of(
                // German: "soll" as obligation, not hearsay; a probability that is only a noun
                Arguments.of(HEDGE, "de", "Das Gebäude soll 2022 eröffnet werden."),
                Arguments.of(HEDGE, "de", "Die Regierung soll handeln."),
                Arguments.of(HEDGE, "de", "Die Wahrscheinlichkeitsrechnung ist ein Fach."),
                // English: no hedge word
                Arguments.of(HEDGE, "en", "The White House said China ran the hack."),
                // English: "understood" and "thought" as plain verbs
                Arguments.of(HEDGE, "en", "The minister understood the risk."),
                Arguments.of(HEDGE, "en", "They thought about sanctions."),
                // German: "als" after another verb, "soll" with no hearsay
                Arguments.of(HEDGE, "de", "Er arbeitet als Berater."),
                Arguments.of(HEDGE, "de", "Die Regierung soll handeln, sagte er."));
    }

    static Stream<Arguments> reportedSpeech() {
        return Stream.of(
                // German Konjunktiv I forms that differ from the indicative
                Arguments.of(REPORTED_SPEECH, "de", "Der Hack sei von China gesteuert worden.", "sei", "konjunktiv-i"),
                Arguments.of(REPORTED_SPEECH, "de", "Die Angriffe seien eine Bedrohung.", "seien", "konjunktiv-i"),
                Arguments.of(REPORTED_SPEECH, "de", "China müsse sich an Regeln halten.", "müsse", "konjunktiv-i"),
                Arguments.of(REPORTED_SPEECH, "de", "Man könne nichts ausschließen.", "könne", "konjunktiv-i"),
                // German forms like the first person indicative, in third-person context
                Arguments.of(REPORTED_SPEECH, "de", "Er sagte, die Regierung habe keine Kenntnis.", "habe", "konjunktiv-i"),
                Arguments.of(REPORTED_SPEECH, "de", "Peking werde reagieren, hieß es.", "werde", "konjunktiv-i"),
                Arguments.of(REPORTED_SPEECH, "de", "Bei den Angriffen handele es sich um Spionage.", "handele", "konjunktiv-i"),
                Arguments.of(REPORTED_SPEECH, "de", "Es gebe keine Beweise, sagte der Sprecher.", "gebe", "konjunktiv-i"));
    }

    static Stream<Arguments> noReportedSpeech() {
        return Stream.of(
                // German: first person indicative, idioms with "sei", nouns
                Arguments.of(REPORTED_SPEECH, "de", "Ich habe das nicht gesagt."),
                Arguments.of(REPORTED_SPEECH, "de", "Das werde ich prüfen."),
                Arguments.of(REPORTED_SPEECH, "de", "Es sei denn, es regnet."),
                Arguments.of(REPORTED_SPEECH, "de", "Gott sei Dank ist nichts passiert."),
                Arguments.of(REPORTED_SPEECH, "de", "Die Liege steht im Garten."),
                Arguments.of(REPORTED_SPEECH, "de", "Der Hack ist von China gesteuert worden."),
                // English has no Konjunktiv
                Arguments.of(REPORTED_SPEECH, "en", "He said the hack was serious."));
    }

    static Stream<Arguments> actors() {
        return Stream.of(
                // German China and its inflections
                Arguments.of(ACTOR, "de", "Die USA erhöhen den Druck auf die chinesische Regierung.", "chinesische Regierung", "China"),
                Arguments.of(ACTOR, "de", "Peking weist die Vorwürfe zurück.", "Peking", "China"),
                Arguments.of(ACTOR, "de", "Die Verbündeten wenden sich gegen Chinas Cyberaktivitäten.", "Chinas", "China"),
                Arguments.of(ACTOR, "de", "Sie fordern Antworten von der Volksrepublik China.", "Volksrepublik China", "China"),
                // German: the ministry, the territory, state-backed hackers
                Arguments.of(ACTOR, "de", "Der Hack sei vom chinesischen Ministerium für Staatssicherheit gesteuert worden.", "chinesischen Ministerium für Staatssicherheit", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "de", "Vier Hacker aus dem Ministerium für Staatssicherheit werden angeklagt.", "Ministerium für Staatssicherheit", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "de", "Staatlich unterstützte Hacker stecken dahinter.", "Staatlich unterstützte Hacker", "state-backed actors"),
                // German: other actors
                Arguments.of(ACTOR, "de", "Auch Russland gerät in den Fokus.", "Russland", "Russia"),
                Arguments.of(ACTOR, "de", "Die US-Regierung reagiert.", "US-Regierung", "USA"),
                Arguments.of(ACTOR, "de", "Der europäische Rat geht nicht so weit.", "europäische Rat", "EU"),
                Arguments.of(ACTOR, "de", "Beteiligt ist auch die Nato.", "Nato", "NATO"),
                Arguments.of(ACTOR, "de", "Die Gruppe APT40 griff Microsoft an.", "APT40", "APT40"),
                Arguments.of(ACTOR, "de", "Die Gruppe Hafnium nutzte die Lücke.", "Hafnium", "Hafnium"),
                // English
                Arguments.of(ACTOR, "en", "Hackers tied to China's Ministry of State Security ran the campaign.", "China's Ministry of State Security", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "en", "The MSS hired contractors.", "MSS", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "en", "State-backed hackers exploited the flaw.", "State-backed hackers", "state-backed actors"),
                Arguments.of(ACTOR, "en", "The Chinese government denied it.", "The Chinese government", "China"),
                Arguments.of(ACTOR, "en", "Beijing denied it.", "Beijing", "China"),
                Arguments.of(ACTOR, "en", "The US and the EU acted together.", "US", "USA"),
                Arguments.of(ACTOR, "en", "NATO joined the statement.", "NATO", "NATO"),
                // one canonical actor in both languages, whichever alias names it
                Arguments.of(ACTOR, "en", "Hackers working for the Ministry of State Security struck.", "Ministry of State Security", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "en", "The Chinese Ministry of State Security denied it.", "Chinese Ministry of State Security", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "de", "Die Hacker arbeiten für das MSS.", "MSS", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "de", "Das chinesische Staatssicherheitsministerium schweigt.", "chinesische Staatssicherheitsministerium", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "de", "Beamte des Staatssicherheitsministeriums sind angeklagt.", "Staatssicherheitsministeriums", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "de", "Die USA machen Chinas Staatssicherheit verantwortlich.", "Chinas Staatssicherheit", "China: Ministry of State Security"),
                Arguments.of(ACTOR, "de", "Die Vereinigten Staaten handeln.", "Vereinigten Staaten", "USA"),
                Arguments.of(ACTOR, "en", "The United States acted.", "United States", "USA"),
                Arguments.of(ACTOR, "en", "Washington acted.", "Washington", "USA"),
                Arguments.of(ACTOR, "de", "Die Europäische Union handelt.", "Europäische Union", "EU"),
                Arguments.of(ACTOR, "en", "The European Union acted.", "European Union", "EU"),
                Arguments.of(ACTOR, "en", "Nato acted.", "Nato", "NATO"),
                Arguments.of(ACTOR, "de", "Beijing schweigt.", "Beijing", "China"),
                Arguments.of(ACTOR, "en", "Peking is silent.", "Peking", "China"),
                Arguments.of(ACTOR, "en", "APT31 targeted lawmakers.", "APT31", "APT31"),
                Arguments.of(ACTOR, "de", "APT 31 griff Abgeordnete an.", "APT 31", "APT31"),
                Arguments.of(ACTOR, "de", "Brüssel schließt sich der Kritik Washingtons an.", "Washingtons", "USA"));
    }

    static Stream<Arguments> noActors() {
        return Stream.of(
                // German: names that only look like actors
                Arguments.of(ACTOR, "de", "Die Chinesischlehrerin unterrichtet in Bonn."),
                Arguments.of(ACTOR, "de", "Die Washington Post berichtete darüber."),
                Arguments.of(ACTOR, "de", "Die Gruppe APT4000 ist erfunden."),
                // English: the pronoun "us", a word containing a name
                Arguments.of(ACTOR, "en", "Let us look at the facts."),
                Arguments.of(ACTOR, "en", "The Chinatowns of the world are busy."),
                // a capital after "in" is the place, not its government
                Arguments.of(ACTOR, "de", "Die Gespräche fanden in Peking statt."),
                Arguments.of(ACTOR, "de", "Der Westflügel des Weißen Hauses in Washington."),
                Arguments.of(ACTOR, "en", "The talks took place in Washington."),
                Arguments.of(ACTOR, "en", "A spokesman spoke at a briefing in Beijing."),
                // a place of origin is not an actor
                Arguments.of(ACTOR, "de", "Die Attacke sei von chinesischem Territorium aus geführt worden."),
                Arguments.of(ACTOR, "de", "Die Gruppe operiert von China aus."),
                Arguments.of(ACTOR, "en", "The attack came from Chinese territory."),
                Arguments.of(ACTOR, "en", "It was carried out from the territory of China."));
    }

    static Stream<Arguments> origins() {
        return Stream.of(
                // German: "von ... aus", with or without "aus"
                Arguments.of(ORIGIN, "de", "Die Attacke sei von chinesischem Territorium aus geführt worden.", "von chinesischem Territorium aus", "China"),
                Arguments.of(ORIGIN, "de", "Der Hackerangriff kam von chinesischem Territorium.", "von chinesischem Territorium", "China"),
                Arguments.of(ORIGIN, "de", "Die Gruppe operiert von China aus.", "von China aus", "China"),
                // English
                Arguments.of(ORIGIN, "en", "The attack came from Chinese territory.", "from Chinese territory", "China"),
                Arguments.of(ORIGIN, "en", "It was carried out from the territory of China.", "from the territory of China", "China"),
                Arguments.of(ORIGIN, "en", "The group operated from China.", "from China", "China"),
                // on or from its soil, and Russia alike
                Arguments.of(ORIGIN, "de", "Die Server standen auf chinesischem Boden.", "auf chinesischem Boden", "China"),
                Arguments.of(ORIGIN, "de", "Der Angriff kam von russischem Territorium aus.", "von russischem Territorium aus", "Russia"),
                Arguments.of(ORIGIN, "de", "Die Gruppe operiert von Russland aus.", "von Russland aus", "Russia"),
                Arguments.of(ORIGIN, "en", "The attack came from Russian soil.", "from Russian soil", "Russia"),
                Arguments.of(ORIGIN, "en", "The group operated from Russia.", "from Russia", "Russia"));
    }

    static Stream<Arguments> noOrigins() {
        return Stream.of(
                // a country as the actor, a person from a country
                Arguments.of(ORIGIN, "de", "China weist die Vorwürfe zurück."),
                Arguments.of(ORIGIN, "de", "Der Besuch von China ist geplant."),
                Arguments.of(ORIGIN, "en", "Four nationals from China were charged."),
                Arguments.of(ORIGIN, "en", "China rejected the allegations."));
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                // German quotation marks, nested and unclosed
                Arguments.of(QUOTE, "de", "Das sei „eine große Bedrohung“, hieß es.", "„eine große Bedrohung“", ""),
                Arguments.of(QUOTE, "de", "Er sprach von „Chinas ‚böswilligen‘ Aktivitäten“.", "„Chinas ‚böswilligen‘ Aktivitäten“", ""),
                Arguments.of(QUOTE, "de", "Er sprach von ‚Spionage‘ im großen Stil.", "‚Spionage‘", ""),
                Arguments.of(QUOTE, "de", "»Wir werden handeln«, sagte sie.", "»Wir werden handeln«", ""),
                Arguments.of(QUOTE, "de", "«Das ist inakzeptabel», sagte der Minister.", "«Das ist inakzeptabel»", ""),
                Arguments.of(QUOTE, "de", "„Wir werden reagieren und", "„Wir werden reagieren und", ""),
                // English quotation marks
                Arguments.of(QUOTE, "en", "\"We will respond,\" said the official.", "\"We will respond,\"", ""),
                Arguments.of(QUOTE, "en", "He called it “a reckless act” on Monday.", "“a reckless act”", ""),
                Arguments.of(QUOTE, "en", "He called it ‘reckless’ and moved on.", "‘reckless’", ""),
                // single quotation marks of every kind
                Arguments.of(QUOTE, "en", "He called it 'a reckless act' on Monday.", "'a reckless act'", ""),
                Arguments.of(QUOTE, "en", "'We will act,' a police spokesperson said.", "'We will act,'", ""),
                Arguments.of(QUOTE, "en", "He called it ‘China’s reckless act’ on Monday.", "‘China’s reckless act’", ""),
                Arguments.of(QUOTE, "de", "Er nannte das Vorgehen 'rücksichtslos' und ging.", "'rücksichtslos'", ""),
                Arguments.of(QUOTE, "de", "›Wir werden handeln‹, sagte sie.", "›Wir werden handeln‹", ""),
                Arguments.of(QUOTE, "de", "Er sprach von ‹Spionage› im großen Stil.", "‹Spionage›", ""),
                Arguments.of(QUOTE, "de", "Er sprach von ‘Spionage’ im großen Stil.", "‘Spionage’", ""));
    }

    static Stream<Arguments> noQuotes() {
        return Stream.of(
                // apostrophes are not quotation marks
                Arguments.of(QUOTE, "en", "China’s ministry didn’t respond."),
                Arguments.of(QUOTE, "en", "The hackers’ tools weren’t new."),
                Arguments.of(QUOTE, "de", "Chinas Ministerium reagierte nicht."),
                Arguments.of(QUOTE, "de", "Ein leeres Paar „“ zählt nicht."),
                // straight apostrophes are not quotation marks either
                Arguments.of(QUOTE, "en", "The hackers' tools weren't new."),
                Arguments.of(QUOTE, "en", "It's the group's fourth campaign since '19."),
                Arguments.of(QUOTE, "de", "Geht's noch? Ich hab's gesehen."),
                Arguments.of(QUOTE, "de", "Das ist Andreas' Auto, sagt's weiter."));
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                // German digits, grouping, decimals, scale words, number words
                Arguments.of(NUMBER, "de", "Das Konsortium wertete 50.000 Telefonnummern aus.", "50.000", "50000"),
                Arguments.of(NUMBER, "de", "Der Schaden stieg um 3,5 Prozent.", "3,5 Prozent", "3.5%"),
                Arguments.of(NUMBER, "de", "Betroffen waren 1,2 Millionen Konten.", "1,2 Millionen", "1200000"),
                Arguments.of(NUMBER, "de", "Die USA klagen vier Hacker an.", "vier", "4"),
                Arguments.of(NUMBER, "de", "Es waren 250 Server.", "250", "250"),
                Arguments.of(NUMBER, "de", "Sie werteten 50 000 Telefonnummern aus.", "50 000", "50000"),
                Arguments.of(NUMBER, "en", "They analysed 50 000 phone numbers.", "50 000", "50000"),
                // a four-digit number is no group of thousands: two numbers side by side
                Arguments.of(NUMBER, "de", "Zwischen 2011 2018 war es ruhig.", "2011", "2011"),
                Arguments.of(NUMBER, "en", "Of 1 200 000 accounts 3 500 were hit.", "1 200 000", "1200000"),
                // English
                Arguments.of(NUMBER, "en", "The hack affected 30,000 organisations.", "30,000", "30000"),
                Arguments.of(NUMBER, "en", "Losses reached 2.5 million dollars.", "2.5 million", "2500000"),
                Arguments.of(NUMBER, "en", "Four men were charged.", "Four", "4"));
    }

    static Stream<Arguments> noNumbers() {
        return Stream.of(
                // names with digits, numbers inside dates
                Arguments.of(NUMBER, "de", "Die Gruppe APT40 ist bekannt."),
                Arguments.of(NUMBER, "de", "Die Covid-19-Pandemie dauerte an."),
                Arguments.of(NUMBER, "de", "Das geschah am 19. Juli 2021."),
                Arguments.of(NUMBER, "en", "It happened on July 19, 2021."),
                Arguments.of(NUMBER, "en", "The group APT31 is known."));
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                // German calendar dates
                Arguments.of(DATE, "de", "Seit dem 19. Juli 2021 gibt es eine Allianz.", "19. Juli 2021", "2021-07-19"),
                Arguments.of(DATE, "de", "Am 19. Juli beschuldigten die USA China.", "19. Juli", "--07-19"),
                Arguments.of(DATE, "de", "Der Angriff geschah im März 2021.", "März 2021", "2021-03"),
                Arguments.of(DATE, "de", "Das Schreiben ist vom 19.07.2021.", "19.07.2021", "2021-07-19"),
                Arguments.of(DATE, "de", "Die Gruppe ist seit 2019 aktiv.", "seit 2019", "2019"),
                // German weekdays and relative dates
                Arguments.of(DATE, "de", "Das Weiße Haus teilte am Montag mit, es sei besorgt.", "am Montag", "monday"),
                Arguments.of(DATE, "de", "Ein Beamter sagte das am Sonntagabend.", "am Sonntagabend", "sunday"),
                Arguments.of(DATE, "de", "Die Allianz wurde heute vorgestellt.", "heute", "today"),
                Arguments.of(DATE, "de", "Sonntagabend meldete sich ein Beamter.", "Sonntagabend", "sunday"),
                Arguments.of(DATE, "de", "Die Erklärung kam gestern.", "gestern", "yesterday"),
                // English
                Arguments.of(DATE, "en", "The allies spoke on Monday.", "on Monday", "monday"),
                Arguments.of(DATE, "en", "The statement came on July 19.", "July 19", "--07-19"),
                Arguments.of(DATE, "en", "The statement came on July 19, 2021.", "July 19, 2021", "2021-07-19"),
                Arguments.of(DATE, "en", "It was published 19 July 2021.", "19 July 2021", "2021-07-19"),
                Arguments.of(DATE, "en", "The hack began in March 2021.", "March 2021", "2021-03"),
                Arguments.of(DATE, "en", "The officials spoke today.", "today", "today"));
    }

    static Stream<Arguments> noDates() {
        return Stream.of(
                // German: the morning as a noun, a bare number, a month name as a word
                Arguments.of(DATE, "de", "Am Morgen war alles ruhig."),
                Arguments.of(DATE, "de", "Es waren 2021 Server betroffen."),
                // English: the modal "may", a bare number
                Arguments.of(DATE, "en", "China may respond."),
                Arguments.of(DATE, "en", "There were 2021 servers."));
    }

    static Stream<Arguments> unattributed() {
        return Stream.of(
                // a hedge without a source
                Arguments.of(UNATTRIBUTED, "de", "Die Täter stammen mutmaßlich aus China.", "mutmaßlich", "hedge"),
                Arguments.of(UNATTRIBUTED, "en", "The attack was almost certainly run by Chinese hackers.", "almost certainly", "hedge"),
                // an actor blamed without a source: the actor nearest the blame
                Arguments.of(UNATTRIBUTED, "de", "Hinter dem Angriff steckt Russland.", "Russland", "actor"),
                Arguments.of(UNATTRIBUTED, "en", "Russia was behind the attack.", "Russia", "actor"),
                Arguments.of(UNATTRIBUTED, "en", "The hackers reportedly worked for Beijing.", "reportedly", "hedge"),
                // the blamed actor, not the victim of the attack
                Arguments.of(UNATTRIBUTED, "de", "Hinter dem Angriff auf Microsoft steckt China.", "China", "actor"),
                Arguments.of(UNATTRIBUTED, "de", "Der Angriff auf Microsoft kam von chinesischen Hackern.", "chinesischen", "actor"),
                Arguments.of(UNATTRIBUTED, "en", "The attack on Microsoft was carried out by Chinese hackers.", "Chinese", "actor"),
                Arguments.of(UNATTRIBUTED, "en", "China was behind the hack of Microsoft Exchange.", "China", "actor"),
                // an event noun blames its agent: right before it, or after "aus"/"by"
                Arguments.of(UNATTRIBUTED, "de", "Die Allianz richtet sich gegen Cyberangriffe aus China.", "China", "actor"),
                Arguments.of(UNATTRIBUTED, "en", "Chinese hackers exploited the flaws.", "Chinese", "actor"),
                Arguments.of(UNATTRIBUTED, "en", "Russian cyber-espionage attacks hit the servers.", "Russian", "actor"),
                Arguments.of(UNATTRIBUTED, "de", "Chinas Hacker griffen die Server an.", "Chinas", "actor"),
                // an actor that holds the event noun is its own agent
                Arguments.of(UNATTRIBUTED, "de", "Chinesische staatliche Hacker griffen an.", "staatliche Hacker", "actor"),
                Arguments.of(UNATTRIBUTED, "en", "State-backed hackers exploited the flaw.", "State-backed hackers", "actor"),
                // what the event was
                Arguments.of(UNATTRIBUTED, "en", "The hack was state-sponsored.", "state-sponsored", "actor"),
                Arguments.of(UNATTRIBUTED, "de", "Der Angriff war ein chinesischer.", "chinesischer", "actor"),
                // a relation blames the nearest actor
                Arguments.of(UNATTRIBUTED, "en", "APT40 has been linked to attacks on shipping firms.", "APT40", "actor"),
                Arguments.of(UNATTRIBUTED, "de", "APT40 wird mit Angriffen auf Reedereien in Verbindung gebracht.", "APT40", "actor"),
                // the passive names its agent
                Arguments.of(UNATTRIBUTED, "en", "Microsoft was hacked by the MSS.", "MSS", "actor"),
                Arguments.of(UNATTRIBUTED, "de", "Microsoft wurde vom MSS gehackt.", "MSS", "actor"),
                // targets listed together are all targets
                Arguments.of(UNATTRIBUTED, "de", "Hinter den Attacken auf Microsoft und die EU steckt die Gruppe APT40.", "APT40", "actor"),
                Arguments.of(UNATTRIBUTED, "en", "Behind the attacks on Microsoft, the US and the EU was APT40.", "APT40", "actor"),
                // hearsay: "is said to" is a hedge, not a reporting verb that would give the claim a source
                Arguments.of(UNATTRIBUTED, "en", "The hack is said to have begun in January.", "is said to", "hedge"),
                Arguments.of(UNATTRIBUTED, "de", "Der Hack soll im Januar begonnen haben.", "soll", "hedge"),
                // a place of origin blamed without a source
                Arguments.of(UNATTRIBUTED, "de", "Der Angriff wurde von chinesischem Territorium aus geführt.", "von chinesischem Territorium aus", "origin"),
                Arguments.of(UNATTRIBUTED, "en", "The attack came from Chinese territory.", "from Chinese territory", "origin"));
    }

    static Stream<Arguments> noUnattributed() {
        return Stream.of(
                // a source, a quotation or reported speech carries the claim
                Arguments.of(UNATTRIBUTED, "de", "Hinter dem Angriff steckt Russland, sagte der Minister."),
                Arguments.of(UNATTRIBUTED, "de", "Der Hack sei von China gesteuert worden."),
                Arguments.of(UNATTRIBUTED, "de", "Die Täter stammen „mutmaßlich“ aus China."),
                Arguments.of(UNATTRIBUTED, "en", "Russia was behind the attack, officials said."),
                // an actor named without blame
                Arguments.of(UNATTRIBUTED, "de", "Beteiligt sind außerdem die Nato und Japan."),
                Arguments.of(UNATTRIBUTED, "en", "NATO met in Brussels."),
                // the company attacked is a victim, not a claim without a source
                Arguments.of(UNATTRIBUTED, "de", "Der Angriff auf Microsoft traf Zehntausende Organisationen."),
                Arguments.of(UNATTRIBUTED, "de", "Neben dem Angriff auf Microsoft gab es weitere Attacken auf Behörden."),
                Arguments.of(UNATTRIBUTED, "de", "Der Hackerangriff auf die E-Mail-Server des Softwarekonzerns Microsoft traf viele."),
                Arguments.of(UNATTRIBUTED, "en", "The attack exploited flaws in Microsoft's Exchange software."),
                Arguments.of(UNATTRIBUTED, "en", "The attack on Microsoft hit thousands of organisations."),
                Arguments.of(UNATTRIBUTED, "en", "Australia joins allies over Microsoft Exchange hack."),
                Arguments.of(UNATTRIBUTED, "en", "The group was behind attacks on Microsoft, the US and the EU."),
                Arguments.of(UNATTRIBUTED, "de", "Die Gruppe steckt hinter Angriffen auf Microsoft, die USA und die EU."),
                // an actor named near an attack without being its agent
                Arguments.of(UNATTRIBUTED, "de", "China lehne jede Form von Cyberangriffen ab."),
                Arguments.of(UNATTRIBUTED, "en", "China opposes all forms of cyber attack."),
                // the subject of a verb before the event noun's adjective is not its agent
                Arguments.of(UNATTRIBUTED, "de", "Neben dem Angriff auf Microsoft erwähnt die EU weitere Attacken auf Behörden."),
                Arguments.of(UNATTRIBUTED, "en", "Besides the attack on Microsoft the EU lists further attacks on agencies."),
                // a reporting verb in the participle carries the claim
                Arguments.of(UNATTRIBUTED, "en", "The EU was cautious, saying only that the hack came from the territory of China."),
                Arguments.of(UNATTRIBUTED, "de", "Die EU macht China für den Hackerangriff mitverantwortlich."));
    }

    @Test
    void offsetsPointIntoTheSentenceAndMarkersAreSorted() {
        String sentence = "Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom chinesischen Ministerium für "
                + "Staatssicherheit gesteuert worden, teilte das Weiße Haus am Montag mit.";
        List<FramingMarker> markers = DE.analyse(sentence);
        assertThat(markers).extracting(FramingMarker::type).contains(REPORTED_SPEECH, QUOTE, HEDGE, ACTOR,
                ATTRIBUTION, REPORTING_VERB, DATE);
        for (FramingMarker m : markers) {
            assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(markers).isSortedAccordingTo(Comparator.comparingInt(FramingMarker::start)
                .thenComparing(FramingMarker::type));
    }

    @Test
    void markersOfOneTypeDoNotOverlapTheLongestWins() {
        List<FramingMarker> actors = markers("de",
                "Der Hack sei vom chinesischen Ministerium für Staatssicherheit gesteuert worden.", ACTOR);
        assertThat(actors).extracting(FramingMarker::detail).containsExactly("China: Ministry of State Security");
    }

    @Test
    void oneAnalyserServesManyThreadsWithTheSameResults() throws Exception {
        List<String> sentences = List.of(
                "Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom chinesischen Ministerium für Staatssicherheit gesteuert worden, teilte das Weiße Haus mit.",
                "Die Attacke sei von chinesischem Territorium aus geführt worden, hieß es in einer Erklärung des Europäischen Rates.",
                "Die USA wollen nun vier mutmaßliche Hacker anklagen, wie das US-Justizministerium am 19. Juli 2021 mitteilte.");
        List<List<FramingMarker>> expected = sentences.stream().map(DE::analyse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<FramingMarker>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<List<FramingMarker>> out = new ArrayList<>();
                    for (int k = 0; k < 50; k++) {
                        out = sentences.stream().map(DE::analyse).toList();
                    }
                    return out;
                }));
            }
            for (Future<List<List<FramingMarker>>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void regionalLanguageTagsUseTheirLanguage() {
        assertThat(FramingAnalyser.forLanguage("de-AT").language()).isEqualTo("de");
        assertThat(FramingAnalyser.forLanguage("en_GB").analyse("Officials say so."))
                .extracting(FramingMarker::type).contains(ATTRIBUTION);
    }

    @Test
    void unsupportedLanguageIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FramingAnalyser.forLanguage("fr")).withMessageContaining("fr");
    }

    @Property(tries = 300)
    void anyTextGivesSortedMarkersWhoseOffsetsMatchTheirText(@ForAll String text) {
        for (FramingAnalyser analyser : List.of(DE, EN)) {
            List<FramingMarker> markers = analyser.analyse(text);
            for (FramingMarker m : markers) {
                assertThat(m.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
            assertThat(markers).isSortedAccordingTo(Comparator.comparingInt(FramingMarker::start)
                    .thenComparing(FramingMarker::type));
            assertThat(analyser.analyse(text)).isEqualTo(markers);
        }
    }
}
