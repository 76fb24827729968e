package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
