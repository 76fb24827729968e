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
}
