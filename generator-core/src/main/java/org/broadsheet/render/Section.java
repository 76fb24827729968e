package org.broadsheet.render;

import java.util.List;

/**
 * Part of an issue's table of contents: the articles of one printed page, or of the whole issue when the
 * seed names no pages.
 *
 * @param label    the printed page's label, such as {@code 01版：要闻}, or {@code null}
 * @param articles the articles in printed order
 */
public record Section(String label, List<ArticleCard> articles) {
    public Section {
        articles = List.copyOf(articles);
    }
}
