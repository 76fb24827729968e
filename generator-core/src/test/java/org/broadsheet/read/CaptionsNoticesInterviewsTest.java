package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pieces of a page that are not reports opening with 本报讯: a picture story credited to its photographer, a
 * caption ending in one, a government notice with its signature, an interview under a byline line.
 */
class CaptionsNoticesInterviewsTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("issues/2022-03-11-notices.txt");
    }

    @Test
    void everyPieceOfThePageIsAnArticleOfItsOwn() {
        assertEquals(List.of("春风送暖 龙城处处涌动生机", "关于做好2022年春季森林防火工作的通告", "专访市人大代表李明",
                "图片新闻", "书香润龙城"), Fixtures.titles(issue));
    }

    @Test
    void aPictureStoryIsCreditedToItsPhotographerAndItsCreditLineHeadsNothing() {
        Article picture = Fixtures.articleTitled(issue, "图片新闻");
        assertEquals(List.of("李贺"), picture.byline().reporters());
        assertEquals("新华社记者 李贺 摄", picture.paragraphs().get(picture.paragraphs().size() - 1));
        Article next = Fixtures.articleTitled(issue, "书香润龙城");
        assertNull(next.kicker());
        assertEquals(List.of("王建国"), next.byline().reporters());
    }

    @Test
    void aCaptionEndingInACreditAddsThePhotographerButASentenceAboutPhotographingDoesNot() {
        Article report = issue.articles().get(0);
        assertEquals(List.of("张丽", "周文"), report.byline().reporters());
        assertEquals(3, report.paragraphs().size());
    }

    @Test
    void aNoticesLeadInSentenceIsItsTextNotASubtitleAndItsSignatureStaysWithIt() {
        Article notice = Fixtures.articleTitled(issue, "关于做好2022年春季森林防火工作的通告");
        assertNull(notice.subtitle());
        assertTrue(notice.paragraphs().get(0).endsWith("现就有关事项通告如下："), notice.paragraphs().get(0));
        assertEquals(List.of("太原市人民政府", "2022年3月10日"),
                notice.paragraphs().subList(notice.paragraphs().size() - 2, notice.paragraphs().size()));
    }

    @Test
    void anInterviewUnderABylineLineStartsWithTheFirstQuestion() {
        Article interview = Fixtures.articleTitled(issue, "专访市人大代表李明");
        assertEquals("发展数字经济正当其时", interview.subtitle());
        assertEquals(List.of("赵强"), interview.byline().reporters());
        assertEquals("记者：您今年带来了哪些建议？", interview.paragraphs().get(0));
        assertEquals(4, interview.paragraphs().size());
    }
}
