package org.broadsheet.read;

import static org.broadsheet.read.Fixtures.articleTitled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An article continued on a later page (下转第2版 … 上接第1版) reads as one article, without the marks. */
class PageJumpsTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("issues/2022-03-08-jumps.txt");
    }

    @Test
    void aContinuationIsNotAnArticleOfItsOwn() {
        assertEquals(List.of("全力以赴稳住经济大盘", "全省春季植树造林启动", "我市新建公园二十个", "图片新闻"),
                Fixtures.titles(issue));
    }

    @Test
    void aSentenceBrokenOffByTheJumpIsJoinedAcrossIt() {
        Article economy = articleTitled(issue, "全力以赴稳住经济大盘");
        assertTrue(economy.paragraphs().get(0).endsWith("当前经济运行面临新的下行压力，各地各部门要把稳增长放在更加突出的位置，"
                + "确保一季度经济实现平稳开局。"), economy.paragraphs().get(0));
        assertEquals("会议要求，要抓紧落实各项政策措施，推动重点项目早开工、早见效。", economy.paragraphs().get(1));
        assertEquals(2, economy.paragraphs().size());
        assertEquals(new Page("01", "要闻"), economy.page(), "an article is where it starts");
    }

    @Test
    void aContinuationAfterAFinishedSentenceIsAParagraphOfItsOwn() {
        Article trees = articleTitled(issue, "全省春季植树造林启动");
        assertEquals(List.of("本报讯（记者 李明）3月7日，全省春季植树造林活动启动，今年计划完成营造林400万亩。",
                "今年植树造林将坚持科学绿化，因地制宜选择树种。"), trees.paragraphs());
    }

    @Test
    void noJumpMarkIsLeftInTheText() {
        for (Article article : issue.articles()) {
            for (String paragraph : article.paragraphs()) {
                assertTrue(!paragraph.contains("转第") && !paragraph.contains("上接"), paragraph);
            }
        }
        assertEquals(1, articleTitled(issue, "我市新建公园二十个").paragraphs().size());
    }

    @Test
    void withoutPageMarksAContinuationAfterAnotherArticleStillGoesBack() throws Exception {
        Issue unpaged = Fixtures.issue("issues/2022-03-09-jumps-unpaged.txt");
        assertEquals(List.of("春耕生产全面展开", "我市新建公园二十个"), Fixtures.titles(unpaged));
        assertEquals(List.of("本报讯（记者 李明）3月8日，全省春耕生产全面展开，各地抢抓农时，组织农民开展春耕备耕，田间地头一派繁忙景象。"),
                unpaged.articles().get(0).paragraphs());
        assertEquals(List.of("本报讯（记者 张丽）3月1日，我市今年将新建公园二十个，让市民出门见绿。"),
                unpaged.articles().get(1).paragraphs());
    }

    @Test
    void aContinuationWhoseStartIsNotInTheIssueIsKeptWithAWarningSayingSo() throws Exception {
        ReadResult result = Fixtures.read("issues/2022-03-10-jump-orphan.txt");
        Issue orphan = result.archive().issues().get(0);
        assertEquals(List.of("（无题）", "我市新建公园二十个"), Fixtures.titles(orphan));
        List<Problem> warnings = result.warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(5, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("continued from page 1"), warnings.get(0).message());
    }

    @Test
    void continuationsOnOnePageGoToTheirArticlesInTheOrderTheArticlesBrokeOff() throws Exception {
        Issue several = Fixtures.issue("issues/2022-03-15-jumps-order.txt");
        assertEquals(List.of("全市一季度重点项目集中开工", "春季植树造林全面启动", "城乡居民医保待遇再提高", "老旧小区改造惠及两万户",
                "企业开办跑出加速度"), Fixtures.titles(several));
        assertTrue(articleTitled(several, "春季植树造林全面启动").paragraphs().get(0)
                .endsWith("今年计划完成造林绿化20万亩，重点推进西山、东山生态修复工程。"));
        assertTrue(articleTitled(several, "城乡居民医保待遇再提高").paragraphs().get(0)
                .endsWith("门诊慢特病病种由31种增加到45种，群众看病负担进一步减轻。"));
    }

    @Test
    void aHeadlinePrintedAgainAboveItsContinuationIsNoArticleOfItsOwn() throws Exception {
        Issue several = Fixtures.issue("issues/2022-03-15-jumps-order.txt");
        Article first = articleTitled(several, "全市一季度重点项目集中开工");
        assertEquals(List.of(first.paragraphs().get(0)), first.paragraphs());
        assertTrue(first.paragraphs().get(0).endsWith("各县（市、区）要压实责任，倒排工期，确保项目早建成、早投产、早见效。"));
    }

    @Test
    void anArticleWhoseContinuationIsNotInTheIssueIsReportedAtTheLineItBreaksOff() throws Exception {
        ReadResult result = Fixtures.read("issues/2022-03-15-jumps-order.txt");
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(17, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().contains("page 3"), result.problems().get(0).message());
    }

    @Test
    void aColumnsNameAndEditorsNoteAboveAnArticleOnTheContinuationPageAreThatArticles() throws Exception {
        Article opened = articleTitled(Fixtures.issue("issues/2022-03-15-jumps-order.txt"), "企业开办跑出加速度");
        assertEquals("营商环境面对面", opened.kicker());
        assertTrue(opened.paragraphs().get(0).startsWith("编者按："), opened.paragraphs().get(0));
    }
}
