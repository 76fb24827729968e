package org.broadsheet.render;

import java.util.Objects;

/**
 * An entry of the Atom feed: one issue.
 *
 * @param id      a permanent id: the absolute URL
 * @param title   the name
 * @param link    the absolute URL
 * @param updated the date as an RFC 3339 date-time
 * @param summary the headlines, as plain text
 */
public record FeedEntry(String id, String title, String link, String updated, String summary) {
    public FeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(updated, "updated");
    }
}
