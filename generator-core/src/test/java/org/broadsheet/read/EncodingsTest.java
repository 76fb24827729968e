package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.broadsheet.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
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
}
