package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.Test;

/** Stable, readable addresses derived from issue keys, never from the order files were read. */
class SiteLayoutTest {

    @Test
    void anIssueLivesUnderItsDate() {
        assertEquals("2022/03/04/", SiteLayout.issue(issue("2022-03-04")));
        assertEquals("2021/12/31/", SiteLayout.issue(issue("2021-12-31")));
        assertEquals("2022/03/04-12/", SiteLayout.issue(issue("2022-03-04-12")));
        assertEquals("2022/03/04-2/", SiteLayout.issue(issue("2022-03-04-2")));
        assertEquals("undated/notes/", SiteLayout.issue(issue("undated-notes")));
    }

    @Test
    void anArticleLivesUnderItsIssueByPrintedPosition() {
        assertEquals("2022/03/04-2/1.html", SiteLayout.article(issue("2022-03-04-2"), 1));
    }

    @Test
    void datesAndReportersHaveTheirOwnFolders() {
        assertEquals("2022/", SiteLayout.year(2022));
        assertEquals("2022/03/", SiteLayout.month(YearMonth.of(2022, 3)));
        assertEquals("reporters/张三/", SiteLayout.reporter("张三"));
        assertEquals("reporters/张三/page/1/", SiteLayout.reporter("张三", 1), "archive pages count from the oldest");
        assertEquals("reporters/张三/page/2/", SiteLayout.reporter("张三", 2));
    }

    @Test
    void namesLoseOnlyTheCharactersPathsCannotHold() {
        assertEquals("张三", SiteLayout.segment("张三", "x"));
        assertEquals("A-B-C", SiteLayout.segment("A/B?C", "x"));
        assertEquals("x", SiteLayout.segment("../", "x"));
        assertEquals("Zhang-San", SiteLayout.segment(" Zhang San ", "x"));
    }

    @Test
    void linksArePercentEncoded() {
        assertEquals("reporters/%E5%BC%A0%E4%B8%89/", SiteLayout.href("reporters/张三/"));
    }

    private static Issue issue(String key) {
        Article article = new Article(key + "-1", null, null, "标题", null, Byline.NONE, List.of("正文"), null);
        return new Issue(key, key + ".txt", LocalDate.of(2022, 3, 4), false, null, null, List.of(article));
    }
}
