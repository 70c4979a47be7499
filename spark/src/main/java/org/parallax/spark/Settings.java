package org.parallax.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.parallax.pipeline.PipelineOptions;
import org.parallax.report.HtmlReportRenderer;
import org.parallax.site.SiteBuilder;

/**
 * The options of a run that every executor needs, as {@code build} takes them: the extra rules and
 * lexicon files, ß folding, the user's templates and the site's base URL. Plain values, so that they
 * travel to the executors; the files must lie where every executor sees them under the same path.
 *
 * @param rules      extra boilerplate rules file, or null
 * @param lexicon    extra framing lexicon file, or null
 * @param foldSharpS whether ß and ss compare as one
 * @param templates  folder of the user's Thymeleaf templates, or null
 * @param base       the address the site will be served from, ending in '/', or empty
 */
record Settings(String rules, String lexicon, boolean foldSharpS, String templates, String base)
        implements Serializable {

    Settings {
        base = SiteBuilder.base(base);
    }

    static Settings defaults() {
        return new Settings(null, null, false, null, "");
    }

    /** The pipeline's options; their files are not read here. */
    PipelineOptions options() {
        return PipelineOptions.defaults().withRules(path(rules)).withLexicon(path(lexicon)).withSharpSFolding(foldSharpS);
    }

    HtmlReportRenderer renderer() {
        return HtmlReportRenderer.withTemplates(path(templates));
    }

    /**
     * These settings once their files have been read: the rules and lexicon parsed, the templates
     * folder found. Run on the driver, so that a bad file is one line before any work.
     *
     * @throws IllegalArgumentException naming the file that cannot be used
     */
    Settings checked() {
        options().checked();
        renderer();
        return this;
    }

    private static Path path(String p) {
        return p == null ? null : Path.of(p);
    }
}
