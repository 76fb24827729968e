package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Article;
import org.broadsheet.model.Page;
import org.broadsheet.read.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private static final String GBK = "html/2022-03-06-gbk.html";
    private static final String LABELLED = "html/labelled.htm";

    @Test
    void aPageDeclaredGb2312IsReadInItsCharset() throws Exception {
        byte[] bytes = Files.readAllBytes(Fixtures.path(GBK));
        assertThrows(CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)),
                "the fixture really is GBK, not UTF-8");
        IssueReader.Outcome outcome = Fixtures.read(GBK);
        assertEquals(List.of(), outcome.problems());
        Article article = outcome.issue().articles().get(0);
        assertEquals("城市更新要守住烟火气", article.title());
    }

    @Test
    void kickerTitleAndSubtitleComeFromTheHeadingsAboveTheBody() {
        Article article = Fixtures.articles(GBK).get(0);
        assertAll(
                () -> assertEquals("老街区改造有了新思路", article.kicker()),
                () -> assertEquals("城市更新要守住烟火气", article.title()),
                () -> assertEquals("——访市规划设计研究院院长周卫东", article.subtitle()));
    }

    @Test
    void theBodyIsTheContentDivisionWithoutNavigationScriptsStylesOrAds() {
        Article article = Fixtures.articles(GBK).get(0);
        assertEquals(List.of(
                "本报讯（记者 王五 实习生 孙六）3月5日，在市规划设计研究院，院长周卫东向记者介绍了老街区改造的新思路。",
                "“城市更新不是推倒重来，”周卫东说，“要留住街巷的烟火气。”",
                "据介绍，今年全市将完成十二个老旧小区改造。",
                "其中三个小区试点“微更新”。"), article.paragraphs());
        Document body = Jsoup.parseBodyFragment(article.html());
        assertTrue(body.select("script").isEmpty());
        assertFalse(article.html().contains("document.write"));
        assertEquals("烟火气", body.selectFirst("b").text());
    }

    @Test
    void bylineDatelineAndIssueDateComeFromTheDocument() {
        IssueReader.Outcome outcome = Fixtures.read(GBK);
        Article article = outcome.issue().articles().get(0);
        assertEquals(List.of("王五", "孙六"), article.byline().reporters());
        assertEquals(LocalDate.of(2022, 3, 5), article.byline().datelineDate());
        assertEquals(LocalDate.of(2022, 3, 6), outcome.issue().date(), "the date printed above the article");
    }

    @Test
    void thePageComesFromTheDocumentNotFromItsScripts() {
        assertEquals(new Page("02", "城市"), Fixtures.articles(GBK).get(0).page());
    }

    @Test
    void headlinesLabelledByTheirRoleAreFound() {
        Article article = Fixtures.articles(LABELLED).get(0);
        assertAll(
                () -> assertEquals("一季度外贸数据发布", article.kicker()),
                () -> assertEquals("进出口总额同比增长百分之十", article.title()),
                () -> assertEquals("民营企业成为主力军", article.subtitle()),
                () -> assertEquals(List.of("陈静", "刘洋"), article.byline().reporters()));
    }

    @Test
    void aPageMarkOutsideTheNavigationWinsOverOneInIt() {
        assertEquals(new Page("A03", "经济"), Fixtures.articles(LABELLED).get(0).page());
    }

    @Test
    void theIssueDateComesFromAMetaElement() {
        assertEquals(LocalDate.of(2022, 4, 1), Fixtures.read(LABELLED).issue().date());
    }

    @Test
    void theBodyHtmlIsSanitisedAndUnknownMarkupBecomesText() {
        Article article = Fixtures.articles(LABELLED).get(0);
        Document body = Jsoup.parseBodyFragment(article.html());
        assertAll(
                () -> assertTrue(body.select("[onclick], [onerror], iframe, custom-widget").isEmpty(), article.html()),
                () -> assertTrue(body.select("a[href]").stream().allMatch(a -> a.attr("href").startsWith("https://"))),
                () -> assertEquals(List.of("https://example.org/chart.png"), body.select("img").eachAttr("src"),
                        "an image the site does not have (a relative path) is dropped"),
                () -> assertEquals(2, body.select("ul > li").size()),
                () -> assertTrue(body.text().contains("未知的标签里的文字")));
        assertTrue(article.paragraphs().contains("未知的标签里的文字"));
        assertTrue(article.paragraphs().contains("详见统计公报和这里。"));
    }

    @Test
    void aBodyOfPlainParagraphsNeedsNoHtml() {
        Article article = Fixtures.articles("html/2022-03-09-misdeclared.html").get(0);
        assertNull(article.html());
    }

    @Test
    void aPageWhoseBytesAreNotItsDeclaredCharsetIsDetectedWithAWarning() {
        IssueReader.Outcome outcome = Fixtures.read("html/2022-03-09-misdeclared.html");
        Article article = outcome.issue().articles().get(0);
        assertEquals("申报的编码不对", article.title());
        assertEquals(List.of("这个页面声称是UTF-8，实际上保存成了GBK编码，读者不应看到乱码。"), article.paragraphs());
        Problem warning = outcome.problems().get(0);
        assertFalse(warning.isError());
        assertTrue(warning.message().contains("'utf-8'") && warning.message().contains("GB18030"), warning.message());
    }

    @Test
    void aPageWithNoArticleGivesAWarningNamingTheFileAndNoIssue() {
        IssueReader.Outcome outcome = Fixtures.read("html/no-article.html");
        assertNull(outcome.issue());
        assertEquals(1, outcome.problems().size(), outcome.problems().toString());
        Problem warning = outcome.problems().get(0);
        assertFalse(warning.isError());
        assertEquals("no-article.html", warning.file());
        assertTrue(warning.message().contains("html.content"), warning.message());
    }

    @Test
    void selectorsConfiguredForAnArchiveReplaceTheDefaults() throws Exception {
        HtmlLayout layout = HtmlLayout.of(Map.of("html.content", ".zw", "html.title", ".bt", "html.kicker", ".yt1",
                "html.subtitle", ".ft1", "html.byline", ".zz", "html.page", ".bm", "html.drop", ".recommend"));
        Article article = Fixtures.read("configured/2022-06-01.html", layout).issue().articles().get(0);
        assertAll(
                () -> assertEquals("非遗传承人走进校园", article.kicker()),
                () -> assertEquals("剪纸课上的笑声", article.title()),
                () -> assertEquals("——记市实验小学的一堂传统文化课", article.subtitle()),
                () -> assertEquals(List.of("周敏"), article.byline().reporters()),
                () -> assertEquals(new Page("05", "文化"), article.page()),
                () -> assertEquals(List.of("剪刀在红纸上游走，一只喜鹊渐渐成形。", "孩子们围在老师身边，看得目不转睛。"),
                        article.paragraphs()));
    }

    @Test
    void aSelectorJsoupCannotParseIsRefusedNamingItsKey() {
        HtmlLayout.BadSelectorException e = assertThrows(HtmlLayout.BadSelectorException.class,
                () -> HtmlLayout.of(Map.of("html.title", "h1[")));
        assertEquals("html.title", e.key());
        assertTrue(e.getMessage().contains("'h1['"), e.getMessage());
    }

    @Test
    void aFounderPageGivesItsDateFromTheEnpPropertyCommentAndDropsItsScriptLinks() throws Exception {
        IssueReader.Outcome outcome = Fixtures.read("html/founder/content_123.htm");
        assertEquals(LocalDate.of(2022, 3, 6), outcome.issue().date());
        Article article = outcome.issue().articles().get(0);
        assertAll(
                () -> assertEquals("为民办实事", article.kicker()),
                () -> assertEquals("我市新增公共停车泊位三千个", article.title()),
                () -> assertEquals("缓解老城区停车难", article.subtitle()),
                () -> assertEquals(new Page("02", "综合"), article.page()),
                () -> assertEquals(List.of("王建军"), article.byline().reporters()),
                () -> assertEquals(2, article.paragraphs().size()),
                () -> assertFalse(article.paragraphs().get(1).contains("广告")),
                () -> assertTrue(article.html() == null || !article.html().contains("javascript:")));
    }

    @Test
    void theSavedPagesOfOneEditionAreOneIssueInPageOrder() throws Exception {
        var archive = org.broadsheet.read.SeedReader.builder().build().read(Fixtures.path("html/edition")).archive();
        assertEquals(1, archive.issues().size(), "one date, one folder: one issue");
        List<Article> articles = archive.issues().get(0).articles();
        assertEquals(List.of("全市春耕生产全面展开", "我市新增公共停车泊位三千个"), articles.stream().map(Article::title).toList(),
                "01版 comes before 02版, whatever the file names");
        assertEquals(List.of("01", "02"), articles.stream().map(a -> a.page().number()).toList());
    }
}
