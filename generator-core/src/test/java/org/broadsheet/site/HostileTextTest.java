package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Seed text that looks like markup ({@code hostile.txt} in the test archive) shows as text: it never becomes
 * an element, a script, a comment, or the end of the JSON-LD block.
 */
class HostileTextTest {
    private final Path site = SampleSite.atRoot();

    @Test
    void markupInAnArticleShowsAsTextAndRunsNothing() throws Exception {
        Document page = Jsoup.parse(site.resolve("2020/01/01/1.html").toFile(), "UTF-8");
        for (Element script : page.select("script")) {
            assertEquals("application/ld+json", script.attr("type"), "the only script is the JSON-LD");
        }
        assertEquals(0, page.select("main img, main b, [onerror]").size(), "no element comes from seed text");
        String body = page.select(".story-body").text();
        assertTrue(body.contains("<script>alert(1)</script>"), body);
        assertTrue(body.contains("<b>粗体</b>、&amp;、& 符号、\"双引号\"和'单引号'"), body);
        assertTrue(body.contains("<!-- 注释 -->") && body.contains("<img src=x onerror=alert(2)>"), body);
        assertTrue(page.select("h1").text().contains("<!-- 注释 -->"), "a comment in a title is text");
    }

    @Test
    void jsonLdKeepsClosingTagsInsideTheString() throws Exception {
        String html = Files.readString(site.resolve("2020/01/01/1.html"));
        int start = html.indexOf("<script type=\"application/ld+json\">");
        String json = html.substring(start, html.indexOf("</script>", start));
        json = json.substring(json.indexOf('>') + 1);
        assertTrue(!json.contains("<") && !json.contains(">"), "no raw angle bracket in JSON-LD: " + json);
        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("NewsArticle", parsed.get("@type").getAsString());
        assertTrue(parsed.get("description").getAsString().contains("</script>"), "the text survives as data");
    }

    @Test
    void hostileTextInListsAndTheFeedIsEscapedToo() throws Exception {
        Document issue = Jsoup.parse(site.resolve("2020/01/01/index.html").toFile(), "UTF-8");
        assertTrue(issue.select(".toc").text().contains("<!-- 注释 -->"));
        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains("&lt;!-- 注释 --&gt;"), "the feed escapes markup in titles");
    }
}
