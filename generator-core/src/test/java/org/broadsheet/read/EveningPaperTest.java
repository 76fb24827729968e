package org.broadsheet.read;

import static org.broadsheet.read.Fixtures.articleTitled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An evening paper's page: exclaiming headlines, a byline filed from elsewhere, lists of labelled rows, a
 * closing exhortation, a commentary signed at its end, an interview, a correction; and names and numbers cut
 * by layout breaks.
 */
class EveningPaperTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("issues/2022-03-19-evening.txt");
    }

    @Test
    void headlinesWithAnExclamationOrQuestionInsideAreHeadlines() {
        assertEquals(List.of("“查帕卡”来了！明后天有大到暴雨", "iPhone 13要来了？二手市场先动起来", "莫让“僵尸车”占了停车位",
                "稳就业 保民生", "更正"), Fixtures.titles(issue));
        Article typhoon = issue.articles().get(0);
        assertEquals("今年首个台风预警发布", typhoon.kicker());
        assertEquals("市防指启动防台风Ⅳ级应急响应", typhoon.subtitle());
    }

    @Test
    void rowsOfALabelledListStayApartAndInTheirArticle() {
        assertEquals(List.of("今天：多云，16℃～24℃，偏东风3—4级", "明天：阴有小雨，13℃～18℃，北风5—6级", "据悉，此次降雨过程将持续到本周末。"),
                issue.articles().get(0).paragraphs().subList(1, 4));
    }

    @Test
    void aNameCutAfterItsSurnameIsJoinedAndAClosingExhortationStaysInItsArticle() {
        List<String> paragraphs = articleTitled(issue, "iPhone 13要来了？二手市场先动起来").paragraphs();
        assertEquals("记者昨天走访发现，滨海电子市场的二手手机挂牌数量比上月增加了三成左右。市场负责人、原总经理杨守仁说，今年的行情比往年来得早。",
                paragraphs.get(0));
        assertEquals("警方提醒：凡是自称“客服”要求转账、提供验证码的，都是诈骗！", paragraphs.get(1));
        assertNull(articleTitled(issue, "iPhone 13要来了？二手市场先动起来").byline().organization());
    }

    @Test
    void aCommentarySignedAtItsEndIsAPieceOfItsOwnUnderItsColumnsName() {
        Article comment = articleTitled(issue, "莫让“僵尸车”占了停车位");
        assertEquals("今日快评", comment.kicker());
        assertEquals(List.of("黎明"), comment.byline().reporters());
        assertEquals(List.of("俞佳"), articleTitled(issue, "iPhone 13要来了？二手市场先动起来").byline().reporters());
    }

    @Test
    void whereTheReporterFiledFromIsNoNameAndASpacedNameEndingInWenIsOne() {
        assertEquals(List.of("谢文"), articleTitled(issue, "稳就业 保民生").byline().reporters());
    }

    @Test
    void anAnswerBrokenBeforeANumberIsJoinedAndALoneClosingQuoteTakesNothingAfterIt() {
        List<String> paragraphs = articleTitled(issue, "稳就业 保民生").paragraphs();
        assertEquals(List.of("记者：今年的就业形势怎么样？",
                "何志刚：我们实施了“万岗千企进校园”行动，截至目前已组织招聘活动860场，提供岗位21.5万个。我想对毕业生们说：“先就业再择业，基层同样大有可为。”",
                "记者：对于灵活就业人员，有哪些保障措施？"), paragraphs);
    }

    @Test
    void aCorrectionIsAPieceOfItsOwn() {
        assertEquals(1, articleTitled(issue, "更正").paragraphs().size());
    }

    @Test
    void aDatelineOfYesterdayIsTheDayBeforeTheIssue() {
        Byline typhoon = issue.articles().get(0).byline();
        assertEquals("昨天", typhoon.dateline());
        assertEquals(LocalDate.of(2022, 3, 18), typhoon.datelineDate());
    }
}
