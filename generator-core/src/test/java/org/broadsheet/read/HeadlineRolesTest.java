package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headline lines get the roles Chinese papers give them: 引题, 主题, 副题. */
class HeadlineRolesTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("headlines/2022-03-05.txt");
    }

    private static Article article(int position) {
        return issue.articles().get(position - 1);
    }

    @Test
    void threeLinesAreKickerTitleAndSubtitle() {
        Article a = article(1);
        assertEquals("习近平在看望参加政协会议的委员时强调", a.kicker());
        assertEquals("坚持正确政治方向 凝心聚力建设美好家园", a.title());
        assertEquals("王沪宁参加看望和讨论", a.subtitle());
    }

    @Test
    void twoLinesWhoseFirstLeadsInAreKickerAndTitle() {
        Article a = article(2);
        assertEquals("省委召开常委会议强调", a.kicker());
        assertEquals("扎实推进乡村全面振兴", a.title());
        assertNull(a.subtitle());
    }

    @Test
    void twoPlainLinesAreTitleAndSubtitle() {
        Article a = article(3);
        assertNull(a.kicker());
        assertEquals("我省外贸进出口实现开门红", a.title());
        assertEquals("前两月增长百分之十五", a.subtitle());
    }

    @Test
    void aLineOpeningWithADashIsASubtitle() {
        Article a = article(4);
        assertNull(a.kicker());
        assertEquals("太行山下的新农人", a.title());
        assertEquals("——记全国劳动模范张建国", a.subtitle());
    }
}
