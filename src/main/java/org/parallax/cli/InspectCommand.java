package org.parallax.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.model.ArticleMetadata;
import org.parallax.model.TextBlock;
import org.parallax.model.Removal;
import org.parallax.model.Article;
import org.parallax.pipeline.ArticleLoader;
import org.parallax.report.JsonReportWriter;
import org.parallax.model.Sentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspect FILE}: what ingestion made of one article. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Shows metadata, removed boilerplate with its rules, blocks and sentences of one article.")
public final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Article file (.txt, .md, .html, .htm).")
    Path file;

    @Option(names = "--json", description = "Print one article object, shaped like the report's articles[] entries.")
    boolean json;

    @Mixin
    PipelineMixin pipeline;

    @Mixin
    VerboseMixin verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Article article = new ArticleLoader(pipeline.options()).load(file, "a1");
        PrintWriter out = spec.commandLine().getOut();
        article.warnings().forEach(w -> spec.commandLine().getErr().println("parallax: warning: " + file + ": " + w));
        if (json) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new JsonReportWriter().writeArticle(article, bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
        } else {
            print(article, out);
        }
        out.flush();
        return 0;
    }

    private static void print(Article article, PrintWriter out) {
        ArticleMetadata m = article.metadata();
        out.println("# " + (m.title().isEmpty() ? "(no title)" : m.title()));
        out.println("outlet:    " + m.outlet());
        out.println("language:  " + m.language());
        out.println("published: " + m.published());
        out.println("url:       " + m.url());
        out.println("source:    " + m.source());
        for (Map.Entry<String, String> e : m.extra().entrySet()) {
            out.println(e.getKey() + ": " + e.getValue());
        }
        out.println();
        out.println("## Removed (" + article.removed().size() + ")");
        for (Removal r : article.removed()) {
            out.println("[" + r.rule() + "] " + r.text().replaceAll("\\s*\\R\\s*", " / "));
        }
        out.println();
        out.println("## Blocks (" + article.blocks().size() + ") and sentences (" + article.sentences().size() + ")");
        int block = -1;
        for (Sentence s : article.sentences()) {
            if (s.block() != block) {
                block = s.block();
                TextBlock b = article.blocks().get(block);
                out.println();
                out.println("block " + block + " " + b.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            out.println("  " + s.index() + ": " + s.text());
            out.println("  " + " ".repeat(String.valueOf(s.index()).length()) + "  = " + s.normal());
        }
    }
}
