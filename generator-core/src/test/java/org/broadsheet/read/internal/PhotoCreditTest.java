package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhotoCreditTest {
    private final BylineParser bylines = new BylineParser();

    @Test
    void namesFollowedByThePhotographedMarkAreAPhotographersCredit() {
        assertTrue(PhotoCredit.isLine("本报记者 周文 摄"));
        assertTrue(PhotoCredit.isLine("新华社记者　李贺　摄"));
        assertTrue(PhotoCredit.isLine("（王芳 摄影）"));
        assertTrue(PhotoCredit.isLine("本報記者 周文 攝"));
        assertTrue(NewsText.isCreditLine("本报记者 周文 通讯员 李华 摄"));
        assertFalse(NewsText.isHeadlineLike("本报记者 周文 摄"));
    }

    @Test
    void aSentenceThatEndsInPhotographingIsNoCredit() {
        assertFalse(PhotoCredit.isLine("市民争相拍摄"));
        assertNull(PhotoCredit.ending("一位摄影爱好者用相机记录下这一幕，并进行拍摄"));
        assertNull(PhotoCredit.ending("记者在现场看到工作人员正在拍摄"));
    }

    @Test
    void theCreditAtTheEndOfACaptionNamesItsPhotographers() {
        assertEquals(List.of("周文"), bylines.parseSignature("图为市民在公园游览。 本报记者 周文 摄"));
        assertEquals(List.of("周文", "李华"), bylines.parseSignature("图为工人检修线路。本报记者 周文 通讯员 李华 摄"));
        assertEquals(List.of("王芳"), bylines.parseSignature("图为孩子们在放风筝。（王芳 摄）"));
        assertEquals(List.of(), bylines.parseSignature("图为孩子们在放风筝。"));
    }

    @Test
    void aShortCaptionRunningIntoTheCreditGivesNoName() {
        assertEquals(List.of("王强"), bylines.parseSignature("春到太行 王强 摄"));
        assertEquals(List.of("周文"), bylines.parseSignature("救援现场 周文 摄"));
        assertEquals(List.of("王强"), bylines.parseSignature("漫画 王 强 作"));
        assertEquals(List.of("辜鹏博"), bylines.parseSignature("本报记者 辜鹏博 摄"), "after a role, any name");
    }
}
