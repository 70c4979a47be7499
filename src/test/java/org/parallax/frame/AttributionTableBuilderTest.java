package org.parallax.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Article;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.Attribution;
import org.parallax.model.AttributionTable;
import org.parallax.model.BlockKind;
import org.parallax.model.FramingMarker;
import org.parallax.model.Language;
import org.parallax.model.MarkerType;
import org.parallax.model.Sentence;
import org.parallax.model.SourceAttribution;
import org.parallax.model.TextBlock;

class AttributionTableBuilderTest {

    private static final FramingAnalyser GERMAN = FramingAnalyser.forLanguage("de");
    private static final FramingAnalyser ENGLISH = FramingAnalyser.forLanguage("en");

    private static final String MSS = "China: Ministry of State Security";

    /** The US framing, as a German outlet reports it. */
    private static final List<String> US_OUTLET = List.of(
            "Die US-Regierung hat erstmals offiziell China für den Angriff auf Microsoft verantwortlich gemacht.",
            "Der Hack sei „mit sehr hoher Wahrscheinlichkeit“ vom chinesischen Ministerium für Staatssicherheit gesteuert worden.",
            "China lehne jede Form von Cyberangriffen ab.");

    /** The EU framing, with the US claim reported as well. */
    private static final List<String> EU_OUTLET = List.of(
            "Der Europäische Rat geht nicht so weit wie Washington.",
            "Die Attacke sei zwar von chinesischem Territorium aus geführt worden, heißt es dort.",
            "Einen Bezug zum Ministerium für Staatssicherheit stellen die Europäer jedoch nicht her.",
            "Wie das US-Justizministerium mitteilte, werden vier mutmaßliche Hacker aus dem Ministerium für Staatssicherheit angeklagt.");

    @Test
    void eachOutletKeepsWhoBlamesWhomWithTheCertaintyWordsAndTheSentence() {
        AttributionTable table = table(GERMAN, US_OUTLET, EU_OUTLET);
        assertThat(table.accused()).isEqualTo("China");
        assertThat(table.central()).containsExactly(MSS);

        SourceAttribution usInFirst = source(table, "a1", "USA");
        assertThat(usInFirst.lead().actor()).isEqualTo(MSS);
        assertThat(usInFirst.lead().text()).isEqualTo("chinesischen Ministerium für Staatssicherheit");
        assertThat(usInFirst.lead().certainty()).containsExactly("mit sehr hoher Wahrscheinlichkeit");
        assertThat(usInFirst.lead().sentence()).isEqualTo(1);
        assertThat(usInFirst.notNamed()).isEmpty();

        SourceAttribution euInSecond = source(table, "a2", "EU");
        assertThat(euInSecond.lead().text()).isEqualTo("von chinesischem Territorium aus");
        assertThat(euInSecond.lead().certainty()).isEmpty();
        assertThat(euInSecond.actors()).containsExactly("China (as origin)");
        assertThat(euInSecond.notNamed()).containsExactly(MSS);
        assertThat(euInSecond.attributions()).filteredOn(Attribution::negated)
                .extracting(Attribution::actor, Attribution::sentence).containsExactly(org.assertj.core.groups.Tuple.tuple(MSS, 2));

        SourceAttribution usInSecond = source(table, "a2", "USA");
        assertThat(usInSecond.lead().actor()).isEqualTo(MSS);
        assertThat(usInSecond.lead().certainty()).containsExactly("mutmaßliche");
        assertThat(usInSecond.lead().sentence()).isEqualTo(3);
    }

    @Test
    void theAccusedSpeakingForItselfBlamesNoOne() {
        AttributionTable table = table(GERMAN, US_OUTLET, EU_OUTLET);
        assertThat(table.outlets().get(0).sources()).flatExtracting(SourceAttribution::attributions)
                .extracting(Attribution::sentence).doesNotContain(2);
    }

    @Test
    void englishOutletsGetTheSameTable() {
        AttributionTable table = table(ENGLISH, List.of(
                "The White House said China's Ministry of State Security was \"highly likely\" behind the hack.",
                "China rejected the allegations."), List.of(
                "The European Union said only that the attack was carried out from the territory of China.",
                "Beijing has repeatedly denied carrying out cyberattacks."));
        assertThat(table.accused()).isEqualTo("China");
        assertThat(source(table, "a1", "USA").lead().certainty()).containsExactly("highly likely");
        assertThat(source(table, "a2", "EU").notNamed()).containsExactly(MSS);
        assertThat(table.sources()).containsExactly("USA", "EU");
    }

    /**
     * A sentence that only hedges takes an earlier sentence's speaker inside its paragraph; after a
     * paragraph break it is the outlet's own voice. "He added" goes on with the speaker across one.
     */
    @Test
    void aHedgedSentenceKeepsTheSpeakerOnlyInsideItsParagraph() {
        List<List<String>> apart = List.of(
                List.of("The White House said China's Ministry of State Security was behind the hack."),
                List.of("Spokesman Zhao Lijian said the accusations against China were groundless."),
                List.of("The dispute is likely to strain relations with Beijing further."),
                List.of("He added that Beijing was itself a victim of hacking."));
        List<List<String>> together = List.of(
                List.of("The White House said China's Ministry of State Security was behind the hack."),
                List.of("Spokesman Zhao Lijian said the accusations against China were groundless.",
                        "The dispute is likely to strain relations with Beijing further."));
        List<String> other = List.of("The European Union said the attack came from the territory of China.");
        AttributionTable table = table(ENGLISH, List.of(paragraphs("a1", apart, ENGLISH),
                paragraphs("a2", together, ENGLISH), article("a3", other, ENGLISH)));
        assertThat(sentencesOf(table, "a1", "")).contains(2);
        assertThat(sentencesOf(table, "a1", "Spokesman Zhao Lijian")).doesNotContain(2).contains(3);
        assertThat(sentencesOf(table, "a2", "Spokesman Zhao Lijian")).contains(2);
        assertThat(sentencesOf(table, "a2", "")).doesNotContain(2);
    }

    private static List<Integer> sentencesOf(AttributionTable table, String article, String source) {
        return table.outlet(article).flatMap(o -> o.source(source)).map(s -> s.attributions().stream()
                .map(Attribution::sentence).toList()).orElse(List.of());
    }

    @Test
    void articlesThatBlameNoOneGiveAnEmptyTable() {
        assertThat(table(GERMAN, List.of("Das Wetter war schön."), List.of("Es regnete.")).isEmpty()).isTrue();
    }

    @Test
    void theSameInputGivesTheSameTable() {
        assertThat(table(GERMAN, US_OUTLET, EU_OUTLET)).isEqualTo(table(GERMAN, US_OUTLET, EU_OUTLET));
    }

    static Stream<Arguments> negations() {
        return Stream.of(
                // German
                Arguments.of("jedoch ist hier nicht die Rede", true),
                Arguments.of("Keine Rede vom Ministerium", true),
                Arguments.of("nennt weder das Ministerium noch eine Stelle", true),
                Arguments.of("Nichts deutet darauf hin", true),
                Arguments.of("Die Nichtregierungsorganisation meldet", false),
                Arguments.of("Das Ministerium sei verantwortlich", false),
                // English
                Arguments.of("did not name the ministry", true),
                Arguments.of("it didn't name the ministry", true),
                Arguments.of("never named it", true),
                Arguments.of("a notable statement", false),
                Arguments.of("the nomination", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("negations")
    void negationWords(String text, boolean found) {
        assertThat(AttributionTableBuilder.NEGATION.matcher(text).find()).isEqualTo(found);
    }

    static Stream<Arguments> listedTogether() {
        return Stream.of(
                Arguments.of(", ", true),
                Arguments.of(" und ", true),
                Arguments.of(", die ", true),
                Arguments.of(" und die ", true),
                Arguments.of(" oder ", true),
                Arguments.of(" and the ", true),
                Arguments.of(", and ", true),
                Arguments.of("", true),
                Arguments.of(" geht nicht so weit wie ", false),
                Arguments.of(": Hackerangriff auf ", false),
                Arguments.of(" machen ", false));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("listedTogether")
    void wordsBetweenActorsListedTogether(String gap, boolean together) {
        assertThat(AttributionTableBuilder.LISTED_TOGETHER.matcher(gap).matches()).isEqualTo(together);
    }

    static Stream<Arguments> prepositions() {
        return Stream.of(
                Arguments.of("Neben dem Angriff auf ", true),
                Arguments.of("Diese sollen mutmasslich mit den Hackergruppen ", true),
                Arguments.of("Dabei rücken Staaten wie ", true),
                Arguments.of("Sanktionen gegen ", true),
                Arguments.of("a group that operated from ", true),
                Arguments.of("countries such as ", true),
                Arguments.of("(von ", true),
                Arguments.of("", false),
                Arguments.of("Die ", false),
                Arguments.of("Nun hat die ", false),
                Arguments.of("Brüssel schliesst sich der Kritik an, ", false),
                Arguments.of("Die Vorwürfe ", false));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("prepositions")
    void textBeforeAnActorThatEndsInAPreposition(String before, boolean governed) {
        assertThat(AttributionTableBuilder.AFTER_PREPOSITION.matcher(before).find()).isEqualTo(governed);
    }

    static Stream<Arguments> subjectStarts() {
        return Stream.of(
                Arguments.of("", true),
                Arguments.of("Die ", true),
                Arguments.of("The ", true),
                Arguments.of("  der ", true),
                Arguments.of("Auch ", false),
                Arguments.of("Die Regierung in ", false));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("subjectStarts")
    void textBeforeASubjectThatOpensTheSentence(String before, boolean subject) {
        assertThat(AttributionTableBuilder.SUBJECT_START.matcher(before).matches()).isEqualTo(subject);
    }

    static Stream<Arguments> clauseBreaks() {
        return Stream.of(
                Arguments.of("a, b", 1),
                Arguments.of("a; b: c", 2),
                Arguments.of("a – b — c", 2),
                Arguments.of("Staatssicherheit (MSS) hätten", 2),
                Arguments.of("a. b", 0),
                Arguments.of("Neuseeland-Regierung", 0));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("clauseBreaks")
    void clauseBreaks(String text, int breaks) {
        assertThat(AttributionTableBuilder.CLAUSE_BREAK.matcher(text).results().count()).isEqualTo(breaks);
    }

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of("China", "China", true),
                Arguments.of(MSS, "China", true),
                Arguments.of("Chinese territory", "China", true),
                Arguments.of("USA", "China", false),
                Arguments.of("Chile", "China", false),
                Arguments.of("EU", "EU", true),
                Arguments.of("Estonia", "EU", false),
                Arguments.of("Russia", "Russia", true),
                Arguments.of("Russian hackers", "Russia", true),
                Arguments.of("Iraq", "Iran", false));
    }

    @ParameterizedTest(name = "{0} in family of {1}: {2}")
    @MethodSource("families")
    void actorsOfTheAccusedsFamily(String actor, String accused, boolean member) {
        assertThat(AttributionTableBuilder.inFamily(actor, accused)).isEqualTo(member);
    }

    static Stream<Arguments> negatedMentions() {
        return Stream.of(
                Arguments.of("Die Attacke kam von chinesischem Territorium, jedoch nicht vom Ministerium.", "Ministerium", true),
                Arguments.of("Die Attacke kam von chinesischem Territorium, jedoch nicht vom Ministerium.", "chinesischem Territorium", false),
                Arguments.of("Einen Bezug zum Ministerium stellen die Europäer nicht her.", "Ministerium", true),
                Arguments.of("The EU did not name the ministry.", "ministry", true),
                Arguments.of("The ministry was behind it, not a gang.", "ministry", false));
    }

    @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
    @MethodSource("negatedMentions")
    void aMentionIsDeniedWhenItsClauseHoldsANegation(String sentence, String words, boolean denied) {
        int start = sentence.indexOf(words);
        FramingMarker m = new FramingMarker(MarkerType.ACTOR, words, start, start + words.length(), "x");
        assertThat(AttributionTableBuilder.negated(sentence, m)).isEqualTo(denied);
    }

    private static SourceAttribution source(AttributionTable table, String article, String source) {
        Optional<SourceAttribution> s = table.outlet(article).flatMap(o -> o.source(source));
        assertThat(s).as("%s reports %s", article, source).isPresent();
        return s.get();
    }

    private static AttributionTable table(FramingAnalyser analyser, List<String> first, List<String> second) {
        return table(analyser, List.of(article("a1", first, analyser), article("a2", second, analyser)));
    }

    private static AttributionTable table(FramingAnalyser analyser, List<Article> articles) {
        Map<String, List<List<FramingMarker>>> markers = new LinkedHashMap<>();
        for (Article a : articles) {
            markers.put(a.id(), a.sentenceTexts().stream().map(analyser::analyse).toList());
        }
        return new AttributionTableBuilder().build(articles, markers);
    }

    /** An article of paragraphs of sentences. */
    private static Article paragraphs(String id, List<List<String>> paragraphs, FramingAnalyser analyser) {
        List<Sentence> list = new ArrayList<>();
        List<TextBlock> blocks = new ArrayList<>();
        for (int b = 0; b < paragraphs.size(); b++) {
            for (String sentence : paragraphs.get(b)) {
                list.add(new Sentence(list.size(), b, sentence, sentence));
            }
            blocks.add(new TextBlock(BlockKind.PARAGRAPH, String.join(" ", paragraphs.get(b))));
        }
        Language language = analyser == ENGLISH ? Language.ENGLISH : Language.GERMAN;
        ArticleMetadata m = new ArticleMetadata(id, "", "", language, "", id + ".txt", Map.of());
        return new Article(id, m, blocks, list, List.of());
    }

    private static Article article(String id, List<String> sentences, FramingAnalyser analyser) {
        List<Sentence> list = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            list.add(new Sentence(i, i, sentences.get(i), sentences.get(i)));
        }
        Language language = analyser == ENGLISH ? Language.ENGLISH : Language.GERMAN;
        ArticleMetadata m = new ArticleMetadata(id, "", "", language, "", id + ".txt", Map.of());
        return new Article(id, m, sentences.stream().map(s -> new TextBlock(BlockKind.PARAGRAPH, s)).toList(), list,
                List.of());
    }
}
