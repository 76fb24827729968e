package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.broadsheet.Broadsheet;
import org.broadsheet.testing.Chromium;
import org.broadsheet.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site of the hostile seeds ({@code src/test/resources/hostile/script}: raw text, Markdown and a web page
 * full of {@code <script>}, event handlers, {@code javascript:} links, {@code </script>} and U+2028/U+2029) in
 * headless Chromium. On every page, and on the search page showing those articles, no dialog opens and no
 * element the seeds tried to inject ({@code #pwned}, frames, handlers) exists.
 */
class HostileSiteBrowserTest {
    /** What the seeds try to inject; none of it may exist in a page's DOM. */
    private static final String INJECTED = "#pwned, iframe, object, embed, form:not(#search-form), svg script, details[ontoggle],"
            + " [onerror], [onload], [onclick], [onmouseover], meta[http-equiv=refresh]";

    @TempDir
    static Path work;
    static Path site;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Path source = Path.of(HostileSiteBrowserTest.class.getResource("/hostile/script").toURI());
        site = work.resolve("site");
        Broadsheet.builder().source(source).output(site).build().generate();
        server = new StaticServer(site);
        // A dialog stays open for the test to find, instead of being dismissed by the driver.
        browser = Chromium.start(work, options -> options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void noPageOfTheSiteRunsScriptFromTheSeeds() throws IOException {
        List<String> pages = pages();
        assertTrue(pages.size() >= 8, "the site has its pages: " + pages);
        for (String page : pages) {
            open(page);
            assertNothingRan(page);
            for (Object href : (List<?>) browser.executeScript(
                    "return [...document.querySelectorAll('a[href]')].map(a => a.href);")) {
                assertFalse(String.valueOf(href).strip().toLowerCase().matches("^(javascript|vbscript|data):.*"),
                        "a link that runs script on " + page + ": " + href);
            }
        }
    }

    @Test
    void clickingEveryLinkInAHostileArticleRunsNothing() throws IOException {
        for (String page : pages()) {
            if (!page.matches("\\d{4}/\\d{2}/\\d{2}/\\d+/")) {
                continue;
            }
            open(page);
            int links = browser.findElements(By.cssSelector(".story-body a")).size();
            for (int i = 0; i < links; i++) {
                try {
                    browser.findElements(By.cssSelector(".story-body a")).get(i).click();
                } catch (UnhandledAlertException e) {
                    fail("link " + i + " on " + page + " opened a dialog: " + e.getAlertText());
                }
                assertNothingRan(page + " after clicking link " + i);
                open(page);
            }
        }
    }

    @Test
    void theSearchPageShowsTheHostileArticlesAsText() {
        open("search/?q=" + java.net.URLEncoder.encode("脚本", java.nio.charset.StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        String results = browser.findElement(By.id("search-results")).getText();
        assertTrue(results.contains("<script>"), "the hostile title shows as text: " + results);
        assertNothingRan("search/?q=脚本");
        for (String query : List.of("pwned", "alert", "script", "分隔符")) {
            open("search/?q=" + query);
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
            assertNothingRan("search/?q=" + query);
        }
    }

    private static void open(String page) {
        try {
            browser.get(server.url() + page);
        } catch (UnhandledAlertException e) {
            fail("/" + page + " opened a dialog: " + e.getAlertText());
        }
    }

    /** No dialog is open, and nothing the seeds tried to inject is in the DOM. */
    private static void assertNothingRan(String where) {
        try {
            String text = browser.switchTo().alert().getText();
            fail("a dialog opened on /" + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertEquals(List.of(), browser.findElements(By.cssSelector(INJECTED)).stream()
                .map(e -> e.getTagName() + "#" + e.getAttribute("id")).toList(), "injected elements on /" + where);
        Object scripts = browser.executeScript("return [...document.scripts].filter(s => s.type !== 'application/ld+json'"
                + " && !(s.type === 'module' && new URL(s.src, location).pathname.includes('/assets/'))).length;");
        assertEquals(0L, scripts, "a script on /" + where + " that is neither the theme's nor JSON-LD");
    }

    /** Every HTML page of the site, as a path relative to its root. */
    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(f -> f.getFileName().toString().equals("index.html")).sorted().toList()) {
                String folder = site.relativize(file.getParent()).toString().replace('\\', '/');
                pages.add(folder.isEmpty() ? "" : folder + "/");
            }
        }
        pages.add("no-such-page/");
        return pages;
    }
}
