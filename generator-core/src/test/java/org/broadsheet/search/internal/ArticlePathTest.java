package org.broadsheet.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.Test;

class ArticlePathTest {
    @Test
    void datedIssuesLiveUnderYearMonthDay() {
        assertEquals("2022/03/04/3/", path("2022-03-04", 3));
    }

    @Test
    void aSecondIssueOfTheDayKeepsItsSuffix() {
        assertEquals("2022/03/04-2/12/", path("2022-03-04-2", 12));
    }

    @Test
    void undatedIssuesLiveUnderUndated() {
        assertEquals("undated/晚报-x/1/", path("undated-晚报-x", 1));
    }

    private static String path(String key, int n) {
        Article article = new Article(key + "-" + n, null, null, "题", null, Byline.NONE, List.of(), null);
        return ArticlePath.of(new Issue(key, key + ".txt", LocalDate.of(2022, 3, 4), false, null, null,
                List.of(article)), article);
    }
}
