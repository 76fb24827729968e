package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder mixing raw text, Markdown and saved web pages, built into a site and read back as a reader sees it. */
class MixedArchiveBuildTest {
    @TempDir
    static Path work;
    static Path site;
    static BuildReport report;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(MixedArchiveBuildTest.class.getResource("/kinds/" + name).toURI());
    }

    @BeforeAll
    static void build() throws Exception {
        Path source = work.resolve("seeds");
        Files.createDirectories(source);
        // The mixed folder, plus the hostile Markdown and the GBK page.
        try (Stream<Path> files = Files.walk(fixture("mixed"))) {
            for (Path file : files.toList()) {
                Path target = source.resolve(fixture("mixed").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.copy(fixture("markdown/hostile.md"), source.resolve("hostile.md"));
        Files.copy(fixture("html/2022-03-06-gbk.html"), source.resolve("2022-03-06-gbk.html"));
        site = work.resolve("site");
        report = Broadsheet.builder().source(source).output(site).build().generate();
    }

    static Document page(String path) throws IOException {
        Path file = path.endsWith(".html") ? site.resolve(path) : site.resolve(path).resolve("index.html");
        assertTrue(Files.isRegularFile(file), "no page " + file);
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyKindBuildsIntoOneSite() {
        assertEquals(5, report.issues());
        assertEquals(6, report.articles());
        assertEquals(List.of("notes.docx"), report.warnings().stream().map(p -> p.file()).toList());
    }

    @Test
    void theIssuePageGroupsArticlesByPageWithPreviousAndNextPageLinks() throws IOException {
        Document issue = page("2022/03/04-2");
        List<Element> sections = issue.select("section.toc-section");
        assertEquals(List.of("01版：要闻", "02版：社会"), sections.stream().map(s -> s.selectFirst(".page-label").text()).toList());
        assertEquals("全市春季植树活动启动", sections.get(0).selectFirst(".card-title").text());
        Element next = sections.get(0).selectFirst("a:contains(下一版)");
        assertNotNull(next, sections.get(0).outerHtml());
        assertEquals(sections.get(1), issue.getElementById(next.attr("href").substring(1)));
        Element previous = sections.get(1).selectFirst("a:contains(上一版)");
        assertEquals(sections.get(0), issue.getElementById(previous.attr("href").substring(1)));
        assertTrue(sections.get(0).select("a:contains(上一版)").isEmpty(), "the first page has no page before it");
    }

    @Test
    void articlesShowTheirPageInTheBylineAndCitation() throws IOException {
        Document article = page("2022/03/04/1.html");
        assertEquals("古城墙下的早市", article.selectFirst("h1").text());
        assertTrue(article.selectFirst(".story-meta").text().contains("03版：周末"), article.selectFirst(".story-meta").text());
        assertTrue(article.selectFirst(".citation").text().contains("(03)"), article.selectFirst(".citation").text());
        assertEquals("三十年", article.selectFirst(".story-body strong").text());
    }

    @Test
    void hostileMarkdownPutsNoScriptIntoTheSite() throws IOException {
        Document article = page("2022/05/08/1.html");
        assertTrue(article.select("script:not([type=application/ld+json])").isEmpty(), "no script runs");
        for (Element script : article.select("script")) {
            assertFalse(script.data().contains("<"), "JSON-LD cannot close its script: " + script.data());
        }
        assertTrue(article.select("[onerror], [onclick]").isEmpty());
        assertTrue(article.select("a[href], img[src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                .noneMatch(url -> url.strip().toLowerCase().matches("^(javascript|data|vbscript):.*")));
        assertTrue(article.selectFirst(".story-body").text().contains("<script>alert('block')</script>"),
                "raw HTML shows as text");
        Document mixed = page("2022/03/04/1.html");
        assertTrue(mixed.select("script:not([type=application/ld+json])").isEmpty());
    }

    @Test
    void aGbkPageIsWrittenAsUtf8Text() throws IOException {
        Document article = page("2022/03/06/1.html");
        assertEquals("城市更新要守住烟火气", article.selectFirst("h1").text());
        assertEquals("老街区改造有了新思路", article.selectFirst(".story-head .kicker").text());
        assertTrue(article.selectFirst(".story-body").text().contains("要留住街巷的烟火气"));
        assertTrue(article.selectFirst(".story-meta").text().contains("02版：城市"));
    }
}
