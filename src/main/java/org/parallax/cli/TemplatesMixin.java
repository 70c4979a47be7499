package org.parallax.cli;

import java.nio.file.Path;
import org.parallax.report.HtmlReportRenderer;
import picocli.CommandLine.Option;

/** {@code --templates DIR}: the user's Thymeleaf templates, looked up before the built-in ones. */
public final class TemplatesMixin {

    @Option(names = "--templates", paramLabel = "DIR", description = "Use the Thymeleaf templates in DIR before the built-in ones.")
    Path templates;

    HtmlReportRenderer renderer() {
        return HtmlReportRenderer.withTemplates(templates);
    }
}
