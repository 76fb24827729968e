package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which paragraphs open with a credit, and what a signature or byline line names. */
class BylineParserTest {
    private final BylineParser bylines = new BylineParser();

    @Test
    void aWirePrefixAsLongAsItMayBeOpensWithACredit() {
        String outlet = "山".repeat(24) + "客户端" + "西".repeat(16);
        assertTrue(bylines.opensWithCredit(outlet + "电　记者张三报道"), "the prefix's last word at its longest reach");
        assertTrue(bylines.opensWithCredit(outlet + "消息　记者张三报道"));
        assertTrue(bylines.opensWithCredit("本报讯 记者张三报道"));
    }

    @Test
    void aParagraphWithoutAPrefixsLastWordWithinReachDoesNot() {
        assertFalse(bylines.opensWithCredit("山".repeat(24) + "客户端" + "西".repeat(17) + "电　记者张三报道"),
                "one character too far");
        assertFalse(bylines.opensWithCredit("今天上午，全省经济工作会议在太原召开。"));
    }

    @Test
    void aSourceInBracketsAfterTheLastSentenceIsNoSignature() {
        assertEquals(List.of(), bylines.parseSignature("文章转载时有删节。（解放日报）"));
        assertEquals(List.of(), bylines.parseSignature("全文到此结束。（全文完）"));
        assertEquals(List.of(), bylines.parseSignature("会场响起热烈的掌声。（掌声）"));
        assertEquals(List.of("李平"), bylines.parseSignature("让文明之花处处绽放。（李 平）"));
    }

    @Test
    void aReporterWhoseNameOpensWithWenKeepsItAfterTheWriterMark() {
        assertEquals(List.of("文静"), bylines.parseStandalone("文／文静").reporters());
        assertEquals(List.of("郭婷婷"), bylines.parseStandalone("文/图 本报记者 郭婷婷").reporters());
    }

    @Test
    void anAgencyAfterThePictureMarkIsNoName() {
        assertEquals(List.of(), bylines.parseStandalone("图／新华社").reporters());
    }
}
