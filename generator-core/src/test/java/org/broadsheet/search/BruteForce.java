package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.search.internal.ArticlePath;
import org.broadsheet.search.internal.SearchText;

/** What an exact search must find: String.contains over every normalised unit of every article. */
final class BruteForce {
    private record Page(String path, List<String> units) {
    }

    private final List<Page> pages = new ArrayList<>();

    BruteForce(Archive archive) {
        for (Issue issue : archive.issues()) {
            for (Article article : issue.articles()) {
                pages.add(new Page(ArticlePath.of(issue, article),
                        SearchText.units(article).stream().map(SearchText::normalise).toList()));
            }
        }
    }

    /** The pages of the articles in which every term (as typed) is inside one unit. */
    Set<String> find(List<String> terms) {
        List<String> wanted = terms.stream().map(SearchText::normalise).toList();
        Set<String> found = new TreeSet<>();
        for (Page page : pages) {
            if (wanted.stream().allMatch(term -> page.units().stream().anyMatch(unit -> unit.contains(term)))) {
                found.add(page.path());
            }
        }
        return found;
    }
}
