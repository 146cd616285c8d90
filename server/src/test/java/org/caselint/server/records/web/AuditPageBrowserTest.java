package org.caselint.server.records.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caselint.server.http.App;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.caselint.server.records.DemoData;
import org.caselint.server.records.RecordStore;
import org.caselint.server.records.TestLinter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The {@code /audit} page in a real headless Chromium (Debian's chromium and chromedriver): search, highlighted
 * snippets, a facet click that narrows the hits, and a chart that adds up to the facet counts.
 */
class AuditPageBrowserTest {
    @TempDir static Path dir;
    static RecordStore store;
    static App app;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        store = RecordStore.open(TestLinter.get(), dir.resolve("data"));
        DemoData.loadIfEmpty(store, 400);
        app = RecordsTestServer.start(TestLinter.get(), store);
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600", "--user-data-dir=" + dir.resolve("chrome-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (app != null) app.stop();
        if (store != null) store.close();
    }

    WebDriverWait await() { return new WebDriverWait(driver, Duration.ofSeconds(30)); }

    long total() {
        String t = driver.findElement(By.id("total")).getAttribute("data-total");
        return t == null ? -1 : Long.parseLong(t);
    }

    long facetCount(String facet, String value) {
        for (WebElement b : driver.findElements(By.cssSelector("section[data-facet='" + facet + "'] button"))) {
            if (value.equals(b.getAttribute("data-value"))) return Long.parseLong(b.findElement(By.className("count")).getText().replace(",", ""));
        }
        return -1;
    }

    long facetSum(String facet) {
        return driver.findElements(By.cssSelector("section[data-facet='" + facet + "'] .count")).stream()
                .mapToLong(e -> Long.parseLong(e.getText().replace(",", ""))).sum();
    }

    @Test
    void searchSeeHighlightsClickAFacetSeeTheFilteredCount() throws IOException {
        driver.get("http://127.0.0.1:" + app.port() + "/audit");
        await().until(d -> total() == 400);
        assertEquals(400, facetSum("team"), "team facet adds up to the hits");

        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("aggressive");
        driver.findElement(By.id("go")).click();
        await().until(d -> d.getCurrentUrl().contains("q=aggressive") && total() > 0 && total() < 400
                && !d.findElements(By.cssSelector("#hits .hit")).isEmpty());
        long hits = total();
        List<WebElement> marks = driver.findElements(By.cssSelector("#hits mark.q"));
        assertFalse(marks.isEmpty(), "query terms are highlighted");
        assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase().startsWith("aggress")), "only the query's words are marked q");
        assertFalse(driver.findElements(By.cssSelector("#hits mark.q.f-judgemental")).isEmpty(), "unsupported 'aggressive' is marked as flagged");
        assertEquals(hits, facetSum("team"));

        long judgemental = facetCount("category", "judgemental");
        assertTrue(judgemental > 0 && judgemental < hits, "some but not all 'aggressive' records are flagged: " + judgemental + "/" + hits);
        long inChart = driver.findElements(By.cssSelector("#chart rect[data-category='judgemental']")).stream()
                .mapToLong(r -> Long.parseLong(r.getAttribute("data-count"))).sum();
        assertEquals(judgemental, inChart, "the chart adds up to the category facet");

        driver.findElement(By.cssSelector("section[data-facet='category'] button[data-value='judgemental']")).click();
        await().until(d -> total() == judgemental);
        assertTrue(driver.getCurrentUrl().contains("category=judgemental"));
        assertEquals(Math.min(judgemental, 20), driver.findElements(By.cssSelector("#hits .hit")).size());
        assertEquals(judgemental, facetSum("team"));
        assertTrue(driver.findElement(By.id("csv")).getAttribute("href").contains("q=aggressive&category=judgemental"));
        assertFalse(driver.findElements(By.cssSelector("#chips .chip")).isEmpty());

        Path shot = Path.of("target", "audit-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));

        // removing the filter chip brings the unfiltered hits back
        driver.findElement(By.cssSelector("#chips .chip")).click();
        await().until(d -> total() == hits);
    }
}
