package org.parallax.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the site built from the bundled corpus in headless Chromium, as a reader would: the index,
 * a link to an event, the claim table, the framing panel and the toggle. Uses Debian's chromium and
 * chromedriver; skipped only when they are missing and never under CI.
 */
class SiteInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Held so that the setting sticks: Selenium's notes on protocol versions are not test output. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static ChromeDriver driver;
    private static Path site;

    @BeforeAll
    static void buildSiteAndStartBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        assumeTrue(present, "browser test skipped: install Debian's chromium and chromium-driver to run it");
        SELENIUM.setLevel(Level.SEVERE);
        site = Path.of("target", "browser-site").toAbsolutePath();
        SiteFixtures.builder().build(Path.of("corpus"), site, "", BuildProgress.silent());

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,1000", "--allow-file-access-from-files",
                "--user-data-dir=" + Files.createTempDirectory("parallax-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void readerFollowsTheIndexToAnEventAndSeesClaimsFramingAndWorkingToggles() throws Exception {
        driver.get(site.resolve("index.html").toUri().toString());
        List<WebElement> events = driver.findElements(By.cssSelector("ol.events .event-title a"));
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        Files.write(Path.of("target", "browser-index.png"), driver.getScreenshotAs(OutputType.BYTES));

        WebElement german = events.stream().filter(e -> e.getAttribute("href").contains("china-cyber-attribution"))
                .findFirst().orElseThrow();
        german.click();
        assertThat(driver.getCurrentUrl()).endsWith("2021-07-19-china-cyber-attribution/index.html");

        List<WebElement> claimRows = driver.findElements(By.cssSelector("table.claims tbody tr"));
        assertThat(claimRows).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("table.claims tbody td.omitted"))).isNotEmpty();
        WebElement panel = driver.findElement(By.cssSelector("section.framing"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.getText()).contains("Who says it");

        WebElement toggle = driver.findElement(By.id("hide-identical"));
        assertThat(toggle.isDisplayed()).isTrue();
        List<WebElement> identicalRows = driver.findElements(By.cssSelector("table.aligned tr.identical"));
        assertThat(identicalRows).as("the corpus has sentences two outlets share word for word").isNotEmpty();
        toggle.click();
        assertThat(identicalRows).allMatch(r -> !r.isDisplayed());
        toggle.click();
        assertThat(identicalRows).allMatch(WebElement::isDisplayed);

        List<WebElement> withFraming = driver.findElements(By.cssSelector("table.aligned tbody tr.has-framing"));
        List<WebElement> withoutFraming = driver.findElements(By.cssSelector("table.aligned tbody tr:not(.has-framing)"));
        assertThat(withFraming).isNotEmpty();
        assertThat(withoutFraming).isNotEmpty();
        driver.findElement(By.id("only-framing")).click();
        assertThat(withoutFraming).noneMatch(WebElement::isDisplayed);
        assertThat(withFraming).allMatch(WebElement::isDisplayed);

        WebElement details = driver.findElement(By.cssSelector("details.removed-pieces"));
        details.findElement(By.tagName("summary")).click();
        assertThat(details.getAttribute("open")).isNotNull();

        Files.write(Path.of("target", "browser-event.png"), driver.getScreenshotAs(OutputType.BYTES));
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    @Test
    void typingInTheSearchBoxFiltersTheIndexAndTheFiltersAndSortWork() throws Exception {
        driver.get(site.resolve("index.html").toUri().toString());
        WebElement search = driver.findElement(By.id("find-text"));
        assertThat(search.isDisplayed()).as("the script shows the search form").isTrue();
        List<WebElement> events = driver.findElements(By.cssSelector("ol.events > li"));
        assertThat(events).hasSize(2).allMatch(WebElement::isDisplayed);
        WebElement count = driver.findElement(By.id("find-count"));
        assertThat(count.getText()).isEqualTo("2 of 2 events");

        search.sendKeys("allies blame");
        assertThat(visibleTitles()).containsExactly("US and allies blame China for the Microsoft Exchange hack");
        assertThat(count.getText()).isEqualTo("1 of 2 events");
        search.clear();
        search.sendKeys("RHEINISCHE");
        assertThat(visibleTitles()).as("outlet names are searched, case ignored").hasSize(1)
                .allMatch(t -> t.contains("Exchange-Hack"));
        search.clear();
        search.sendKeys("verbundete");
        assertThat(visibleTitles()).as("accents ignored").hasSize(1);
        search.clear();
        search.sendKeys("no such words anywhere");
        assertThat(visibleTitles()).isEmpty();
        assertThat(driver.findElement(By.id("find-none")).isDisplayed()).isTrue();
        search.clear();
        search.sendKeys(" ");
        assertThat(visibleTitles()).hasSize(2);

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("find-outlet"))).selectByVisibleText("Potomac Wire (Sample)");
        assertThat(visibleTitles()).containsExactly("US and allies blame China for the Microsoft Exchange hack");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("find-outlet"))).selectByValue("");
        assertThat(visibleTitles()).hasSize(2);

        setDate("find-from", "2021-07-20");
        assertThat(visibleTitles()).as("both events are of 2021-07-19").isEmpty();
        setDate("find-from", "2021-07-19");
        setDate("find-to", "2021-07-19");
        assertThat(visibleTitles()).hasSize(2);
        setDate("find-from", "");
        setDate("find-to", "");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("find-sort"))).selectByValue("title");
        assertThat(visibleTitles()).containsExactly("US and allies blame China for the Microsoft Exchange hack",
                "USA und Verbündete machen China für den Exchange-Hack verantwortlich");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("find-sort"))).selectByValue("outlets");
        assertThat(visibleTitles()).first().asString().contains("Exchange-Hack");

        driver.findElement(By.cssSelector("ul.outlet-list a")).click();
        assertThat(driver.getCurrentUrl()).contains("/outlets/").endsWith("/index.html");
        assertThat(driver.findElements(By.cssSelector("table.figures tbody tr"))).isNotEmpty();
        Files.write(Path.of("target", "browser-outlet.png"), driver.getScreenshotAs(OutputType.BYTES));
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    /**
     * A site of more events than the index holds cards: the page lists the newest, and the search,
     * filters and sorting reach every event through events.js, with titles shown as text.
     */
    @Test
    void aLargeSitesIndexFindsEventsBeyondItsCards() throws Exception {
        int n = SiteBuilder.INDEX_CARDS + 500;
        List<SiteBuilder.BuiltEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String slug = String.format(java.util.Locale.ROOT, "2021-%02d-%02d-event-%04d", 1 + i % 12, 1 + i % 28, i);
            String title = i == 7 ? "<b>Nummer 7</b> & Co." : "Der Rat beschließt den Plan Nummer " + i;
            List<String> outlets = i % 2 == 0 ? List.of("Bote", "Kurier") : List.of("Bote", "Rundschau", "Anzeiger");
            events.add(new SiteBuilder.BuiltEvent(new SiteBuilder.EventEntry(slug, slug + "/index.html", title,
                    slug.substring(0, 10), "", outlets, List.of(), outlets.size(), 10), List.of()));
        }
        Path big = Files.createDirectories(Path.of("target", "browser-large-site").toAbsolutePath());
        SiteBuilder.writeTop(org.parallax.report.HtmlReportRenderer.builtIn(), events, List.of(), big, "");
        assertThat(big.resolve(SiteBuilder.EVENTS_SCRIPT)).isRegularFile();
        driver.get(big.resolve("index.html").toUri().toString());
        assertThat(driver.findElements(By.cssSelector("ol.events > li"))).hasSize(SiteBuilder.INDEX_CARDS);
        WebElement count = driver.findElement(By.id("find-count"));
        assertThat(count.getText()).isEqualTo(n + " of " + n + " events");

        WebElement search = driver.findElement(By.id("find-text"));
        search.sendKeys("nummer 1499");
        assertThat(visibleTitles()).containsExactly("Der Rat beschließt den Plan Nummer 1499");
        WebElement link = driver.findElement(By.cssSelector("ol.events > li .event-title a"));
        assertThat(link.getAttribute("href")).endsWith("-event-1499/index.html");
        assertThat(driver.findElements(By.cssSelector("ol.events > li .outlets a"))).extracting(e -> e.getAttribute("href"))
                .allMatch(h -> h.contains("/outlets/") && h.endsWith("/index.html")).hasSize(3);
        assertThat(count.getText()).isEqualTo("1 of " + n + " events");

        search.clear();
        search.sendKeys("<b>");
        assertThat(visibleTitles()).as("a title is text, never markup").containsExactly("<b>Nummer 7</b> & Co.");

        search.clear();
        search.sendKeys(" ");
        // the events were made without outlet profiles, so the outlet list is empty: offer one, as a profile would
        driver.executeScript("var o = document.createElement('option'); o.value = 'kurier'; o.text = 'Kurier';"
                + " document.getElementById('find-outlet').appendChild(o);");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("find-outlet"))).selectByVisibleText("Kurier");
        assertThat(count.getText()).isEqualTo(n / 2 + " of " + n + " events");
        assertThat(driver.findElement(By.id("find-more")).isDisplayed()).as("more than the page lists").isFalse();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("find-outlet"))).selectByValue("");
        assertThat(driver.findElement(By.id("find-more")).isDisplayed()).isTrue();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("find-sort"))).selectByValue("outlets");
        assertThat(driver.findElements(By.cssSelector("ol.events > li"))).hasSize(SiteBuilder.INDEX_CARDS);
        // the 750 events of three outlets first, then those of two
        List<WebElement> cards = driver.findElements(By.cssSelector("ol.events > li"));
        assertThat(cards.get(0).findElements(By.cssSelector(".outlets a"))).hasSize(3);
        assertThat(cards.get(749).findElements(By.cssSelector(".outlets a"))).hasSize(3);
        assertThat(cards.get(750).findElements(By.cssSelector(".outlets a"))).hasSize(2);
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    private static List<String> visibleTitles() {
        return driver.findElements(By.cssSelector("ol.events > li")).stream().filter(WebElement::isDisplayed)
                .map(li -> li.findElement(By.cssSelector(".event-title")).getText()).toList();
    }

    /** Sets a date field as a reader's picker would, whatever the browser's date format. */
    private static void setDate(String id, String value) {
        driver.executeScript("var f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    @Test
    void theFirstScreenShowsWhoSaidWhatWithBothCertaintiesAndItsLinksLeadToTheSentences() {
        driver.get(site.resolve("2021-07-19-china-cyber-attribution/index.html").toUri().toString());
        long viewport = ((Number) driver.executeScript("return window.innerHeight;")).longValue();
        WebElement who = driver.findElement(By.id("who"));
        WebElement firstInMain = driver.findElement(By.cssSelector("main > *"));
        assertThat(firstInMain.getAttribute("id")).isEqualTo("who");

        List<WebElement> certainty = who.findElements(By.cssSelector(".certainty"));
        assertThat(certainty).extracting(WebElement::getText).anyMatch(t -> t.contains("mit sehr hoher Wahrscheinlichkeit"));
        List<WebElement> notNamed = who.findElements(By.cssSelector(".not-named"));
        assertThat(notNamed).extracting(WebElement::getText).anyMatch(t -> t.contains("no Ministry of State Security named"));
        WebElement sure = certainty.stream().filter(e -> e.getText().contains("mit sehr hoher Wahrscheinlichkeit"))
                .findFirst().orElseThrow();
        assertThat(bottom(sure)).as("the US certainty on the first screen").isLessThanOrEqualTo(viewport);
        assertThat(bottom(notNamed.get(0))).as("the EU's unnamed ministry on the first screen").isLessThanOrEqualTo(viewport);
        WebElement euTerritory = who.findElements(By.cssSelector("a.words")).stream()
                .filter(e -> e.getText().contains("chinesischem Territorium")).findFirst().orElseThrow();
        assertThat(bottom(euTerritory)).isLessThanOrEqualTo(viewport);

        for (WebElement link : driver.findElements(By.cssSelector("#who a.words, nav.toc a"))) {
            String id = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            assertThat(driver.findElements(By.id(id))).as(id).hasSize(1);
        }
        assertThat(driver.findElements(By.cssSelector("nav.toc .toc-pairs a"))).as("4 articles, 6 pairs").hasSize(6);

        String target = euTerritory.getAttribute("href");
        euTerritory.click();
        assertThat(driver.getCurrentUrl()).isEqualTo(target);
        WebElement unit = driver.findElement(By.id(target.substring(target.indexOf('#') + 1)));
        assertThat(unit.isDisplayed()).isTrue();
        assertThat(unit.getText()).contains("chinesischem Territorium");
        assertThat(top(unit)).as("the sentence scrolled into view").isBetween(-1L, viewport);
    }

    private static long bottom(WebElement e) {
        return ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().bottom;", e)).longValue();
    }

    private static long top(WebElement e) {
        return ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top;", e)).longValue();
    }
}
