package org.parallax.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A labelled pile of German-like news articles as JSON Lines, from a fixed seed: events spread over
 * {@code days} days, each reported by two to six of {@code outlets} outlets (four on average), one
 * article per outlet. An event has its own facts (two people, an organisation, a place, numbers,
 * names made of syllables, so that events rarely share them); each outlet's article is a copy of the
 * agency story (30 %), a rewrite of it (40 %: sentences reworded, split, merged, dropped, added,
 * moved, see {@link SyntheticArticles#rewrite}) or a story of its own told from the same facts
 * that takes over a few of the agency's sentences in other words (30 %). One event in five names a person of an event of the days before: a story that is
 * related but not the same. Several events fall on one day, so an outlet often has two stories on
 * one day. Published on the event's day or, for one article in five, the day after. Each line
 * carries the true event in the key {@code gold}, and in {@code gold_kind} whether the article is
 * the agency story, a copy, a rewrite or an own story.
 */
public final class SyntheticPile {

    private static final String[] SYLLABLES = {
        "ka", "ber", "lin", "do", "ri", "mu", "sen", "tal", "vo", "gra", "nel", "pi", "stor", "wen", "ha",
        "lo", "mir", "ze", "bu", "fal", "ro", "ki", "das", "ne", "tor", "gu", "lei", "mo", "va", "stin",
        "quar", "bel", "ost", "rup", "hel", "mar", "sig", "dun", "fe", "ul",
    };
    private static final String[] ORG_KINDS = {"Werke", "Partei", "Verband", "Stiftung", "Bank", "Gruppe", "Institut"};

    private SyntheticPile() {
    }

    /** One event's facts. */
    private record Facts(String person, String other, String org, String place, int number, int count) {
    }

    /**
     * Writes {@code articles} articles to {@code file}.
     *
     * @return the true event of every line, in line order
     */
    public static List<String> write(Path file, int articles, int outlets, int days, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ObjectMapper json = new ObjectMapper();
        List<String> gold = new ArrayList<>();
        List<Facts> recent = new ArrayList<>();
        LocalDate start = LocalDate.of(2021, 7, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int event = 0;
            while (gold.size() < articles) {
                int size = Math.min(2 + random.nextInt(5), articles - gold.size());
                if (size < 2 && !gold.isEmpty()) {
                    size = articles - gold.size();
                }
                int day = random.nextInt(days);
                Facts facts = new Facts(name(random), name(random), name(random) + "-" + pick(random, ORG_KINDS),
                        name(random) + pick(random, new String[] {"", "burg", "stadt", "feld", "hausen"}),
                        2 + random.nextInt(500), 10 + random.nextInt(9000));
                if (!recent.isEmpty() && random.nextInt(5) == 0) {
                    Facts earlier = recent.get(random.nextInt(recent.size()));
                    facts = new Facts(earlier.person(), facts.other(), facts.org(), facts.place(), facts.number(), facts.count());
                }
                recent.add(facts);
                if (recent.size() > 200) {
                    recent.remove(0);
                }
                List<List<String>> wire = story(random, facts, 12 + random.nextInt(9));
                String headline = facts.person() + " " + pick(random, new String[] {"warnt", "fordert", "kritisiert", "verteidigt"})
                        + " Pläne in " + facts.place();
                List<Integer> outletsOfEvent = distinct(random, outlets, size);
                for (int a = 0; a < size; a++) {
                    int roll = random.nextInt(10);
                    List<List<String>> text;
                    String title = headline;
                    if (a == 0 || roll < 3) {
                        text = wire;
                    } else if (roll < 7) {
                        text = SyntheticArticles.rewrite(wire, random.nextLong());
                    } else {
                        text = ownStory(random, facts, wire);
                        title = facts.org() + ": " + facts.count() + " Betroffene in " + facts.place();
                    }
                    String kind = a == 0 ? "agency" : roll < 3 ? "copy" : roll < 7 ? "rewrite" : "own";
                    LocalDate published = start.plusDays(day + (random.nextInt(5) == 0 ? 1 : 0));
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("text", body(text));
                    line.put("outlet", String.format(Locale.ROOT, "Outlet %02d", outletsOfEvent.get(a) + 1));
                    line.put("title", title);
                    line.put("published", published + "T08:00:00+02:00");
                    line.put("language", "de");
                    line.put("gold", "e" + event);
                    line.put("gold_kind", kind);
                    out.write(json.writeValueAsString(line));
                    out.write('\n');
                    gold.add("e" + event);
                }
                event++;
            }
        }
        return gold;
    }

    /**
     * A story of the outlet's own: eight to seventeen new sentences on the facts, and about one
     * sentence in four of the agency's story in other words (quotes and figures taken over).
     */
    private static List<List<String>> ownStory(SplittableRandom random, Facts f, List<List<String>> wire) {
        List<String> taken = SyntheticArticles.flatten(SyntheticArticles.rewrite(wire, random.nextLong()));
        List<List<String>> own = story(random, f, 8 + random.nextInt(10));
        List<List<String>> out = new ArrayList<>();
        int t = 0;
        for (List<String> p : own) {
            List<String> q = new ArrayList<>(p);
            while (t < taken.size() && random.nextInt(3) == 0) {
                q.add(random.nextInt(q.size() + 1), taken.get(t));
                t += 1 + random.nextInt(4);
            }
            t += 1 + random.nextInt(2);
            out.add(q);
        }
        return out;
    }

    /** Paragraphs of one to four sentences, most of them naming one or two of the facts. */
    private static List<List<String>> story(SplittableRandom random, Facts f, int sentences) {
        List<List<String>> paragraphs = new ArrayList<>();
        int made = 0;
        while (made < sentences) {
            int size = Math.min(sentences - made, 1 + random.nextInt(4));
            List<String> p = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                p.add(withFact(random, SyntheticArticles.sentence(random, made++), f));
            }
            paragraphs.add(p);
        }
        return paragraphs;
    }

    private static String withFact(SplittableRandom random, String sentence, Facts f) {
        String fact = switch (random.nextInt(7)) {
            case 0 -> "laut " + f.person();
            case 1 -> "in " + f.place();
            case 2 -> "bei der " + f.org();
            case 3 -> "wie " + f.other() + " sagte";
            case 4 -> "mit " + f.count() + " Betroffenen";
            case 5 -> "um " + f.number() + " Millionen";
            default -> "";
        };
        if (fact.isEmpty()) {
            return sentence;
        }
        String[] words = sentence.substring(0, sentence.length() - 1).split(" ");
        int at = 2 + random.nextInt(Math.max(1, words.length - 2));
        List<String> out = new ArrayList<>(List.of(words));
        out.add(Math.min(at, out.size()), fact);
        return String.join(" ", out) + ".";
    }

    private static String body(List<List<String>> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (List<String> p : paragraphs) {
            b.append(String.join(" ", p)).append("\n\n");
        }
        return b.toString();
    }

    private static String name(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            b.append(pick(random, SYLLABLES));
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static List<Integer> distinct(SplittableRandom random, int outlets, int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < outlets; i++) {
            all.add(i);
        }
        for (int i = 0; i < Math.min(n, outlets); i++) {
            int j = i + random.nextInt(outlets - i);
            Integer t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        List<Integer> out = new ArrayList<>(all.subList(0, Math.min(n, outlets)));
        while (out.size() < n) {
            out.add(random.nextInt(outlets));
        }
        return out;
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
