package org.broadsheet.read;

import static org.broadsheet.read.Fixtures.articleTitled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each common form of byline and dateline at the head of an article, and a signature at its end. */
class BylineFormsTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("bylines/2022-03-03.txt");
    }

    private static Byline byline(String title) {
        return articleTitled(issue, title).byline();
    }

    @Test
    void everyArticleIsFoundUnderItsOwnHeadline() {
        assertEquals(8, issue.articles().size());
    }

    @Test
    void paperCreditWithOrganisationAndDateline() {
        Byline b = byline("省里召开春耕备耕工作会议");
        assertEquals("本报讯", b.prefix());
        assertEquals("山西日报", b.organization());
        assertEquals(List.of("杨文"), b.reporters());
        assertEquals("3月2日", b.dateline());
        assertEquals(LocalDate.of(2022, 3, 2), b.datelineDate());
    }

    @Test
    void paperCreditWithReporterOnlyAndNoDateline() {
        Byline b = byline("我市公布首批重点建设项目");
        assertEquals("本报讯", b.prefix());
        assertNull(b.organization());
        assertEquals(List.of("贺娟芳"), b.reporters());
        assertNull(b.dateline());
    }

    @Test
    void paperCreditWithoutReporterAfterAFullWidthSpace() {
        Byline b = byline("全省中小学开学");
        assertEquals("本报讯", b.prefix());
        assertEquals(List.of(), b.reporters());
        assertEquals("2月13日", b.dateline());
    }

    @Test
    void wireCreditNamesAgencyPlaceDateAndSeveralReporters() {
        Byline b = byline("去年我国经济总量突破110万亿元");
        assertEquals("新华社北京1月17日电", b.prefix());
        assertEquals("新华社", b.organization());
        assertEquals(List.of("魏玉坤", "周圆"), b.reporters());
        assertEquals("1月17日", b.dateline());
        assertEquals(LocalDate.of(2022, 1, 17), b.datelineDate());
    }

    @Test
    void paperCreditWithPlaceAndDateAndReportersSeparatedByEnumerationComma() {
        Byline b = byline("太原地铁2号线客流稳步增长");
        assertEquals("本报太原3月2日讯", b.prefix());
        assertEquals(List.of("王建军", "刘丽"), b.reporters());
        assertEquals("3月2日", b.dateline());
    }

    @Test
    void wireCreditWithoutParenthesesUnderATwoLineHeadline() {
        var article = articleTitled(issue, "冷空气来袭 全省降温");
        assertEquals("中新网太原3月2日电", article.byline().prefix());
        assertEquals("中新网", article.byline().organization());
        assertEquals("3月2日", article.byline().dateline());
    }

    @Test
    void signatureAtTheEndOfTheLastParagraphNamesTheReporter() {
        var article = articleTitled(issue, "我市启动春季义务植树活动");
        assertEquals(List.of("刘瑞强"), article.byline().reporters());
        assertTrue(article.paragraphs().get(0).endsWith("（记者刘瑞强）"), "the signature stays in the text as printed");
    }

    @Test
    void reporterAndCorrespondentAreBothNamed() {
        assertEquals(List.of("张丽", "王小东"), byline("社区开展健康义诊").reporters());
    }

    @Test
    void firstParagraphKeepsItsCreditAndDateline() {
        assertTrue(articleTitled(issue, "省里召开春耕备耕工作会议").paragraphs().get(0)
                .startsWith("本报讯（山西日报记者 杨文）3月2日，"));
    }

    @Test
    void noBreakAndFullWidthSpacesSeparateReporters() throws Exception {
        Issue nbsp = Fixtures.issue("bylines/2022-03-04-nbsp.txt");
        assertEquals(List.of("李明", "赵刚"), nbsp.articles().get(0).byline().reporters());
    }
}
