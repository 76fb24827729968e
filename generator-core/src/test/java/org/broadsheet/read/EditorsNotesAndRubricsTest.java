package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.model.Article;
import org.junit.jupiter.api.Test;

/**
 * An editor's note (编者按) printed above a headline belongs to the article under it, and a column's name above
 * a title is the title's kicker.
 */
class EditorsNotesAndRubricsTest {
    private static final String FIXTURE = "issues/2022-03-12-editors-notes.txt";

    @Test
    void aNoteBeforeTheIssuesFirstHeadlineOpensThatArticleAndIsNoUntitledArticle() throws Exception {
        ReadResult result = Fixtures.read(FIXTURE);
        List<Article> articles = result.archive().issues().get(0).articles();
        assertEquals("以实干实绩开创新局", articles.get(0).title());
        assertTrue(articles.get(0).paragraphs().get(0).startsWith("编者按："), articles.get(0).paragraphs().get(0));
        assertEquals(List.of("刘明"), articles.get(0).byline().reporters());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
    }

    @Test
    void aNoteBetweenTwoArticlesGoesToTheOneBelowIt() throws Exception {
        List<Article> articles = Fixtures.issue(FIXTURE).articles();
        Article before = articles.get(1);
        Article after = articles.get(2);
        assertEquals("截至2月底，全市已建成5G基站1.2万个。", before.paragraphs().get(before.paragraphs().size() - 1));
        assertTrue(after.paragraphs().get(0).startsWith("【编者按】"), after.paragraphs().get(0));
        assertFalse(after.paragraphs().get(1).contains("编者按"));
    }

    @Test
    void aColumnsNameAboveATitleIsItsKicker() throws Exception {
        List<Article> articles = Fixtures.issue(FIXTURE).articles();
        assertEquals("【奋进新征程 建功新时代】", articles.get(1).kicker());
        assertEquals("5G+工业互联网赋能传统产业", articles.get(1).title());
        assertNull(articles.get(1).subtitle());
        Article comment = articles.get(3);
        assertEquals("短评", comment.kicker());
        assertEquals("让绿色成为发展底色", comment.title());
    }

    @Test
    void aColumnsNameOverAThreeLineHeadlineLeadsItsKicker() throws Exception {
        Article feature = Fixtures.articleTitled(Fixtures.issue(FIXTURE), "“一件事一次办”跑出审批加速度");
        assertEquals("营商环境面对面 政务服务再提速", feature.kicker());
        assertEquals("——市政务服务中心见闻", feature.subtitle());
        assertEquals(List.of("孙晓燕"), feature.byline().reporters());
    }

    @Test
    void aPieceSignedWithAPenNameEndsThereAndTakesNothingAfterIt() throws Exception {
        Article comment = Fixtures.articleTitled(Fixtures.issue(FIXTURE), "让绿色成为发展底色");
        assertEquals(List.of("推动绿色发展，是实现高质量发展的必然要求。（汾河）"), comment.paragraphs());
    }
}
