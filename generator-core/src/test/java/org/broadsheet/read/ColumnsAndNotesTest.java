package org.broadsheet.read;

import static org.broadsheet.read.Fixtures.articleTitled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.model.Article;
import org.junit.jupiter.api.Test;

/** Column names and editor's notes where the page gives them no article of their own to read into. */
class ColumnsAndNotesTest {
    private static final String FIXTURE = "issues/2022-03-21-columns.txt";

    @Test
    void aColumnsNameAndItsNoteAtTheTopOfAPageGoToTheArticleUnderThem() throws Exception {
        Article first = Fixtures.issue(FIXTURE).articles().get(0);
        assertEquals("社区里的新变化", first.title());
        assertEquals("百姓关注", first.kicker());
        assertTrue(first.paragraphs().get(0).startsWith("编者按："), first.paragraphs().get(0));
    }

    @Test
    void aParagraphAboutTheEditorsMeetingIsNoEditorsNote() throws Exception {
        List<String> paragraphs = Fixtures.issue(FIXTURE).articles().get(0).paragraphs();
        assertEquals("编前会上，值班编辑介绍了今天的版面安排。", paragraphs.get(paragraphs.size() - 1));
    }

    @Test
    void aTitleEndingLikeAColumnsNameKeepsTheKickerAboveIt() throws Exception {
        Article profile = articleTitled(Fixtures.issue(FIXTURE), "奋战在一线");
        assertEquals("坚守岗位保平安", profile.kicker());
        assertEquals("——记杏花岭公安分局民警李四", profile.subtitle());
    }

    @Test
    void aNoteAtTheFootOfAPageStaysInTheArticleAboveIt() throws Exception {
        ReadResult result = Fixtures.read(FIXTURE);
        Article trees = articleTitled(result.archive().issues().get(0), "全市春季植树活动启动");
        assertTrue(trees.paragraphs().get(trees.paragraphs().size() - 1).startsWith("编者按："));
        assertEquals("市民争当“护绿员”", result.archive().issues().get(0).articles().get(3).title());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void aNoteWithNoArticleToGoToIsKeptWithAWarningAtItsLine() throws Exception {
        ReadResult result = Fixtures.read("issues/2022-03-22-note-alone.txt");
        assertEquals(2, result.archive().issues().get(0).articles().size());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(3, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().contains("编者按"), result.problems().get(0).message());
    }

    @Test
    void aDatelineGivingOnlyTheDayIsThatDayOfTheIssuesMonth() throws Exception {
        Article last = Fixtures.issue(FIXTURE).articles().get(3);
        assertEquals("20日", last.byline().dateline());
        assertEquals(java.time.LocalDate.of(2022, 3, 20), last.byline().datelineDate());
    }
}
