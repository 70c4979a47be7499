package org.parallax.report;

import org.parallax.model.Comparison;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders HTML pages from Thymeleaf templates: the built-in ones packaged under {@code templates/},
 * or a user's directory whose files take precedence over the built-in ones of the same name. The
 * wording readers see comes from {@code messages.properties} (see {@link TemplateMessages}). One
 * engine, configured once; thread-safe.
 */
public final class HtmlReportRenderer {

    private final TemplateEngine engine;

    private HtmlReportRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** A renderer using the built-in templates. */
    public static HtmlReportRenderer builtIn() {
        return withTemplates(null);
    }

    /**
     * A renderer whose templates are looked up first in {@code dir} (when not null), then among the
     * built-in ones.
     *
     * @throws IllegalArgumentException when {@code dir} is not a directory
     */
    public static HtmlReportRenderer withTemplates(Path dir) {
        TemplateEngine engine = new TemplateEngine();
        // No script inlining serialises data here; Thymeleaf's Jackson-backed serialiser would cost
        // a JSON mapper's start-up on every run.
        StandardDialect dialect = new StandardDialect();
        dialect.setJavaScriptSerializer(new StandardJavaScriptSerializer(false));
        // property paths without OGNL; OGNL (reading records through their accessors) only for the rest
        dialect.setVariableExpressionEvaluator(new PropertyPathEvaluator(() -> {
            RecordPropertyAccessor.install();
            return new OGNLVariableExpressionEvaluator(true);
        }));
        engine.setDialect(dialect);
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("templates directory not found: " + dir);
        }
        engine.setMessageResolver(TemplateMessages.load(dir));
        int order = 1;
        if (dir != null) {
            FileTemplateResolver files = new FileTemplateResolver();
            configure(files, dir.toAbsolutePath() + "/", order++);
            files.setCheckExistence(true);
            engine.addTemplateResolver(files);
        }
        ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver(HtmlReportRenderer.class.getClassLoader());
        configure(builtIn, "templates/", order);
        engine.addTemplateResolver(builtIn);
        return new HtmlReportRenderer(engine);
    }

    private static void configure(AbstractConfigurableTemplateResolver resolver, String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
    }

    /**
     * Renders the report page of one comparison.
     *
     * @param indexHref relative link back to the site's index, or null for a stand-alone report
     * @param canonical absolute canonical address of the page, or null
     */
    public String renderReport(Comparison comparison, String indexHref, String canonical) {
        return render("report", Map.of("page", ReportView.of(comparison), "outletLinks", OutletLinks.NONE), indexHref,
                canonical);
    }

    /**
     * Renders the report page of one comparison in a site, each outlet's name a link to its page.
     *
     * @param outletHrefs relative link to each article's outlet page, by article id
     */
    public String renderReport(Comparison comparison, String indexHref, String canonical, Map<String, String> outletHrefs) {
        return render("report", Map.of("page", ReportView.of(comparison), "outletLinks", OutletLinks.of(outletHrefs)),
                indexHref, canonical);
    }

    /**
     * Renders a small sample report and throws the page away, so that the engine has parsed the
     * templates and their expressions before the real report is ready. Worth it when it runs on another
     * core while the articles are being compared.
     */
    public void warmUp() {
        renderReport(WarmUpSample.comparison(), "index.html", null);
    }

    /** Renders {@code template} with the given model variables. */
    public String render(String template, Map<String, Object> model, String indexHref, String canonical) {
        Context context = new Context();
        context.setVariables(model);
        context.setVariable("indexHref", indexHref);
        context.setVariable("canonical", canonical);
        return engine.process(template, context);
    }
}
