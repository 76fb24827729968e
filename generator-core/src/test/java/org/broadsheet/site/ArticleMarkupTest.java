package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.broadsheet.model.Archive;
import org.broadsheet.model.ArchiveSettings;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.render.Theme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose seed gave markup is shown as its sanitised HTML; an issue that names its printed pages
 * groups its table of contents by page.
 */
class ArticleMarkupTest {
    @TempDir
    Path temp;

    @Test
    void sanitisedHtmlIsShownAsMarkupAndPagesGroupTheContents() throws Exception {
        Page front = new Page("01", "要闻");
        Page second = new Page("02", null);
        Byline byline = new Byline("本报讯", null, List.of("周安"), null, null);
        Article marked = new Article("2023-05-06-1", front, null, "有格式的文章", null, byline,
                List.of("第一段有强调。"), "<p>第一段有<strong>强调</strong>。</p>");
        Article plain = new Article("2023-05-06-2", second, null, "第二版文章", null, Byline.NONE, List.of("正文"), null);
        Issue issue = new Issue("2023-05-06", "a.md", LocalDate.of(2023, 5, 6), false, "测试报", null,
                List.of(marked, plain));
        Archive archive = new Archive(ArchiveSettings.defaults(), List.of(issue));
        Path out = temp.resolve("site");
        new SiteBuilder(Theme.of(null)).build(archive, out);

        Document article = Jsoup.parse(out.resolve("2023/05/06/1.html").toFile(), "UTF-8");
        assertEquals("强调", article.select(".story-body strong").text());
        Document contents = Jsoup.parse(out.resolve("2023/05/06/index.html").toFile(), "UTF-8");
        assertEquals(List.of("01版：要闻", "02版"), contents.select(".page-label").eachText());
        assertTrue(Files.exists(out.resolve("reporters/周安/index.html")));
    }
}
