package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.broadsheet.testing.Chromium;
import org.broadsheet.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.broadsheet.Broadsheet;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/** The mixed archive's site in a real browser: pages link to each other, and hostile Markdown runs nothing. */
class MixedSiteBrowserTest {

    @TempDir
    static Path work;
    static StaticServer server;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Path source = work.resolve("seeds");
        copy(fixture("mixed"), source);
        Files.copy(fixture("markdown/hostile.md"), source.resolve("hostile.md"));
        Path site = work.resolve("site");
        Broadsheet.builder().source(source).output(site).build().generate();
        server = new StaticServer(site);
        base = server.url();
        browser = Chromium.start(work);
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
    void aReaderTurnsPagesAndOpensArticlesOfEveryKind() {
        browser.get(base + "2022/03/04-2/");
        browser.findElement(By.partialLinkText("下一版")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#page-02"), browser.getCurrentUrl());
        browser.findElement(By.linkText("社区食堂开张")).click();
        assertEquals("社区食堂开张", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector(".pager-prev")).click();
        assertEquals("全市春季植树活动启动", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector(".story-issue")).click();
        browser.findElement(By.cssSelector(".pager-prev")).click();
        browser.findElement(By.linkText("古城墙下的早市")).click();
        assertEquals("三十年", browser.findElement(By.cssSelector(".story-body strong")).getText());
        browser.findElement(By.cssSelector(".story-issue")).click();
        browser.findElement(By.cssSelector(".pager-next")).click();
        browser.findElement(By.cssSelector(".pager-next")).click();
        browser.findElement(By.linkText("市民长跑赛鸣枪开跑")).click();
        assertTrue(browser.findElement(By.cssSelector(".story-meta")).getText().contains("04版：体育"));
    }

    @Test
    void hostileMarkdownRunsNothingInTheBrowser() {
        browser.get(base + "2022/05/08/1.html");
        assertEquals("恶意内容测试", browser.findElement(By.tagName("h1")).getText());
        int links = browser.findElements(By.cssSelector(".story-body a:not([href^=http])")).size();
        assertTrue(links >= 4, "the hostile links are there, neutralised");
        for (int i = 0; i < links; i++) {
            browser.findElements(By.cssSelector(".story-body a:not([href^=http])")).get(i).click();
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "a link ran script");
            browser.get(base + "2022/05/08/1.html");
        }
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(MixedSiteBrowserTest.class.getResource("/kinds/" + name).toURI());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
