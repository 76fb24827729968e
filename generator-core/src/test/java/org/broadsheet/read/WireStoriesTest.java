package org.broadsheet.read;

import static org.broadsheet.read.Fixtures.articleTitled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stories reprinted from an agency, and a local notice printed after one. */
class WireStoriesTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("issues/2022-03-20-wire.txt");
    }

    @Test
    void aNoticeSignedByAnOfficeAfterAWireStoryIsAPieceOfItsOwn() {
        assertEquals(List.of("全国高考阅卷工作基本结束", "汛期来临 这份安全提示请收好", "以实干担当跑出发展“加速度”",
                "前两月全国居民人均可支配收入名义增长6.3%", "全市一般公共预算收入增长12.3%"), Fixtures.titles(issue));
        assertEquals(2, articleTitled(issue, "全国高考阅卷工作基本结束").paragraphs().size());
    }

    @Test
    void aReporterLineUnderAWireCommentarysCreditNamesItsReporter() {
        assertEquals(List.of("陈思远"), articleTitled(issue, "以实干担当跑出发展“加速度”").byline().reporters());
        assertEquals("新华社", articleTitled(issue, "以实干担当跑出发展“加速度”").byline().organization());
    }

    @Test
    void aLineReportingWhatDataShowOrAPeriodAloneIsTheKickerOfTheTitleUnderIt() {
        assertEquals("国家统计局发布数据显示", articleTitled(issue, "前两月全国居民人均可支配收入名义增长6.3%").kicker());
        assertEquals("前2个月", articleTitled(issue, "全市一般公共预算收入增长12.3%").kicker());
    }
}
