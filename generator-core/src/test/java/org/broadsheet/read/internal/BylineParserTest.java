package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which paragraphs open with a credit, at the longest a wire prefix may be and just past it. */
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
}
