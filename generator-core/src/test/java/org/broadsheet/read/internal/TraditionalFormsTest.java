package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.broadsheet.model.Article;
import org.junit.jupiter.api.Test;

/** Words written in simplified characters read the same words printed in traditional ones, and only those. */
class TraditionalFormsTest {
    private final BylineParser bylines = new BylineParser();

    @Test
    void aPatternMatchesEitherFormOutsideAndInsideBrackets() {
        Pattern role = Pattern.compile(TraditionalForms.either("(?:记者|通讯员)[\\s\\u3000]?[^（）]{2,3}"));
        assertTrue(role.matcher("记者 张丽").matches());
        assertTrue(role.matcher("記者 張麗").matches());
        assertTrue(role.matcher("通訊員\u3000王五").matches());
        assertFalse(role.matcher("作者 張麗").matches());
        assertTrue(Pattern.compile(TraditionalForms.either("第[一二部分章节]")).matcher("第節").matches());
        assertEquals("本报", TraditionalForms.simplified("本報"));
        assertEquals("張麗", TraditionalForms.simplified("張麗"), "names are not converted");
    }

    @Test
    void traditionalCreditsGiveTheirReportersOrganisationAndDateline() {
        BylineParser.Head wire = bylines.parseHead("新華社北京3月4日電（記者 王琦 劉奕湛）中國人民政治協商會議開幕。");
        assertEquals("新華社北京3月4日電", wire.prefix());
        assertEquals("新華社", wire.organization());
        assertEquals(List.of("王琦", "劉奕湛"), wire.reporters());
        assertEquals("3月4日", wire.dateline());
        BylineParser.Head own = bylines.parseHead("本報訊（記者 張麗 通訊員 李華）3月1日，本市今年將新建公園二十個。");
        assertEquals(null, own.organization(), "本報 is the paper itself");
        assertEquals(List.of("張麗", "李華"), own.reporters());
        assertEquals(List.of("劉瑞強"), bylines.parseSignature("市民可以就近休閒健身。（記者 劉瑞強）"));
    }

    @Test
    void traditionalCreditLinesAndLeadInsAreKnown() {
        assertTrue(NewsText.isCreditLine("（責任編輯：孫麗）"));
        assertTrue(NewsText.isCreditLine("（未完待續）"));
        assertTrue(NewsText.isStandaloneByline("本報記者 張麗"));
        HeadlineRoles.Headline headline = HeadlineRoles.assign(List.of("習近平在會議上強調", "堅持穩中求進"));
        assertEquals("習近平在會議上強調", headline.kicker());
        assertEquals("堅持穩中求進", headline.title());
    }

    @Test
    void markdownAndWebPageLabelsReadInTraditionalCharacters() {
        Article markdown = Fixtures.articles("markdown/traditional.md").get(0);
        assertEquals("春耕備耕進度過半", markdown.title());
        assertEquals("市農業農村局通報", markdown.kicker());
        assertEquals("全市農資供應充足", markdown.subtitle());
        assertEquals(List.of("李明"), markdown.byline().reporters());
        Article page = Fixtures.articles("html/traditional.htm").get(0);
        assertEquals("一季度外貿數據發布", page.kicker());
        assertEquals("進出口總額同比增長百分之十", page.title());
        assertEquals("民營企業成為主力軍", page.subtitle());
        assertEquals(List.of("陳靜", "劉洋"), page.byline().reporters(), "來源： is a label, not a name");
    }
}
