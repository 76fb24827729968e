package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.broadsheet.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The same issue saved in each encoding and line-end style reads to the same model. */
class EncodingsTest {
    @ParameterizedTest
    @ValueSource(strings = {"utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt", "gb18030.txt", "gbk-crlf.txt",
            "utf8-cr.txt"})
    void issueReadsTheSameWhateverTheEncodingAndLineEnds(String file) throws Exception {
        List<Article> articles = Fixtures.issue("encodings/" + file).articles();
        assertEquals(1, articles.size());
        Article article = articles.get(0);
        assertEquals("我市新建公园二十个", article.title());
        assertEquals(List.of("张丽"), article.byline().reporters());
        assertEquals(List.of("本报讯（记者 张丽）3月1日，我市今年将新建公园二十个，让市民出门见绿。"), article.paragraphs());
    }

    @Test
    void gbkIssueWithALineThatHappensToBeValidUtf8IsStillGbk() throws Exception {
        // A section numbered by a lone 一 (D2 BB in GBK) is well-formed UTF-8 by chance; the issue is not a mix.
        ReadResult result = Fixtures.read("encodings/gbk-short-lines.txt");
        assertEquals(List.of(), result.errors());
        Article article = result.archive().issues().get(0).articles().get(0);
        assertEquals("我市推进老旧小区改造", article.title());
        String text = String.join("\n", article.paragraphs());
        assertTrue(text.contains("一"), text);
        assertTrue(text.contains("改造坚持先地下后地上"), text);
    }

    /** An issue cut short in its last character (line 11): a GBK one where GB18030 breaks, a UTF-8 one as cut. */
    @ParameterizedTest
    @CsvSource({"gbk-cut-short.txt, GB18030", "utf8-crlf-cut-short.txt, cut short"})
    void issueCutShortInACharacterIsRefusedAtItsLastLine(String file, String saying) throws Exception {
        List<Problem> errors = Fixtures.read("encodings/" + file).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(11, errors.get(0).line(), errors.toString());
        assertTrue(errors.get(0).message().contains(saying), errors.get(0).message());
    }

    @Test
    void traditionalChineseIssueInBig5ReadsAsItsCharacters() throws Exception {
        // GB18030 decodes Big5 bytes without an error, into kana and rare characters: not text, so Big5 is tried.
        Article article = Fixtures.issue("encodings/big5.txt").articles().get(0);
        assertEquals("本市新建公園二十個", article.title());
        assertEquals(List.of("張麗"), article.byline().reporters());
        String text = String.join("\n", article.paragraphs());
        assertTrue(text.contains("讓市民出門見綠。這是市政府為民辦實事"), text);
        assertTrue(text.endsWith("市民可以就近休閒健身。"), text);
    }
}
