package org.broadsheet.site.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.site.SiteLayout;

/**
 * The schema.org {@code NewsArticle} of an article, as JSON-LD for its page.
 *
 * <p>Gson escapes {@code <}, {@code >}, {@code &}, {@code =}, {@code '} and U+2028/U+2029, so no text of
 * the archive, not even {@code </script>} or {@code <!--}, can end the {@code <script>} element it sits in.
 */
final class NewsArticleJson {
    private static final Gson GSON = new GsonBuilder().create();
    private final SiteContext site;

    NewsArticleJson(SiteContext site) {
        this.site = site;
    }

    String of(Placed placed, String description) {
        Article article = placed.article();
        Issue issue = placed.issue();
        String url = site.absolute(placed.path());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("headline", article.title());
        if (article.subtitle() != null) {
            json.put("alternativeHeadline", article.subtitle());
        }
        json.put("description", description);
        json.put("url", url);
        json.put("mainEntityOfPage", url);
        json.put("inLanguage", site.settings().language());
        if (issue.date() != null) {
            json.put("datePublished", issue.date().toString());
        }
        if (!article.byline().reporters().isEmpty()) {
            json.put("author", article.byline().reporters().stream()
                    .map(name -> ordered("@type", "Person", "name", name)).toList());
        }
        json.put("publisher", ordered("@type", "Organization", "name", site.publication(issue)));
        if (article.page() != null) {
            json.put("articleSection", article.page().label());
        }
        Map<String, Object> partOf = new LinkedHashMap<>();
        partOf.put("@type", "PublicationIssue");
        partOf.put("name", site.fullName(issue));
        partOf.put("url", site.absolute(SiteLayout.issue(issue)));
        if (issue.date() != null) {
            partOf.put("datePublished", issue.date().toString());
        }
        json.put("isPartOf", partOf);
        return GSON.toJson(json);
    }

    /** Map.of's order is unspecified; the output must be the same on every build. */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
