package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.parallax.report.HtmlReportRenderer;
import org.parallax.site.SiteBuilder;

/**
 * {@code IndexBenchmark EVENTS DIR}: writes the index page of a site of {@code EVENTS} made-up events
 * (five outlets each, four similarity bars) into {@code DIR}, opens it in headless Chromium and prints
 * the page's size, the time to load it and the time one search takes to filter it (medians of five).
 */
public final class IndexBenchmark {

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        String[] outlets = {"Tagesblatt", "Morgenpost", "Abendzeitung", "Rundschau", "Kurier", "Anzeiger", "Bote",
            "Nachrichten"};
        List<SiteBuilder.BuiltEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> names = new ArrayList<>();
            List<SiteBuilder.Bar> bars = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                names.add(outlets[(i + k) % outlets.length]);
                if (k > 0) {
                    bars.add(new SiteBuilder.Bar(outlets[(i + k) % outlets.length], 40 + (i * 7 + k) % 60));
                }
            }
            String slug = String.format(Locale.ROOT, "2021-%02d-%02d-event-%d", 1 + i % 12, 1 + i % 28, i);
            events.add(new SiteBuilder.BuiltEvent(new SiteBuilder.EventEntry(slug, slug + "/index.html",
                    "Die Stadtverwaltung beschließt den Plan Nummer " + i + " für den Hafen",
                    slug.substring(0, 10), "", names, bars, 5, 18), List.of()));
        }
        SiteBuilder.writeTop(HtmlReportRenderer.builtIn(), events, List.of(), dir, "");
        Path index = dir.resolve("index.html");
        ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox", "--disable-gpu");
        ChromeDriver driver = new ChromeDriver(options);
        try {
            List<Long> loads = new ArrayList<>();
            List<Long> searches = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                long t0 = System.nanoTime();
                driver.get(index.toUri().toString());
                loads.add((System.nanoTime() - t0) / 1_000_000);
                JavascriptExecutor js = driver;
                long t1 = System.nanoTime();
                js.executeScript("var f=document.getElementById('finder'); f.q.value='Nummer 12';"
                        + "f.dispatchEvent(new Event('input')); return document.body.offsetHeight;");
                searches.add((System.nanoTime() - t1) / 1_000_000);
                driver.findElement(By.id("find-count")).getText();
            }
            System.out.printf(Locale.ROOT, "events=%d index=%.1f MB load-median=%d ms search-median=%d ms%n", n,
                    Files.size(index) / 1e6, median(loads), median(searches));
        } finally {
            driver.quit();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
