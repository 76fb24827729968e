package org.broadsheet.read;

import static org.broadsheet.read.Fixtures.articleTitled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The small pieces a city page prints between its reports: a weather box, a readers' hotline, a picture story
 * under a column name, a cartoon with its artist; and prose that only looks short.
 */
class BoxesAndCaptionsTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("issues/2022-03-16-boxes.txt");
    }

    @Test
    void eachBoxAfterASignedReportIsAPieceOfItsOwn() {
        assertEquals(List.of("便民服务进社区", "今日天气", "市民热线", "春光正好 踏青赏花", "不文明停车何时休？", "车间里的老师傅",
                "山西队主场险胜辽宁队"), Fixtures.titles(issue));
    }

    @Test
    void aWeatherBoxOfShortLinesHasItsNameForTitleAndTheLinesForText() {
        Article weather = articleTitled(issue, "今日天气");
        assertNull(weather.subtitle());
        assertEquals(4, weather.paragraphs().size());
        assertEquals("今天白天：晴，南风2级，4℃～17℃", weather.paragraphs().get(0));
    }

    @Test
    void aQuestionUnderABoxNameIsItsTextNotItsSubtitle() {
        Article hotline = articleTitled(issue, "市民热线");
        assertNull(hotline.subtitle());
        assertEquals("问：我家孩子今年9月上小学，什么时候开始网上报名？", hotline.paragraphs().get(0));
    }

    @Test
    void aPictureStoryColumnIsTheKickerOfThePicturesTitle() {
        assertEquals("图片新闻", articleTitled(issue, "春光正好 踏青赏花").kicker());
    }

    @Test
    void aCartoonIsCreditedToItsArtist() {
        assertEquals(List.of("王强"), articleTitled(issue, "不文明停车何时休？").byline().reporters());
    }

    @Test
    void proseTrailingOffInAnEllipsisStaysInItsStory() {
        Article story = articleTitled(issue, "车间里的老师傅");
        assertEquals(3, story.paragraphs().size());
        assertEquals("那一刻，整个车间安静极了……", story.paragraphs().get(1));
    }

    @Test
    void aLineOfScoresIsNotJoinedToTheLineAfterIt() {
        List<String> paragraphs = articleTitled(issue, "山西队主场险胜辽宁队").paragraphs();
        assertEquals("各节比分：27∶25 22∶28 30∶21 23∶24", paragraphs.get(1));
        assertEquals("CBA第33轮其他赛果", paragraphs.get(2));
    }
}
