package org.parallax.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * German-like test articles from a fixed seed: sentences of varied length built from compound
 * nouns, inflected verbs and adjectives, names, numbers, dates and quotations; and a second
 * version of an article as another outlet might write it: sentences kept, reworded (words
 * replaced, dropped, inserted, endings changed), split in two, merged, left out, added, and whole
 * paragraphs moved. Deterministic for a given seed.
 */
public final class SyntheticArticles {

    private static final String[] NOUN_PARTS = {
        "Bundes", "Regierung", "Minister", "Sprecher", "Angriff", "Server", "Netz", "Sicherheit", "Behörde",
        "Amt", "Bericht", "Gericht", "Urteil", "Wahl", "Kampf", "Partei", "Vertrag", "Hilfe", "Geld", "Haus",
        "Stadt", "Land", "Kreis", "Rat", "Schule", "Kinder", "Eltern", "Lehrer", "Straße", "Bahn", "Zug",
        "Wetter", "Sturm", "Wasser", "Energie", "Preis", "Markt", "Handel", "Firma", "Werk", "Arbeit", "Lohn",
        "Steuer", "Klima", "Schutz", "Polizei", "Feuer", "Wehr", "Krankheit", "Kranken", "Pflege", "Heim",
        "Verkehr", "Unfall", "Brücke", "Hafen", "Flug", "Reise", "Grenze", "Zoll", "Daten", "Software",
        "Forschung", "Universität", "Studie", "Ergebnis", "Zahl", "Woche", "Jahr", "Monat", "Plan", "Ziel",
        "Streit", "Frage", "Antwort", "Gesetz", "Entwurf", "Kommission", "Union", "Staat", "Volk", "Bürger",
        "Gemeinde", "Dorf", "Feld", "Ernte", "Bauer", "Wald", "Berg", "See", "Insel", "Küste", "Meer",
    };
    private static final String[] VERBS = {
        "meldet", "berichtet", "erklärt", "fordert", "kritisiert", "bestätigt", "plant", "prüft", "warnt",
        "verlangt", "beschließt", "untersucht", "kündigt", "lehnt", "unterstützt", "verteidigt", "senkt",
        "erhöht", "schätzt", "zeigt", "nennt", "beschuldigt", "verurteilt", "begrüßt", "startet", "stoppt",
    };
    private static final String[] ADJECTIVES = {
        "neu", "groß", "klein", "schwer", "stark", "schwach", "hoch", "niedrig", "schnell", "langsam",
        "öffentlich", "privat", "deutsch", "europäisch", "chinesisch", "amerikanisch", "lokal", "national",
        "wichtig", "umstritten", "erst", "letzt", "weit", "knapp", "genau", "offiziell",
    };
    private static final String[] ENDINGS = {"e", "en", "er", "es", "em"};
    private static final String[] DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen"};
    private static final String[] PREPOSITIONS = {"in", "auf", "mit", "nach", "bei", "gegen", "für", "über", "unter", "vor", "seit"};
    private static final String[] LINKS = {"und", "aber", "weil", "denn", "doch", "zudem", "außerdem", "deshalb"};
    private static final String[] NAMES = {
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
    };
    private static final String[] MONTHS = {
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    };

    private SyntheticArticles() {
    }

    /** An article of {@code sentences} sentences in paragraphs of one to five sentences. */
    public static List<List<String>> article(long seed, int sentences) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> paragraphs = new ArrayList<>();
        int made = 0;
        while (made < sentences) {
            int size = Math.min(sentences - made, 1 + random.nextInt(5));
            List<String> paragraph = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                paragraph.add(sentence(random, made++));
            }
            paragraphs.add(paragraph);
        }
        return paragraphs;
    }

    /** The sentences of an article, paragraphs joined. */
    public static List<String> flatten(List<List<String>> paragraphs) {
        List<String> out = new ArrayList<>();
        paragraphs.forEach(out::addAll);
        return out;
    }

    /** One sentence; {@code serial} makes it distinct from every other sentence of the article. */
    static String sentence(SplittableRandom random, int serial) {
        List<String> words = new ArrayList<>();
        words.add(capitalise(pick(random, DETERMINERS)));
        words.add(noun(random));
        words.add(pick(random, VERBS));
        int clauses = 1 + random.nextInt(3);
        for (int c = 0; c < clauses; c++) {
            switch (random.nextInt(6)) {
                case 0 -> words.addAll(List.of(pick(random, PREPOSITIONS), pick(random, DETERMINERS), adjective(random), noun(random)));
                case 1 -> words.addAll(List.of("laut", pick(random, NAMES)));
                case 2 -> words.addAll(List.of("am", (1 + random.nextInt(28)) + ".", pick(random, MONTHS)));
                case 3 -> words.addAll(List.of("um", (2 + random.nextInt(98)) + "", "Prozent"));
                case 4 -> words.addAll(List.of(pick(random, LINKS), pick(random, DETERMINERS), noun(random), pick(random, VERBS)));
                default -> words.addAll(List.of("„" + adjective(random), noun(random) + "“"));
            }
        }
        words.add(pick(random, PREPOSITIONS));
        words.add(noun(random) + "-" + serial);
        return String.join(" ", words) + ".";
    }

    /**
     * Another outlet's version of {@code paragraphs}: per sentence kept (40 %), reworded (30 %),
     * split (8 %), merged with the next (7 %), left out (7 %) or preceded by a new sentence (8 %);
     * then about one paragraph in ten moved to another place.
     */
    public static List<List<String>> rewrite(List<List<String>> paragraphs, long seed) {
        return rewriteWithSources(paragraphs, seed).paragraphs();
    }

    /**
     * A rewritten article and where its sentences come from.
     *
     * @param paragraphs the rewritten paragraphs
     * @param sources    for every sentence of the rewritten article (paragraphs joined), the indices
     *                   of the original sentences it was made from; empty for an added sentence
     */
    public record Rewrite(List<List<String>> paragraphs, List<List<Integer>> sources) {
    }

    /** {@link #rewrite} with the origin of every sentence, the answer an aligner should find. */
    public static Rewrite rewriteWithSources(List<List<String>> paragraphs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> out = new ArrayList<>();
        List<List<List<Integer>>> origin = new ArrayList<>();
        int serial = 1_000_000;
        int index = 0;
        for (List<String> paragraph : paragraphs) {
            List<String> p = new ArrayList<>();
            List<List<Integer>> o = new ArrayList<>();
            for (int k = 0; k < paragraph.size(); k++, index++) {
                String s = paragraph.get(k);
                int roll = random.nextInt(100);
                if (roll < 40) {
                    p.add(s);
                    o.add(List.of(index));
                } else if (roll < 70) {
                    p.add(reword(random, s));
                    o.add(List.of(index));
                } else if (roll < 78) {
                    for (String part : split(random, s)) {
                        p.add(part);
                        o.add(List.of(index));
                    }
                } else if (roll < 85 && k + 1 < paragraph.size()) {
                    p.add(s.substring(0, s.length() - 1) + ", " + lowerFirst(paragraph.get(++k)));
                    o.add(List.of(index, ++index));
                } else if (roll < 92) {
                    continue;
                } else {
                    p.add(sentence(random, serial++));
                    o.add(List.of());
                    p.add(s);
                    o.add(List.of(index));
                }
            }
            if (!p.isEmpty()) {
                out.add(p);
                origin.add(o);
            }
        }
        int moves = out.size() / 10;
        for (int m = 0; m < moves; m++) {
            int from = random.nextInt(out.size());
            List<String> moved = out.remove(from);
            List<List<Integer>> movedOrigin = origin.remove(from);
            int to = random.nextInt(out.size() + 1);
            out.add(to, moved);
            origin.add(to, movedOrigin);
        }
        List<List<Integer>> sources = new ArrayList<>();
        origin.forEach(sources::addAll);
        return new Rewrite(List.copyOf(out), List.copyOf(sources));
    }

    private static String reword(SplittableRandom random, String s) {
        List<String> words = new ArrayList<>(List.of(s.substring(0, s.length() - 1).split(" ")));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && words.size() > 4; e++) {
            int at = 1 + random.nextInt(words.size() - 2);
            switch (random.nextInt(4)) {
                case 0 -> words.set(at, pick(random, VERBS));
                case 1 -> words.remove(at);
                case 2 -> words.add(at, adjective(random));
                default -> words.set(at, words.get(at) + pick(random, ENDINGS));
            }
        }
        return String.join(" ", words) + ".";
    }

    private static List<String> split(SplittableRandom random, String s) {
        String[] words = s.substring(0, s.length() - 1).split(" ");
        if (words.length < 6) {
            return List.of(s);
        }
        int cut = 3 + random.nextInt(words.length - 5);
        String first = String.join(" ", List.of(words).subList(0, cut)) + ".";
        String second = "Dabei " + String.join(" ", List.of(words).subList(cut, words.length)) + ".";
        return List.of(first, second);
    }

    private static String noun(SplittableRandom random) {
        String noun = pick(random, NOUN_PARTS);
        if (random.nextInt(3) > 0) {
            noun += pick(random, NOUN_PARTS).toLowerCase(Locale.ROOT);
        }
        return noun;
    }

    private static String adjective(SplittableRandom random) {
        return pick(random, ADJECTIVES) + pick(random, ENDINGS);
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
