package io.newsarchive.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsarchive.cli.Main;
import io.newsarchive.testkit.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The archive as a reader meets it: the README's build of the sample articles into site-out/, opened from disk
 * (file://) in a real Chromium. The reader follows a story, goes to an outlet and a month, and searches for a
 * known article. Every page must load without a console error and without a serious or critical accessibility
 * violation (axe-core, light and dark). Screenshots of the home, story and search pages at phone and desktop
 * widths (and at phone width in dark mode) go to target/screenshots/ for people to look at.
 */
@Tag("browser")
class ArchiveInBrowserTest {
    static final Path SITE = Path.of("site-out").toAbsolutePath();
    static final Path AXE = Path.of("node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path profile;
    static ChromeDriver browser;
    static String axeSource;
    static final List<String> consoleErrors = new ArrayList<>();
    static final List<String> violations = new ArrayList<>();
    static final List<String> tooWide = new ArrayList<>();

    @BeforeAll
    static void openBrowser() throws IOException {
        assertTrue(Files.isRegularFile(AXE), AXE + " is missing: run `npm install` in the repository (.ci/run does)");
        axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
        // the README's build command: the sample articles into site-out/
        assertEquals(0, Main.run("build", "-q"), "the README build of the sample articles");
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.start(profile);
    }

    @BeforeEach
    void forgetEarlierPages() {
        consoleErrors.clear();
        violations.clear();
        tooWide.clear();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("a reader follows a story, an outlet, a month and a search, with no console error or serious a11y violation")
    void readerJourney() throws IOException {
        open(SITE.resolve("index.html").toUri().toString());
        assertTrue(browser.findElements(By.cssSelector("script")).isEmpty(), "the home page loads no script");
        screenshots("home");

        // follow the first story that has several versions
        WebElement story = browser.findElements(By.cssSelector(".entries h2 a")).stream()
                .filter(a -> a.getAttribute("href").contains("/stories/")).findFirst().orElseThrow();
        String headline = story.getText();
        story.click();
        arrived();
        assertEquals(headline, browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector(".versions li")).isEmpty(), "the story lists its versions");
        screenshots("story");

        // from the story to an outlet that carried it
        WebElement outletLink = browser.findElement(By.cssSelector(".story header .meta a"));
        String outlet = outletLink.getText();
        outletLink.click();
        arrived();
        assertEquals(outlet, browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector(".entries > li")).isEmpty(), "the outlet lists its articles");
        assertFalse(browser.findElements(By.cssSelector("svg.timeline-chart rect")).isEmpty(), "the outlet's timeline");

        // to a month, through the date index
        browser.findElement(By.linkText("By date")).click();
        arrived();
        WebElement month = browser.findElement(By.cssSelector(".months a"));
        String monthName = month.findElement(By.className("month-name")).getText();
        month.click();
        arrived();
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith(monthName));
        assertFalse(browser.findElements(By.cssSelector(".entries > li")).isEmpty(), "the month lists its stories");

        // search from the home page for a known article
        browser.findElement(By.linkText("Stories")).click();
        arrived();
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Shamkhani Aliyev");
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> !d.findElements(By.cssSelector("#search-list > li")).isEmpty());
        List<String> found = browser.findElements(By.cssSelector("#search-list h2")).stream()
                .map(WebElement::getText).toList();
        assertTrue(found.stream().anyMatch(h -> h.contains("Shamkhani tells Aliyev")), "results: " + found);
        assertFalse(browser.findElements(By.cssSelector("#search-list mark")).isEmpty(), "the terms are marked");
        checkPage();
        screenshots("search");

        // a result links its article's page and reads its date and outlet as that page does (the index stores
        // only the id, the ISO date and an outlet number: the script makes the rest)
        WebElement result = browser.findElements(By.cssSelector("#search-list > li")).stream()
                .filter(li -> li.findElement(By.tagName("h2")).getText().contains("Shamkhani tells Aliyev"))
                .findFirst().orElseThrow();
        String resultMeta = result.findElement(By.cssSelector("h2 + p")).getText();
        String resultDate = result.findElement(By.tagName("time")).getText();
        String searchPage = browser.getCurrentUrl();
        result.findElement(By.cssSelector("h2 a")).click();
        arrived();
        assertTrue(browser.getCurrentUrl().matches(".*/articles/[a-z0-9-]+\\.html"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Shamkhani tells Aliyev"));
        assertEquals(resultDate, browser.findElement(By.cssSelector("dl.meta time")).getText(), "the date as printed");
        assertTrue(resultMeta.startsWith(browser.findElement(By.cssSelector("dl.meta dd a")).getText() + " · "),
                resultMeta);
        open(searchPage);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> !d.findElements(By.cssSelector("#search-list > li")).isEmpty());

        // capitals and accents do not matter: the page folds the query as the index was folded
        WebElement again = browser.findElement(By.id("search-q"));
        again.clear();
        again.sendKeys("SHAMKHÁNI aliyev");
        again.submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> !d.findElements(By.cssSelector("#search-list > li")).isEmpty());
        assertEquals(found, browser.findElements(By.cssSelector("#search-list h2")).stream()
                .map(WebElement::getText).toList());
        checkPage();

        assertEquals(List.of(), consoleErrors, "console errors");
        assertEquals(List.of(), violations, "serious or critical accessibility violations");
        assertEquals(List.of(), tooWide, "pages that scroll sideways on a phone");
    }

    @Test
    @DisplayName("on 1,000 generated articles, a search for a common word pages through its results without errors")
    void searchAtScale(@TempDir Path work) throws IOException {
        Path input = work.resolve("in");
        CorpusGenerator generator = new CorpusGenerator(11);
        generator.writeTo(input, generator.generate(1000, 12));
        Path site = work.resolve("site");
        int exit = Main.run("build", "-q", "-i", input.toString(), "-o", site.toString());
        assertTrue(exit == 0 || exit == 1, "the build finished (exit " + exit + ")");
        open(site.resolve("search.html").toUri() + "?q=Iran");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> d.findElements(By.cssSelector("#search-list > li")).size() == 20);
        WebElement more = browser.findElement(By.id("search-more"));
        assertTrue(more.isDisplayed(), "more results than one page");
        more.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> d.findElements(By.cssSelector("#search-list > li")).size() == 40);
        assertTrue(browser.findElement(By.id("search-status")).getText().matches("[\\d,]+ articles match .*"));
        checkPage();
        open(site.resolve("index.html").toUri().toString());
        assertEquals(List.of(), consoleErrors, "console errors");
        assertEquals(List.of(), violations, "serious or critical accessibility violations");
    }

    private static void open(String url) {
        browser.get(url);
        arrived();
    }

    /** A page has loaded: check it in light and dark. */
    private static void arrived() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        checkPage();
    }

    private static void checkPage() {
        String page = SITE.toUri().relativize(java.net.URI.create(browser.getCurrentUrl())).toString();
        for (String scheme : List.of("light", "dark")) {
            Chromium.colorScheme(browser, scheme);
            axe(page + " (" + scheme + ")");
        }
        Chromium.colorScheme(browser, "light");
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                consoleErrors.add(page + ": " + e.getMessage());
            }
        }
    }

    /**
     * Injects axe-core and keeps the page's serious and critical violations. No preload: axe would fetch the
     * stylesheets with XMLHttpRequest, which pages opened from disk may not do, and log errors that are axe's.
     */
    private static void axe(String page) {
        browser.executeScript(axeSource);
        Object json = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations'], preload: false})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done(JSON.stringify([{id: 'axe-failed', impact: 'critical',"
                + " help: String(e), nodes: []}])); });");
        try {
            for (JsonNode v : new ObjectMapper().readTree(json.toString())) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                    violations.add(page + ": " + v.path("id").asText() + " (" + impact + ") " + v.path("help").asText()
                            + " at " + targets);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("axe-core gave no readable result on " + page + ": " + json, e);
        }
    }

    /** The page at phone and desktop widths, whole length, and at phone width in dark mode. */
    private static void screenshots(String name) throws IOException {
        Chromium.phone(browser);
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (((Number) overflow).intValue() > 0) {
            tooWide.add(name + " is " + overflow + " px wider than a phone's screen");
        }
        save(name + "-phone.png");
        Chromium.colorScheme(browser, "dark");
        save(name + "-phone-dark.png");
        Chromium.colorScheme(browser, "light");
        Chromium.desktop(browser);
        save(name + "-desktop.png");
    }

    @SuppressWarnings("unchecked")
    private static void save(String file) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        double width = ((Number) viewport.get("clientWidth")).doubleValue();
        double height = Math.min(6000, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SCREENSHOTS.resolve(file), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
