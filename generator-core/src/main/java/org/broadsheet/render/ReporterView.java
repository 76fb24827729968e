package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * A page of a reporter's articles, newest first.
 *
 * @param name       the reporter's name
 * @param articles   how many articles they wrote in the whole archive
 * @param list       this page's articles
 * @param pagination where the list continues; a single page when it fits on one
 */
public record ReporterView(String name, int articles, List<ArticleCard> list, Pagination pagination) {
    public ReporterView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pagination, "pagination");
        list = List.copyOf(list);
    }
}
