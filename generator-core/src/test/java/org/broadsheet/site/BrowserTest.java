package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.testing.Chromium;
import org.broadsheet.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The sample site in a real browser: Debian's headless Chromium, driven by Selenium through the system's
 * chromedriver (nothing is downloaded). A reader clicks from the home page to an issue, an article and a
 * reporter; axe-core finds no serious or critical accessibility problem, in light and in dark mode.
 */
class BrowserTest {
    private static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static StaticServer server;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        server = new StaticServer(SampleSite.atRoot());
        profile = Files.createTempDirectory("broadsheet-chromium-");
        browser = Chromium.start(profile);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            SampleSite.deleteTree(profile);
        }
    }

    @Test
    void aReaderClicksFromTheHomePageToAnIssueAnArticleAndAReporter() throws Exception {
        browser.get(server.url());
        String issueTitle = browser.findElement(By.cssSelector("#latest-title a")).getText();
        browser.findElement(By.cssSelector("#latest-title a")).click();
        assertEquals(issueTitle, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().matches(".*/\\d{4}/\\d{2}/\\d{2}(-\\d+)?/"), browser.getCurrentUrl());

        String articleTitle = browser.findElement(By.cssSelector(".toc .card-title a")).getText();
        browser.findElement(By.cssSelector(".toc .card-title a")).click();
        assertEquals(articleTitle, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("/1.html"), browser.getCurrentUrl());

        String reporter = browser.findElement(By.cssSelector(".byline a")).getText();
        browser.findElement(By.cssSelector(".byline a")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(reporter));
        assertTrue(browser.findElements(By.cssSelector(".toc .card-title a")).stream()
                .anyMatch(link -> link.getText().equals(articleTitle)), "the reporter's page lists the article");
    }

    @Test
    void anArticleIsPhotographedAtPhoneAndDesktopWidths() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        browser.get(server.url() + "2022/03/04/1.html");
        for (Map.Entry<String, Dimension> size : Map.of("phone", new Dimension(390, 844),
                "desktop", new Dimension(1280, 900)).entrySet()) {
            browser.manage().window().setSize(size.getValue());
            long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow, "no sideways scrolling at " + size.getKey() + " width");
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve("article-" + size.getKey() + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertTrue(Files.size(SCREENSHOTS.resolve("article-phone.png")) > 1000);
    }

    @Test
    void axeFindsNoSeriousAccessibilityProblemOnTheMainPages() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            fail("axe-core is missing at " + AXE + ": run `npm ci` in src/test/js (mvn verify does it)");
        }
        String axe = Files.readString(AXE);
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String page : List.of("", "2022/03/04/", "2022/03/04/1.html", "search/")) {
                browser.get(server.url() + page);
                browser.executeScript(axe);
                Object result = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations)), e => done('failed: ' + e));");
                String json = String.valueOf(result);
                if (json.startsWith("failed")) {
                    fail("axe-core " + json + " on /" + page);
                }
                for (JsonElement element : JsonParser.parseString(json).getAsJsonArray()) {
                    JsonObject violation = element.getAsJsonObject();
                    String impact = violation.has("impact") && !violation.get("impact").isJsonNull()
                            ? violation.get("impact").getAsString() : "";
                    if (impact.equals("serious") || impact.equals("critical")) {
                        problems.add(scheme + " /" + page + ": " + impact + " " + violation.get("id").getAsString()
                                + " — " + violation.get("help").getAsString() + " at " + targets(violation));
                    }
                }
            }
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        assertEquals(List.of(), problems);
    }

    private static List<String> targets(JsonObject violation) {
        List<String> targets = new ArrayList<>();
        JsonArray nodes = violation.getAsJsonArray("nodes");
        for (JsonElement node : nodes) {
            targets.add(node.getAsJsonObject().get("target").toString());
        }
        return targets;
    }
}
