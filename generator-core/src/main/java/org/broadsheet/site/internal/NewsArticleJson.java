package org.broadsheet.site.internal;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.broadsheet.internal.StringBuilderWriter;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.site.SiteLayout;

/**
 * The schema.org {@code NewsArticle} of an article, as JSON-LD for its page.
 *
 * <p>Gson's writer, made HTML-safe, escapes {@code <}, {@code >}, {@code &}, {@code =}, {@code '} and
 * U+2028/U+2029, so no text of the archive, not even {@code </script>} or {@code <!--}, can end the
 * {@code <script>} element it sits in. A missing value (a publication without a name) leaves its field out.
 */
final class NewsArticleJson {
    private final SiteContext site;

    NewsArticleJson(SiteContext site) {
        this.site = site;
    }

    String of(Placed placed, String description) {
        Article article = placed.article();
        Issue issue = placed.issue();
        String url = site.absolute(placed.path());
        StringBuilderWriter text = new StringBuilderWriter(1024);
        // Written field by field rather than as a map through Gson.toJson, which found its adapters by reflection
        // for every article: a quarter of making an article page's variables. The same writer, so the same escaping.
        try (JsonWriter json = new JsonWriter(text)) {
            json.setHtmlSafe(true);
            json.setSerializeNulls(false);
            json.beginObject();
            json.name("@context").value("https://schema.org");
            json.name("@type").value("NewsArticle");
            json.name("headline").value(article.title());
            if (article.subtitle() != null) {
                json.name("alternativeHeadline").value(article.subtitle());
            }
            json.name("description").value(description);
            json.name("url").value(url);
            json.name("mainEntityOfPage").value(url);
            json.name("inLanguage").value(site.settings().language());
            if (issue.date() != null) {
                json.name("datePublished").value(issue.date().toString());
            }
            if (!article.byline().reporters().isEmpty()) {
                json.name("author").beginArray();
                for (String name : article.byline().reporters()) {
                    typed(json, "Person").name("name").value(name).endObject();
                }
                json.endArray();
            }
            json.name("publisher");
            typed(json, "Organization").name("name").value(site.publication(issue)).endObject();
            if (article.page() != null) {
                json.name("articleSection").value(article.page().label());
            }
            json.name("isPartOf");
            typed(json, "PublicationIssue").name("name").value(site.fullName(issue));
            json.name("url").value(site.absolute(SiteLayout.issue(issue)));
            if (issue.date() != null) {
                json.name("datePublished").value(issue.date().toString());
            }
            json.endObject();
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to a string", e);
        }
        return text.toString();
    }

    /** Opens an object and writes its {@code @type}. */
    private static JsonWriter typed(JsonWriter json, String type) throws IOException {
        return json.beginObject().name("@type").value(type);
    }
}
