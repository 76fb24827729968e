package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    private static final String SEED = "markdown/2022-05-06.md";

    @Test
    void frontMatterGivesTheIssueItsDatePublicationAndEdition() {
        Issue issue = Fixtures.read(SEED).issue();
        assertEquals(LocalDate.of(2022, 5, 7), issue.date(), "front matter wins over the date in the file name");
        assertEquals("河东晚报", issue.publication());
        assertEquals("晚间版", issue.edition());
        assertEquals(3, issue.articles().size());
    }

    @Test
    void eachLevelOneHeadingStartsAnArticleWithItsKickerAndSubtitle() {
        Article first = Fixtures.articles(SEED).get(0);
        assertAll(
                () -> assertEquals("春耕备耕进度过半", first.title()),
                () -> assertEquals("——全市农资供应充足价格平稳", first.subtitle()),
                () -> assertEquals("市农业农村局通报", first.kicker()));
        Article english = Fixtures.articles(SEED).get(2);
        assertEquals("Farm report", english.kicker());
        assertNull(english.subtitle());
    }

    @Test
    void pageMarksSetThePageOfTheArticlesAfterThem() {
        List<Article> articles = Fixtures.articles(SEED);
        assertEquals(new Page("01", "要闻"), articles.get(0).page());
        assertEquals(new Page("02", "评论"), articles.get(1).page());
        assertEquals(new Page("02", "评论"), articles.get(2).page());
        assertTrue(articles.stream().noneMatch(a -> a.paragraphs().stream().anyMatch(p -> p.contains("版："))),
                "a page mark is not body text");
    }

    @Test
    void bylineAndDatelineComeFromTheFirstParagraph() {
        Article first = Fixtures.articles(SEED).get(0);
        assertEquals("本报讯", first.byline().prefix());
        assertEquals(List.of("李明", "赵红"), first.byline().reporters());
        assertEquals(LocalDate.of(2022, 5, 6), first.byline().datelineDate());
        assertTrue(first.paragraphs().get(0).startsWith("本报讯（记者 李明 通讯员 赵红）5月6日，"),
                "the first paragraph keeps its dateline, as in raw text");
    }

    @Test
    void aParagraphThatIsOnlyABylineIsTheBylineNotBodyAndSignaturesAreAdded() {
        Article comment = Fixtures.articles(SEED).get(1);
        assertFalse(comment.paragraphs().contains("本报评论员"));
        assertTrue(comment.byline().reporters().contains("王小丽"), comment.byline().toString());
        assertFalse(comment.html().contains("本报评论员"));
    }

    @Test
    void emphasisLinksListsQuotesAndImagesAreRenderedAsHtml() {
        Document body = Jsoup.parseBodyFragment(Fixtures.articles(SEED).get(0).html());
        assertEquals("农资储备", body.selectFirst("strong").text());
        Element link = body.selectFirst("a");
        assertEquals("https://example.org/notice?id=1&x=2", link.attr("href"));
        assertEquals("市政府网站", link.text());
        assertEquals(2, body.select("ul > li").size());
        assertEquals("全部", body.selectFirst("li em").text());
        assertEquals("今年春播面积与去年持平。", body.selectFirst("blockquote").text());
        assertEquals("https://example.org/img/field.jpg", body.selectFirst("img").attr("src"));
        assertEquals("田间机械作业", body.selectFirst("img").attr("alt"));
    }

    @Test
    void paragraphsHoldTheTextOfEachBlockNotItsMarkup() {
        List<String> paragraphs = Fixtures.articles(SEED).get(0).paragraphs();
        assertEquals(List.of(
                "本报讯（记者 李明 通讯员 赵红）5月6日，记者从市农业农村局获悉，全市春耕备耕工作进度已过半，农资储备充足。",
                "详情见市政府网站，要点如下：",
                "化肥储备十二万吨",
                "种子供应全部到位",
                "今年春播面积与去年持平。",
                "田间机械作业"), paragraphs);
    }

    @Test
    void aLineBreakJoinsChineseWithoutASpaceButLatinWordsWithOne() {
        Article first = Fixtures.articles(SEED).get(0);
        assertTrue(first.html().contains("春耕备耕工作进度"), first.html());
        Article english = Fixtures.articles(SEED).get(2);
        assertEquals(List.of("Reporters said the sowing was on schedule."), english.paragraphs());
    }

    @Test
    void rawHtmlIsShownAsTextAndScriptUrlsAreEmptied() {
        Article article = Fixtures.articles("markdown/hostile.md").get(0);
        Document body = Jsoup.parseBodyFragment(article.html());
        assertAll(
                () -> assertTrue(body.select("script").isEmpty(), "no script element"),
                () -> assertTrue(body.select("[onerror], [onclick]").isEmpty(), "no event handler"),
                () -> assertTrue(body.select("a[href], img[src]").stream()
                        .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                        .allMatch(url -> url.isEmpty() || url.startsWith("https://")), article.html()),
                () -> assertEquals("https://example.org/safe", body.select("a[href^=https]").attr("href")),
                () -> assertTrue(body.text().contains("<script>alert('block')</script>"),
                        "raw HTML is shown as the text it is"),
                () -> assertTrue(article.paragraphs().stream().noneMatch(p -> p.contains("<")),
                        "but it is markup, not text to search: " + article.paragraphs()));
    }

    @Test
    void textBeforeTheFirstHeadingIsKeptUntitledWithAWarning() {
        IssueReader.Outcome outcome = Fixtures.read("markdown/no-heading.md");
        assertEquals(Story.UNTITLED, outcome.issue().articles().get(0).title());
        assertTrue(outcome.problems().stream().anyMatch(p -> !p.isError() && p.line() == 1
                && p.file().equals("no-heading.md")), outcome.problems().toString());
    }
}
