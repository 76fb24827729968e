package org.broadsheet.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's description: white space folded as a pattern would, cut to what search engines show. */
class SiteContextTest {
    private static final List<String> TEXTS = List.of("", " ", "记者 杨文", "  前后  ", "\t制表\t\t符", "回车\r\n换行",
            "纵向\u000B制表\f换页", "全角\u3000空格\u3000\u3000两个", "不换行\u00A0空格", "𠮷野家 开店  ", "\n\n", "a b  c\t \nd",
            "结尾 ", " 开头");

    @Test
    void runsOfWhiteSpaceCollapseExactlyAsTheJavaPatternWould() {
        for (String text : TEXTS) {
            assertEquals(text.replaceAll("\\s+", " "), SiteContext.collapseSpaces(text), "'" + text + "'");
        }
    }

    @Test
    void aShortDescriptionIsKeptWholeAndStrippedAndALongOneIsCutAtACharacterWithAnEllipsis() {
        assertEquals("记者 杨文", SiteContext.shorten("\n记者\t\t杨文\u3000"));
        String long1 = "𠮷".repeat(200);
        String cut = SiteContext.shorten(long1);
        assertEquals(120, cut.codePointCount(0, cut.length()));
        assertEquals("𠮷".repeat(119) + "…", cut);
        assertEquals(cut, SiteContext.shorten(cut), "shortening twice changes nothing");
        assertEquals("", SiteContext.shorten(null));
    }
}
