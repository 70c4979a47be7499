package org.parallax.site;

import org.parallax.pipeline.PipelineOptions;
import org.parallax.report.HtmlReportRenderer;

/** Site builders as the {@code build} command makes them. */
final class SiteFixtures {

    private SiteFixtures() {
    }

    static SiteBuilder builder() {
        return new SiteBuilder(new org.parallax.pipeline.ReportService(PipelineOptions.defaults(), HtmlReportRenderer.builtIn(), w -> { }), 2);
    }
}
