package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewsTextTest {
    /** {@code count} characters of running text with no colon or book title mark in them. */
    private static String prose(int count) {
        String sentence = "全市各地加快推进项目建设进度确保按期完工";
        StringBuilder text = new StringBuilder();
        while (text.length() < count) {
            text.append(sentence);
        }
        return text.substring(0, count);
    }

    @Test
    void creditAndSourceLinesAreCreditLines() {
        assertTrue(NewsText.isCreditLine("责任编辑：王晓明"));
        assertTrue(NewsText.isCreditLine("（本版编辑: 李 华）"));
        assertTrue(NewsText.isCreditLine("摄影：Zhang Wei"));
        assertFalse(NewsText.isCreditLine("Photo: Zhang Wei"), "no credit word before the colon");
        assertTrue(NewsText.isCreditLine("（完）"));
        assertTrue(NewsText.isCreditLine("(未完待续)"));
        assertTrue(NewsText.isCreditLine("《经济日报》（2022年03月04日 05 版）"));
    }

    @Test
    void aCreditLineHoldsAtMostFortyCharactersAfterItsColon() {
        assertTrue(NewsText.isCreditLine("编辑：" + prose(40)));
        assertTrue(NewsText.isCreditLine("责任编辑 ：" + prose(40)));
        assertFalse(NewsText.isCreditLine("编辑：" + prose(41)));
        assertFalse(NewsText.isCreditLine("编辑：" + prose(200)));
    }

    @Test
    void aParagraphWithAColonNearItsEndIsNotACreditLine() {
        assertFalse(NewsText.isCreditLine(prose(120) + "，他说：" + prose(20) + "。"));
        assertFalse(NewsText.isCreditLine(prose(120) + "。"));
        assertFalse(NewsText.isCreditLine("完"));
        assertFalse(NewsText.isCreditLine(prose(30) + "《山西日报》" + prose(30) + "。"));
    }

    @Test
    void aDateAloneOnALineIsNoHeadline() {
        assertFalse(NewsText.isHeadlineLike("2022年3月10日"));
        assertFalse(NewsText.isHeadlineLike("二〇二二年三月十日"));
        assertFalse(NewsText.isHeadlineLike("2022年3月10日 星期四"));
        assertFalse(NewsText.isHeadlineLike("2022-03-10"));
        assertTrue(NewsText.isHeadlineLike("3月10日起太原地铁延长运营时间"));
        assertTrue(NewsText.isHeadlineLike("2022年全市经济运行平稳"));
    }

    @Test
    void anInterviewersQuestionIsAQuestionAndAQuotedHeadlineIsNot() {
        assertTrue(NewsText.isQuestion("记者：您今年带来了哪些建议？"));
        assertTrue(NewsText.isQuestion("问：新政策何时实施?"));
        assertFalse(NewsText.isQuestion("李明：发展数字经济正当其时"));
    }

    @Test
    void theTitleOfANoticeIsAnOfficialTitle() {
        assertTrue(NewsText.isOfficialTitle("关于做好2022年春季森林防火工作的通告"));
        assertTrue(NewsText.isOfficialTitle("太原市人民政府公告"));
        assertFalse(NewsText.isOfficialTitle("我市发布春季森林防火通告，禁止野外用火"));
        assertFalse(NewsText.isOfficialTitle("森林防火进入关键期"));
    }

    @Test
    void aColumnsNameIsNoBylineAndCompoundSurnamesAreNames() {
        assertFalse(NewsText.isStandaloneByline("记者手记"));
        assertTrue(NewsText.isStandaloneByline("本报记者 王磊"));
        assertTrue(NewsText.isStandaloneByline("本报实习生 王五"));
        assertTrue(NewsText.isStandaloneByline("本报融媒体记者 张三"));
        assertTrue(NewsText.isBareName("上官明"));
        assertTrue(NewsText.isBareName("诸葛亮"));
        assertFalse(NewsText.isBareName("春之歌"));
    }
}
