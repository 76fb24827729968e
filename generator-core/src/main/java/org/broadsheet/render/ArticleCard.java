package org.broadsheet.render;

import java.util.Objects;

/**
 * An article as a list shows it: in an issue's table of contents, on the home page, on a reporter's page.
 *
 * @param link      the article's page, labelled with its title
 * @param kicker    the 引题, or {@code null}
 * @param subtitle  the 副题, or {@code null}
 * @param reporters the reporters' names, joined for display, or {@code null}
 * @param page      the printed page's label, such as {@code 01版：要闻}, or {@code null}
 * @param issue     the issue's date or name as a reader knows it, for lists that span issues
 * @param datetime  the issue's ISO date, or {@code null}
 */
public record ArticleCard(Link link, String kicker, String subtitle, String reporters, String page, String issue, String datetime) {
    public ArticleCard {
        Objects.requireNonNull(link, "link");
    }
}
