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
 * Bylines printed on a line of their own under the headline, in the forms papers use, and the notes and
 * signatures that close an article.
 */
class BylineLinesTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("bylines/2022-03-14-lines.txt");
    }

    private static List<String> reporters(String title) {
        return articleTitled(issue, title).byline().reporters();
    }

    @Test
    void everyArticleKeepsItsOwnTitleAndNoBylineOrNoteBecomesAHeadline() {
        assertEquals(List.of("全国人大代表热议政府工作报告", "古城春色", "老街巷里的烟火气", "新春走基层", "奋斗的青春最美丽",
                "坚定信心 稳中求进", "外婆的菜园", "让文明之花处处绽放"), Fixtures.titles(issue));
        for (Article article : issue.articles()) {
            assertNull(article.subtitle(), article.title());
            assertNull(article.kicker(), article.title());
        }
    }

    @Test
    void anAgencysReportersAreItsReportersAndTheAgencyItsOrganisation() {
        assertEquals(List.of("高文斌", "李晓晴"), reporters("全国人大代表热议政府工作报告"));
        assertEquals("新华社", articleTitled(issue, "全国人大代表热议政府工作报告").byline().organization());
    }

    @Test
    void wordsBesideTheNamesSayingWhatThePieceIsAreNoNames() {
        assertEquals(List.of("郭婷婷"), reporters("古城春色"));
        assertEquals(List.of("郭婷婷"), reporters("老街巷里的烟火气"));
        assertNull(articleTitled(issue, "老街巷里的烟火气").byline().organization());
        assertEquals(List.of("王磊", "李四", "王五"), reporters("新春走基层"));
    }

    @Test
    void aNameSpacedOutToThreeCharactersIsOneName() {
        assertEquals(List.of("郝帅"), reporters("奋斗的青春最美丽"));
    }

    @Test
    void aCommentatorsNameAndABareNameUnderTheTitleAreTheAuthors() {
        assertEquals(List.of("高建华"), reporters("坚定信心 稳中求进"));
        assertEquals(List.of("王晓东"), reporters("外婆的菜园"));
        assertEquals("外婆的菜园不大，却种满了四季的蔬菜。每到夏天，黄瓜、豆角挂满了架子。",
                articleTitled(issue, "外婆的菜园").paragraphs().get(0));
    }

    @Test
    void aSourceOrAuthorNoteOnItsOwnLineStaysAtTheEndOfItsArticle() {
        List<String> paragraphs = articleTitled(issue, "古城春色").paragraphs();
        assertEquals("（本报综合）", paragraphs.get(paragraphs.size() - 1));
        List<String> essay = articleTitled(issue, "奋斗的青春最美丽").paragraphs();
        assertEquals("（作者单位：太原市委党校）", essay.get(essay.size() - 1));
    }

    @Test
    void aPieceSignedByNamesAloneIsTheirsEvenWithTheEditorsCreditAfterIt() {
        assertEquals(List.of("李平"), reporters("让文明之花处处绽放"));
    }
}
