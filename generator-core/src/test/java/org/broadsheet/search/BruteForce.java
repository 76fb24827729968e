package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.search.internal.SearchText;
import org.broadsheet.site.SiteLayout;

/** What an exact search must find: String.contains over every normalised unit of every article. */
final class BruteForce {
    private record Page(String path, List<String> units) {
    }

    private final List<Page> pages = new ArrayList<>();

    BruteForce(Archive archive) {
        for (Issue issue : archive.issues()) {
            for (int i = 0; i < issue.articles().size(); i++) {
                Article article = issue.articles().get(i);
                pages.add(new Page(SiteLayout.article(issue, i + 1),
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
