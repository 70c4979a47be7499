package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parallax.align.Alignment;
import org.parallax.model.AlignmentUnit;
import org.parallax.align.SentenceAligners;
import org.parallax.ingest.ArticleReadException;
import org.parallax.model.Article;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.pipeline.PipelineOptions;

/**
 * {@code PairSimilarities FOLDER [min]}: for every pair of articles of one language in a folder, the
 * aligner's pair similarity by sentences (as {@code cluster} confirms pairs) and by words (each unit
 * weighted by its words), printed for the pairs where either reaches {@code min} (default 0.02),
 * highest first. For looking at real piles: which pairs a threshold would join, and why.
 */
public final class PairSimilarities {

    private PairSimilarities() {
    }

    public static void main(String[] args) throws IOException {
        double min = args.length > 1 ? Double.parseDouble(args[1]) : 0.02;
        ArticleLoader loader = new ArticleLoader(PipelineOptions.defaults());
        List<Article> articles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path f : s.sorted().toList()) {
                try {
                    articles.add(loader.load(f, "a" + (articles.size() + 1)));
                    names.add(f.getFileName().toString());
                } catch (ArticleReadException e) {
                    System.err.println(e.getMessage());
                }
            }
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                if (!a.metadata().language().withoutRegion().equals(b.metadata().language().withoutRegion())) {
                    continue;
                }
                List<String> left = a.sentenceTexts();
                List<String> right = b.sentenceTexts();
                Alignment al = SentenceAligners.forLanguage(a.metadata().language().withoutRegion(),
                        PipelineOptions.defaults().normaliser()).align(left, right);
                double byWords = byWords(al, left, right, 0);
                double strong = byWords(al, left, right, STRONG);
                if (al.similarity() >= min || byWords >= min) {
                    rows.add(String.format(Locale.ROOT, "%.4f %.4f %.4f %s %s", al.similarity(), byWords, strong,
                            names.get(i), names.get(j)));
                }
            }
        }
        rows.sort((x, y) -> y.compareTo(x));
        rows.forEach(System.out::println);
    }

    private static final double STRONG = Double.parseDouble(System.getProperty("strong", "0.5"));

    private static double byWords(Alignment al, List<String> left, List<String> right, double minScore) {
        double matched = 0;
        double total = 0;
        for (AlignmentUnit u : al.units()) {
            int w = words(left, u.left()) + words(right, u.right());
            total += w;
            if (!u.left().isEmpty() && !u.right().isEmpty() && u.score() >= minScore) {
                matched += u.score() * w;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    private static int words(List<String> sentences, List<Integer> indices) {
        int n = 0;
        for (int i : indices) {
            n += sentences.get(i).split("\\s+").length;
        }
        return n;
    }
}
