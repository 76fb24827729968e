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
 * A notices page (notices signed and dated, contact lines, a law column with 【案情】 sections) and a literary
 * page whose poem's last short lines stand right above the next piece's title.
 */
class NoticesAndVerseTest {
    private static Issue issue;

    @BeforeAll
    static void read() throws Exception {
        issue = Fixtures.issue("issues/2022-03-17-notices-verse.txt");
    }

    @Test
    void everyNoticeColumnAndPoemIsAnArticleUnderItsOwnTitle() {
        assertEquals(List.of("关于迎泽大桥维修期间交通管制的通告", "国有建设用地使用权挂牌出让公告", "网购“七天无理由退货”被拒怎么办", "灯",
                "读《平凡的世界》"), Fixtures.titles(issue));
    }

    @Test
    void theIssuerPrintedAboveANoticesTitleIsItsKicker() {
        assertEquals("太原市公安局交通警察支队", articleTitled(issue, "关于迎泽大桥维修期间交通管制的通告").kicker());
    }

    @Test
    void aNoticeAfterTheDateThatSignsTheOneBeforeStartsAnew() {
        Article before = articleTitled(issue, "关于迎泽大桥维修期间交通管制的通告");
        assertEquals("2022年3月16日", before.paragraphs().get(before.paragraphs().size() - 1));
    }

    @Test
    void contactLinesAreANoticesTextNotAHeadline() {
        Article sale = articleTitled(issue, "国有建设用地使用权挂牌出让公告");
        assertNull(sale.subtitle());
        assertEquals(List.of("联系电话：0351-4012345", "联系人：王先生", "太原市规划和自然资源局", "2022年3月16日"),
                sale.paragraphs().subList(1, 5));
    }

    @Test
    void aBylineOverBracketedSectionsHeadsTheColumnsArticle() {
        Article column = articleTitled(issue, "网购“七天无理由退货”被拒怎么办");
        assertEquals("以案说法", column.kicker());
        assertEquals(List.of("杨帆", "李法轩"), column.byline().reporters());
        assertEquals("【案情】", column.paragraphs().get(0));
    }

    @Test
    void thePoemsLastLinesStayInThePoemAndTheEssayKeepsItsTitleAlone() {
        Article poem = articleTitled(issue, "灯");
        assertEquals(List.of("夜深了", "窗外的灯一盏盏熄灭", "只剩下一盏", "又只剩下灯", "和他"), poem.paragraphs());
        Article essay = articleTitled(issue, "读《平凡的世界》");
        assertNull(essay.kicker());
        assertNull(essay.subtitle());
    }
}
