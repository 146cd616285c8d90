package org.caselint.server.http.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.caselint.server.Json;
import org.caselint.server.http.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in real headless Chromium (Debian's chromium and chromedriver, driven by Selenium): type a note, see
 * the highlights, read an explanation by keyboard focus, apply a suggestion and see the finding go; the trainer's
 * page. Screenshots of both pages go to {@code target/}. Skipped, with a message, where Chromium is not installed.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("caselint-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) driver.quit();
        if (profile != null) {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    static WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(20));
        w.ignoring(StaleElementReferenceException.class);
        return w;
    }

    static void open(String path) {
        driver.get(TestServer.base() + path);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** The highlights of a category over a text, read in one step (the page re-renders as it re-checks). */
    @SuppressWarnings("unchecked")
    static List<WebElement> marks(String container, String category, String text) {
        return (List<WebElement>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll(arguments[0] + ' mark.finding')]"
                        + ".filter(m => m.dataset.category === arguments[1] && m.textContent === arguments[2]);",
                container, category, text);
    }

    static void screenshot(String name) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void practitionerTypesANoteSeesHighlightsAndAppliesASuggestion() throws Exception {
        open("/");
        driver.findElement(By.id("subject")).sendKeys("Jayden Smith");
        WebElement note = driver.findElement(By.id("note"));
        note.sendKeys("Home visit to see Jayden. The CIN plan was discussed with Mum.");
        note.sendKeys(Keys.ENTER);
        note.sendKeys("Dad was aggressive when I arrived.");

        // highlights appear as you type (debounced), coloured by category
        waiting().until(d -> !marks("#preview", "acronym", "CIN").isEmpty()
                && !marks("#preview", "judgemental", "aggressive").isEmpty());
        WebElement cin = marks("#preview", "acronym", "CIN").get(0);
        assertTrue(cin.getDomAttribute("class").contains("cat-acronym"));

        // the note-level findings (the child's voice) are shown for the whole note, as the report has them
        JsonNode report = Json.mapper().readTree(TestServer.postJson("/api/v1/lint", Json.mapper().writeValueAsString(
                java.util.Map.of("text", note.getDomProperty("value"), "subject", java.util.Map.of("name", "Jayden Smith")))).body());
        long noteLevel = 0;
        for (JsonNode f : report.get("findings")) if (f.get("scope").asText().equals("note")) noteLevel++;
        assertTrue(noteLevel > 0, "the note records nothing Jayden said: " + report);
        final long expectedNoteLevel = noteLevel;
        waiting().until(d -> d.findElements(By.cssSelector("#note-findings li.card")).size() == expectedNoteLevel);
        assertTrue(driver.findElement(By.id("note-level")).isDisplayed());

        // the score and the summary per category
        String score = driver.findElement(By.cssSelector("#score .score-num")).getText();
        assertTrue(Integer.parseInt(score) < 100, score);
        assertFalse(driver.findElements(By.cssSelector("#summary li[data-category='acronym']")).isEmpty());

        // the explanation shows on keyboard focus: message, why and standards
        WebElement tip = driver.findElement(By.id(cin.getDomAttribute("aria-describedby")));
        assertFalse(tip.isDisplayed());
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", cin);
        waiting().until(d -> tip.isDisplayed());
        assertTrue(tip.getText().contains("Why:"), tip.getText());
        assertTrue(tip.getText().contains("Standards:"), tip.getText());
        screenshot("editor.png");
        cin.sendKeys(Keys.ESCAPE);
        waiting().until(d -> !tip.isDisplayed());

        // "Check before saving" reports what is left
        driver.findElement(By.id("check")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("Before saving"));

        // apply the acronym's first suggestion with one click: the text changes and the finding goes
        WebElement card = driver.findElements(By.cssSelector("#findings li.card")).stream()
                .filter(c -> "acronym".equals(c.getDomAttribute("data-category")) && "CIN".equals(c.getDomAttribute("data-text")))
                .findFirst().orElseThrow();
        WebElement suggestion = card.findElement(By.cssSelector("button.suggestion"));
        String before = note.getDomProperty("value");
        suggestion.click();
        waiting().until(d -> !note.getDomProperty("value").equals(before));
        waiting().until(d -> marks("#preview", "acronym", "CIN").isEmpty()
                && !marks("#preview", "judgemental", "aggressive").isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#findings li.card[data-category='acronym'][data-text='CIN']")).isEmpty());
        assertFalse(note.getDomProperty("value").contains("The CIN plan"), note.getDomProperty("value"));
        assertTrue(note.getDomProperty("value").endsWith("Dad was aggressive when I arrived."));
    }

    @Test
    void aNoteWithNoChildNamedSaysWhoItWasReadAsAbout() {
        open("/");
        WebElement guess = driver.findElement(By.id("subject-guess"));
        assertFalse(guess.isDisplayed());
        WebElement note = driver.findElement(By.id("note"));
        note.sendKeys("Home visit to Kane Hill (11)");
        note.sendKeys(Keys.ENTER);
        note.sendKeys("Kane showed me his room and said he likes his new bed.");
        waiting().until(d -> guess.isDisplayed());
        assertTrue(guess.getText().contains("Kane Hill"), guess.getText());

        // naming the child replaces the guess
        driver.findElement(By.id("subject")).sendKeys("Kane Hill");
        waiting().until(d -> !guess.isDisplayed());
    }

    @Test
    void trainerSeesPairsOrThePasteBoxShowsAPassageLive() throws Exception {
        open("/train");
        JsonNode examples = Json.mapper().readTree(TestServer.get("/api/v1/examples").body());
        if (examples.isEmpty()) {
            assertTrue(driver.findElement(By.id("no-pairs")).isDisplayed(), "an empty corpus says so");
        } else {
            // the first pair is shown side by side, its bad passage highlighted
            JsonNode first = examples.get(0);
            WebElement pair = waiting().until(d -> d.findElement(By.cssSelector(".pair[data-id='" + first.get("id").asText() + "']")));
            assertEquals(2, pair.findElements(By.cssSelector(".pair-grid .side")).size());
            if (!first.get("reports").get("bad").get("findings").isEmpty()) {
                assertFalse(pair.findElements(By.cssSelector(".side.bad mark.finding")).isEmpty());
            }
            // filtering by the pair's category keeps it
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-category")))
                    .selectByValue(first.get("category").asText());
            assertFalse(driver.findElements(By.cssSelector(".pair[data-id='" + first.get("id").asText() + "']")).isEmpty());
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            screenshot("trainer.png");
        }
        WebElement box = driver.findElement(By.id("live-text"));
        box.sendKeys("At the LAC review Mum was aggressive.");
        waiting().until(d -> !marks("#live-preview", "judgemental", "aggressive").isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#live-findings li.card[data-category='judgemental']")).isEmpty());
        screenshot(examples.isEmpty() ? "trainer.png" : "trainer-live.png");
    }
}
