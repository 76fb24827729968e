package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.broadsheet.Broadsheet;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.search.internal.SearchText;
import org.broadsheet.testing.Chromium;
import org.broadsheet.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page of the sample site in headless Chromium: typing shows the articles that contain the term,
 * with the hit marked; a filter narrows the list; the URL follows; Back restores.
 */
class SearchPageTest {
    private static final String TERM = "山西";

    @TempDir
    static Path folder;
    private static StaticServer server;
    private static ChromeDriver browser;
    private static Archive archive;

    @BeforeAll
    static void start() throws Exception {
        Broadsheet broadsheet = Broadsheet.builder().source(GeneratedArchive.SEEDS).output(folder.resolve("site")).build();
        archive = broadsheet.check().archive();
        broadsheet.generate();
        server = new StaticServer(folder.resolve("site"));
        browser = Chromium.start(folder.resolve("profile"));
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
    void typingFilteringAndBackWorkAsAReaderExpects() {
        browser.get(server.url() + "search/");
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys(TERM);
        Set<String> all = titles(TERM, null);
        assertTrue(all.size() >= 2, "the sample has several articles on " + TERM);
        waitForTitles(all);
        assertEquals(TERM, parameter("q"));
        for (WebElement excerpt : browser.findElements(By.cssSelector("#search-results .excerpt"))) {
            List<WebElement> marks = excerpt.findElements(By.tagName("mark"));
            assertTrue(!marks.isEmpty() && marks.stream().allMatch(m -> SearchText.normalise(m.getText()).equals(TERM)),
                    "hit marked in " + excerpt.getText());
        }

        String reporter = reporterOfOnly(TERM);
        WebElement reporterField = browser.findElement(By.id("search-reporter"));
        reporterField.sendKeys(reporter, Keys.ENTER);
        Set<String> narrowed = titles(TERM, reporter);
        assertTrue(narrowed.size() < all.size());
        waitForTitles(narrowed);
        assertEquals(reporter, parameter("reporter"));

        browser.navigate().back();
        waitForTitles(all);
        assertEquals("", browser.findElement(By.id("search-reporter")).getAttribute("value"));
        assertEquals(TERM, browser.findElement(By.id("search-q")).getAttribute("value"));
        assertEquals(null, parameter("reporter"));
    }

    /** A reporter who wrote some, not all, of the articles containing the term. */
    private static String reporterOfOnly(String term) {
        Set<String> all = titles(term, null);
        for (Issue issue : archive.issues()) {
            for (Article article : issue.articles()) {
                for (String reporter : article.byline().reporters()) {
                    int size = titles(term, reporter).size();
                    if (size > 0 && size < all.size()) {
                        return reporter;
                    }
                }
            }
        }
        throw new IllegalStateException("no reporter narrows " + term);
    }

    private static Set<String> titles(String term, String reporter) {
        Set<String> titles = new TreeSet<>();
        for (Issue issue : archive.issues()) {
            for (Article article : issue.articles()) {
                boolean has = SearchText.units(article).stream().anyMatch(u -> SearchText.normalise(u).contains(term));
                if (has && (reporter == null || article.byline().reporters().contains(reporter))) {
                    titles.add(article.title());
                }
            }
        }
        return titles;
    }

    private static void waitForTitles(Set<String> expected) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(() -> "results should be " + expected
                + " but are " + shownTitles())
                // The list may be rebuilt between finding a title and reading it: read again.
                .ignoring(StaleElementReferenceException.class)
                .until(b -> shownTitles().equals(expected));
    }

    private static Set<String> shownTitles() {
        Set<String> shown = new TreeSet<>();
        browser.findElements(By.cssSelector("#search-results .card-title a")).forEach(a -> shown.add(a.getText()));
        return shown;
    }

    private static String parameter(String name) {
        String query = browser.getCurrentUrl().replaceFirst("^[^?]*\\??", "");
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
