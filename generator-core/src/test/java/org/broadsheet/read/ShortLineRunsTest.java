package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.Test;

/** Short lines in a row inside an article (a table, a list, verse) are its text, not the next article's headline. */
class ShortLineRunsTest {
    @Test
    void aTableOfFourShortRowsStaysInItsArticleAndTheNextArticleIsStillFound() throws Exception {
        Issue issue = Fixtures.issue("issues/2022-03-06-table.txt");
        assertEquals(List.of("全省天气预报", "春风送暖"), Fixtures.titles(issue));
        Article weather = issue.articles().get(0);
        assertEquals(List.of("城市 天气 气温", "太原 小雨 2℃～9℃", "大同 雨夹雪 -3℃～4℃", "运城 小雨 5℃～13℃"),
                weather.paragraphs().subList(1, 5));
        assertEquals(6, weather.paragraphs().size());
        assertEquals("——写在惊蛰时节", issue.articles().get(1).subtitle());
    }

    @Test
    void aTableAfterAParagraphEndingInAColonStaysInItsArticle() throws Exception {
        Issue issue = Fixtures.issue("issues/2022-03-13-tables.txt");
        Article weather = Fixtures.articleTitled(issue, "全省迎来新一轮降水");
        assertEquals(List.of("城市 天气 气温", "太原 小雨 2℃～9℃", "大同 雨夹雪 -3℃～4℃", "气象部门提醒，请公众注意防寒保暖。"),
                weather.paragraphs().subList(1, 5));
    }

    @Test
    void twoRowsOfCellsAreATableNotAHeadlineEvenWithoutAColonBeforeThem() throws Exception {
        Issue issue = Fixtures.issue("issues/2022-03-13-tables.txt");
        assertEquals(List.of("全省迎来新一轮降水", "春耕备耕有序推进", "马拉松赛事报名启动"), Fixtures.titles(issue));
        Article farming = Fixtures.articleTitled(issue, "春耕备耕有序推进");
        assertEquals(List.of("区县 面积 进度", "清徐 12万亩 八成", "阳曲 8万亩 六成"), farming.paragraphs().subList(1, 4));
        assertEquals("迎泽 900人 22%", farming.paragraphs().get(farming.paragraphs().size() - 1));
        assertNull(Fixtures.articleTitled(issue, "马拉松赛事报名启动").kicker());
    }

    @Test
    void aHeadlineWithASubtitleMarkKeepsItsThreeLinesOverMoreShortLines() throws Exception {
        Article first = Fixtures.issue("issues/2022-03-23-headlines.txt").articles().get(0);
        assertEquals("春风送暖", first.kicker());
        assertEquals("城乡同奔好日子", first.title());
        assertEquals("——记全市春耕备耕", first.subtitle());
    }
}
