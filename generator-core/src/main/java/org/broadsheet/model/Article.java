package org.broadsheet.model;

import java.util.List;
import java.util.Objects;
import org.broadsheet.internal.DeferredList;

/**
 * One article as printed: its headline lines, byline and paragraphs.
 *
 * @param id         stable within the archive: the key and the article's printed position,
 *                   such as {@code 2022-03-04-3}
 * @param page       the printed page (版面) it appeared on, or {@code null} when the seed does not say
 * @param kicker     the 引题 above the title, or {@code null}
 * @param title      the 主题
 * @param subtitle   the 副题 below the title, or {@code null}
 * @param byline     who wrote it and from where; {@link Byline#NONE} when the article names no one
 * @param paragraphs the body text as printed, layout breaks re-joined; the first keeps its dateline. For
 *                   seeds with markup this is the plain text of each block, which search indexes
 * @param html       the body as sanitised HTML when the seed gave markup (Markdown, HTML), or {@code null}
 *                   for raw text, whose paragraphs are the body
 */
public record Article(String id, Page page, String kicker, String title, String subtitle, Byline byline,
                      List<String> paragraphs, String html) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        // A deferred list is immutable already, and copying it would decode what a kept page never shows.
        paragraphs = paragraphs instanceof DeferredList<String> ? paragraphs : List.copyOf(paragraphs);
    }
}
