package org.broadsheet.render;

/**
 * Where a reporter's list continues: the front page holds the newest articles, and archive pages hold the
 * older ones a fixed page at a time, counted from the oldest, so an archive page stays as it is when new
 * articles come.
 *
 * @param newer  the page of newer articles, or {@code null} on the front page
 * @param older  the page of older articles, or {@code null} on the oldest page
 * @param newest the front page, or {@code null} when it is the page shown or {@code newer}
 * @param oldest the oldest page, or {@code null} when it is the page shown or {@code older}
 */
public record Pagination(Link newer, Link older, Link newest, Link oldest) {
    /** Whether there is anywhere else to go. */
    public boolean links() {
        return newer != null || older != null;
    }
}
