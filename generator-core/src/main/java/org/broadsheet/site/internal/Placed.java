package org.broadsheet.site.internal;

import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.site.SiteLayout;

/**
 * An article with the issue it was printed in and its 1-based position there.
 */
record Placed(Issue issue, Article article, int position) {
    String path() {
        return SiteLayout.article(issue, position);
    }
}
