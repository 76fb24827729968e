package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dump without blank lines, its paragraphs hard-wrapped and indented with full-width spaces, bylines on
 * lines of their own and a source line closing a reprinted article.
 */
class WrappedIssueTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("issues/2022-03-04-wrapped.txt");
    }

    @Test
    void bothArticlesAreFoundAndTheSourceLineStaysWithTheArticleItCloses() {
        assertEquals(List.of("春耕生产有序推进", "让群众过上更好的日子"), Fixtures.titles(issue));
        Article first = issue.articles().get(0);
        assertEquals("《 人民日报 》（ 2022年03月04日 01 版）", first.paragraphs().get(first.paragraphs().size() - 1));
    }

    @Test
    void hardWrappedLinesAreJoinedIntoTheirParagraph() {
        assertEquals("眼下，全国春耕生产由南向北陆续展开，各地抢抓农时，推进春耕备耕工作。农业农村部有关负责人表示，今年春播粮食面积稳中有增。",
                issue.articles().get(0).paragraphs().get(0));
    }

    @Test
    void bylineLinesNameTheirReportersButNotTheirRole() {
        assertEquals(List.of("李心萍"), issue.articles().get(0).byline().reporters());
        assertEquals(List.of("王一鸣"), issue.articles().get(1).byline().reporters());
    }
}
