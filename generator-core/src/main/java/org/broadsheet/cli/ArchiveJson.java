package org.broadsheet.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;

/** The archive as JSON, the shape {@code broadsheet parse} prints: issues, their articles, bylines and paragraphs. */
final class ArchiveJson {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create();

    private ArchiveJson() {
    }

    static String toJson(Archive archive) {
        JsonObject root = new JsonObject();
        JsonArray issues = new JsonArray();
        for (Issue issue : archive.issues()) {
            issues.add(issue(issue));
        }
        root.add("issues", issues);
        return GSON.toJson(root);
    }

    private static JsonObject issue(Issue issue) {
        JsonObject json = new JsonObject();
        json.addProperty("key", issue.key());
        json.addProperty("source", issue.source());
        json.add("date", string(issue.date() == null ? null : issue.date().toString()));
        json.addProperty("dateInferred", issue.dateInferred());
        json.add("publication", string(issue.publication()));
        json.add("edition", string(issue.edition()));
        JsonArray articles = new JsonArray();
        for (Article article : issue.articles()) {
            articles.add(article(article));
        }
        json.add("articles", articles);
        return json;
    }

    private static JsonObject article(Article article) {
        JsonObject json = new JsonObject();
        json.addProperty("id", article.id());
        json.add("page", string(article.page() == null ? null : article.page().label()));
        json.add("kicker", string(article.kicker()));
        json.addProperty("title", article.title());
        json.add("subtitle", string(article.subtitle()));
        json.add("byline", byline(article.byline()));
        json.add("paragraphs", strings(article.paragraphs()));
        return json;
    }

    private static JsonObject byline(Byline byline) {
        JsonObject json = new JsonObject();
        json.add("prefix", string(byline.prefix()));
        json.add("organization", string(byline.organization()));
        json.add("reporters", strings(byline.reporters()));
        json.add("dateline", string(byline.dateline()));
        json.add("datelineDate", string(byline.datelineDate() == null ? null : byline.datelineDate().toString()));
        return json;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static com.google.gson.JsonElement string(String value) {
        return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }
}
