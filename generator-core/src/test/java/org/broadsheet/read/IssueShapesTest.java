package org.broadsheet.read;

import static org.broadsheet.read.Fixtures.articleTitled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An issue with the shapes real papers print besides the sample's: wire copy, a one-paragraph brief signed at
 * its end, commentary with a byline line of its own, a credit line closing a page, an unsigned brief, and pages.
 */
class IssueShapesTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("issues/2022-01-18.txt");
    }

    @Test
    void everyArticleIsFoundInPrintedOrder() {
        assertEquals(List.of("去年我国经济总量突破110万亿元", "我市启动春季义务植树活动", "以钉钉子精神抓好各项工作落实",
                "全省降温6至8摄氏度", "5G基站数量再创新高", "冰雪运动进校园"), Fixtures.titles(issue));
    }

    @Test
    void wireCopyKeepsItsCreditAndJoinsItsBrokenParagraph() {
        Article wire = articleTitled(issue, "去年我国经济总量突破110万亿元");
        assertEquals(3, wire.paragraphs().size());
        assertEquals("（完）", wire.paragraphs().get(2), "the end mark stays with the wire story it closes");
        assertEquals(List.of("魏玉坤", "周圆"), wire.byline().reporters());
        assertEquals(true, wire.paragraphs().get(1).contains("持续稳定恢复，经济发展"));
    }

    @Test
    void oneParagraphBriefIsSignedAtItsEnd() {
        Article brief = articleTitled(issue, "我市启动春季义务植树活动");
        assertEquals(1, brief.paragraphs().size());
        assertEquals(List.of("刘瑞强"), brief.byline().reporters());
    }

    @Test
    void commentaryBylineLineIsTheBylineNotAParagraph() {
        Article commentary = articleTitled(issue, "以钉钉子精神抓好各项工作落实");
        assertEquals("本报评论员", commentary.byline().prefix());
        assertEquals(List.of(), commentary.byline().reporters());
        assertEquals("抓落实，是党的政治路线和思想路线的内在要求。新的一年，各项工作千头万绪，越是任务繁重，越要以钉钉子精神抓落实。",
                commentary.paragraphs().get(0));
    }

    @Test
    void intertitleAndCreditLineStayInTheArticleTheyClose() {
        Article commentary = articleTitled(issue, "以钉钉子精神抓好各项工作落实");
        assertEquals("一、压实责任", commentary.paragraphs().get(1));
        assertEquals("编辑：胡钰", commentary.paragraphs().get(commentary.paragraphs().size() - 1));
    }

    @Test
    void anUnsignedBriefAfterAFinishedArticleStartsWhereTheSignatureCloses() {
        Article brief = articleTitled(issue, "5G基站数量再创新高");
        assertNull(brief.byline().prefix());
        assertEquals(List.of("王芳"), brief.byline().reporters());
        assertEquals(1, brief.paragraphs().size());
    }

    @Test
    void pageMarkersSetEachArticlesPage() {
        assertEquals(new Page("01", "要闻"), articleTitled(issue, "以钉钉子精神抓好各项工作落实").page());
        assertEquals(new Page("02", "综合"), articleTitled(issue, "全省降温6至8摄氏度").page());
        assertEquals("02版：综合", articleTitled(issue, "冰雪运动进校园").page().label());
    }
}
