package org.broadsheet.search.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;

/**
 * An article's page, relative to the site root: {@code 2022/03/04/3/} for the third article of the issue keyed
 * {@code 2022-03-04}, {@code 2022/03/04-2/3/} for a second issue that day, {@code undated/x/3/} for
 * {@code undated-x}. The site writes its pages at the same paths.
 */
public final class ArticlePath {
    private static final Pattern DATED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(-.+)?");
    private static final String UNDATED = "undated-";

    private ArticlePath() {
    }

    public static String of(Issue issue, Article article) {
        String id = article.id();
        return issuePath(issue.key()) + id.substring(id.lastIndexOf('-') + 1) + "/";
    }

    static String issuePath(String key) {
        Matcher dated = DATED.matcher(key);
        if (dated.matches()) {
            String suffix = dated.group(4) == null ? "" : dated.group(4);
            return dated.group(1) + "/" + dated.group(2) + "/" + dated.group(3) + suffix + "/";
        }
        if (key.startsWith(UNDATED)) {
            return "undated/" + key.substring(UNDATED.length()) + "/";
        }
        return key + "/";
    }
}
