package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * An article as its page shows it.
 *
 * @param kicker       the 引题, or {@code null}
 * @param title        the 主题
 * @param subtitle     the 副题, or {@code null}
 * @param organization the reporters' organisation, such as {@code 山西日报}, or {@code null}
 * @param reporters    links to the reporters' pages, in the order printed
 * @param date         the issue's date as a reader writes it, or {@code null}
 * @param datetime     the issue's ISO date, or {@code null}
 * @param page         the printed page's label, or {@code null}
 * @param paragraphs   the body as plain text, one string a paragraph; used when {@code html} is {@code null}
 * @param html         the body as sanitised HTML, to be output unescaped, or {@code null}
 * @param citation     how to cite the article: authors, title, publication, date, page, URL
 * @param issue        the issue the article is in
 * @param previous     the article printed before it in the issue, or {@code null}
 * @param next         the article printed after it, or {@code null}
 */
public record ArticleView(String kicker, String title, String subtitle, String organization, List<Link> reporters, String date, String datetime, String page, List<String> paragraphs, String html, String citation, Link issue, Link previous, Link next) {
    public ArticleView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issue, "issue");
        reporters = List.copyOf(reporters);
        paragraphs = List.copyOf(paragraphs);
    }
}
