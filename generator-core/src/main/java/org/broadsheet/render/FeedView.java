package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * The Atom feed of the latest issues.
 *
 * @param id        a permanent id: the site's absolute URL
 * @param title     the site's title
 * @param self      the feed's own absolute URL
 * @param alternate the site's home page, absolute
 * @param updated   the newest entry's date, RFC 3339
 * @param author    who publishes the archive
 * @param lang      the language of the entries
 * @param entries   newest first
 */
public record FeedView(String id, String title, String self, String alternate, String updated, String author, String lang, List<FeedEntry> entries) {
    public FeedView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(alternate, "alternate");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(author, "author");
        entries = List.copyOf(entries);
    }
}
