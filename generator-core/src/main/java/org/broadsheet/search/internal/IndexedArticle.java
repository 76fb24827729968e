package org.broadsheet.search.internal;

import java.time.LocalDate;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;

/**
 * An article with its document number in its segment of the index (the segment's first article is 0). Numbers
 * ascend with the issue date (undated issues first), so the highest number is the newest article and a date
 * range is a range of numbers; within one date they descend in printed order, so "newest first" lists an
 * issue's articles as printed. The client adds the segment's first number over the whole archive.
 */
record IndexedArticle(int doc, Issue issue, Article article, int position) {
    LocalDate date() {
        return issue.date();
    }

    List<String> units() {
        return SearchText.units(article);
    }
}
