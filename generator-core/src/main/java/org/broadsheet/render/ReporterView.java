package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * A page of a reporter's articles, newest first.
 *
 * @param name       the reporter's name
 * @param total      how many articles they wrote in the whole archive, on the front page; {@code null} on an
 *                   archive page, which stays as it is when new articles come
 * @param period     on an archive page, the dates its articles span, such as {@code 2021年3月2日至2021年4月9日}; else
 *                   {@code null}
 * @param list       this page's articles
 * @param pagination where the list continues
 */
public record ReporterView(String name, Integer total, String period, List<ArticleCard> list, Pagination pagination) {
    public ReporterView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pagination, "pagination");
        list = List.copyOf(list);
    }
}
