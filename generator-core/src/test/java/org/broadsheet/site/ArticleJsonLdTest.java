package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What search engines read of an article (its schema.org {@code NewsArticle}) says what the page shows: the
 * headline, the reporters, the date, the page's own address and the issue it belongs to.
 */
class ArticleJsonLdTest {
    private final Path site = SampleSite.atRoot();

    @Test
    void everyArticlesJsonLdAgreesWithWhatItsPageShows() throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            // Article pages are numbered files in an issue's folder; 404.html at the root is not one.
            pages = files.filter(f -> f.getFileName().toString().matches("\\d+\\.html")
                    && site.relativize(f).getNameCount() > 1).toList();
        }
        assertFalse(pages.isEmpty(), "the sample site has article pages");
        for (Path file : pages) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            Element script = page.selectFirst("script[type=application/ld+json]");
            assertTrue(script != null, "no JSON-LD in " + file);
            JsonObject json = JsonParser.parseString(script.data()).getAsJsonObject();
            String canonical = page.selectFirst("link[rel=canonical]").attr("href");
            page.setBaseUri(canonical);

            assertEquals("NewsArticle", json.get("@type").getAsString(), file.toString());
            assertEquals(page.selectFirst("h1").text(), json.get("headline").getAsString(), file.toString());
            assertEquals(canonical, json.get("url").getAsString(), file.toString());
            assertEquals(canonical, json.get("mainEntityOfPage").getAsString(), file.toString());
            assertEquals(page.selectFirst("meta[name=description]").attr("content"),
                    json.get("description").getAsString(), file.toString());
            List<String> shownReporters = page.select(".byline a").eachText();
            List<String> authors = new ArrayList<>();
            if (json.has("author")) {
                for (JsonElement author : json.getAsJsonArray("author")) {
                    assertEquals("Person", author.getAsJsonObject().get("@type").getAsString());
                    authors.add(author.getAsJsonObject().get("name").getAsString());
                }
            }
            assertEquals(shownReporters, authors, "authors of " + file);
            Element time = page.selectFirst(".story-meta time");
            if (time != null) {
                assertEquals(time.attr("datetime"), json.get("datePublished").getAsString(), file.toString());
            }
            JsonObject issue = json.getAsJsonObject("isPartOf");
            assertEquals("PublicationIssue", issue.get("@type").getAsString());
            assertEquals(page.selectFirst(".story-issue").absUrl("href"), issue.get("url").getAsString(), file.toString());
            assertEquals(page.selectFirst(".story-issue").text(), issue.get("name").getAsString(), file.toString());
        }
    }
}
