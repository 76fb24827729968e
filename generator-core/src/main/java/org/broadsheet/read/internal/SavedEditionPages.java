package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;

/**
 * A digital edition (数字报) saved from the web is one HTML file per article, all of one date in one folder.
 * Those files are one printed issue: this gathers them into it, articles ordered by page (版面) and then by
 * file, so the issue page shows 01版, 02版… with 上一版/下一版 as the paper printed them. Raw-text and Markdown
 * seeds hold whole issues and are never merged.
 */
final class SavedEditionPages {
    private SavedEditionPages() {
    }

    static List<Issue> merge(List<Issue> issues) {
        Map<List<Object>, List<Issue>> groups = new LinkedHashMap<>();
        List<Issue> out = new ArrayList<>();
        for (Issue issue : issues) {
            if (issue.date() != null && isHtml(issue.source())) {
                groups.computeIfAbsent(List.of(folder(issue.source()), issue.date(),
                        Objects.toString(issue.publication()), Objects.toString(issue.edition())),
                        key -> new ArrayList<>()).add(issue);
            } else {
                out.add(issue);
            }
        }
        for (List<Issue> group : groups.values()) {
            out.add(group.size() == 1 ? group.get(0) : gather(group));
        }
        return out;
    }

    private static Issue gather(List<Issue> files) {
        List<Issue> sorted = new ArrayList<>(files);
        // Files without a page go last.
        sorted.sort(Comparator.comparing(SavedEditionPages::firstPage, Comparator.nullsLast(Page.PRINTED_ORDER))
                .thenComparing(Issue::source));
        List<Article> articles = new ArrayList<>();
        sorted.forEach(issue -> articles.addAll(issue.articles()));
        Issue first = sorted.get(0);
        return new Issue(first.key(), first.source(), first.date(), sorted.stream().allMatch(Issue::dateInferred),
                first.publication(), first.edition(), articles);
    }

    private static Page firstPage(Issue issue) {
        return issue.articles().stream().map(Article::page).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static boolean isHtml(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static String folder(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? "" : source.substring(0, slash);
    }
}
