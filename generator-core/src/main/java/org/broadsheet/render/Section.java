package org.broadsheet.render;

import java.util.List;

/**
 * Part of an issue's table of contents: the articles of one printed page, or of the whole issue when the
 * seed names no pages.
 *
 * @param label    the printed page's label, such as {@code 01版：要闻}, or {@code null}
 * @param id       the section's anchor on the page, such as {@code page-01}, or {@code null} when unlabelled
 * @param previous the page printed before it (上一版), a link to its anchor, or {@code null}
 * @param next     the page printed after it (下一版), a link to its anchor, or {@code null}
 * @param articles the articles in printed order
 */
public record Section(String label, String id, Link previous, Link next, List<ArticleCard> articles) {
    public Section {
        articles = List.copyOf(articles);
    }

    /** A section with no page navigation. */
    public Section(String label, List<ArticleCard> articles) {
        this(label, null, null, null, articles);
    }
}
