package org.parallax.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.AlignedSegment;
import org.parallax.model.Article;
import org.parallax.model.ArticleFraming;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.BlockKind;
import org.parallax.model.Claim;
import org.parallax.model.Comparison;
import org.parallax.model.DiffOp;
import org.parallax.model.FramingMarker;
import org.parallax.model.Sentence;
import org.parallax.model.TextBlock;

/**
 * Comparisons written by hand: articles of a headline and one paragraph, claims given as lists of
 * "article:sentence" members, markers given per sentence.
 */
final class ProfileFixtures {

    private final List<Article> articles = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final Map<String, List<List<FramingMarker>>> markers = new LinkedHashMap<>();

    /** Adds article {@code id} of {@code outlet}: sentence 0 the headline, the others one paragraph. */
    ProfileFixtures article(String id, String outlet, int sentences) {
        List<Sentence> list = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            String text = outlet + " sentence " + i + ".";
            list.add(new Sentence(i, i == 0 ? 0 : 1, text, text.toLowerCase()));
        }
        articles.add(new Article(id, new ArticleMetadata(outlet, "", "", null, "", id + ".txt", Map.of()),
                List.of(new TextBlock(BlockKind.HEADLINE, "h"), new TextBlock(BlockKind.PARAGRAPH, "p")), list, List.of()));
        List<List<FramingMarker>> perSentence = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            perSentence.add(new ArrayList<>());
        }
        markers.put(id, perSentence);
        return this;
    }

    /** Adds a claim told by the given "article:sentence" members; the first member's wording is common. */
    ProfileFixtures claim(String... members) {
        Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
        for (String m : members) {
            String[] parts = m.split(":");
            byArticle.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Integer.parseInt(parts[1]));
        }
        Map<String, List<AlignedSegment>> wording = new HashMap<>();
        byArticle.forEach((id, indices) -> {
            String text = article(id).text(indices);
            wording.put(id, List.of(new AlignedSegment(DiffOp.EQUAL, text, text)));
        });
        claims.add(new Claim(claims.size() + 1, byArticle, byArticle.keySet().iterator().next(), wording));
        return this;
    }

    /** Adds a marker to sentence {@code sentence} of article {@code id}. */
    ProfileFixtures marker(String id, int sentence, org.parallax.model.MarkerType type, String detail) {
        markers.get(id).get(sentence).add(new FramingMarker(type, "words", 0, 5, detail));
        return this;
    }

    Comparison comparison() {
        Map<String, ArticleFraming> framing = new LinkedHashMap<>();
        markers.forEach((id, perSentence) -> framing.put(id,
                ArticleFraming.of(perSentence.stream().flatMap(List::stream).toList())));
        return new Comparison("Event", articles, List.of(), claims, framing, markers);
    }

    private Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
