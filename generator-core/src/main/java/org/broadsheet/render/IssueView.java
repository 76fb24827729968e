package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * An issue as its page shows it.
 *
 * @param title       the issue's name: publication, date and edition, such as {@code 太原日报 2022年3月4日}
 * @param publication the newspaper's name, or {@code null}
 * @param date        the date as a reader writes it, such as {@code 2022年3月4日 星期五}, or {@code null} when undated
 * @param datetime    the ISO date, or {@code null}
 * @param edition     the edition's label, or {@code null}
 * @param articles    how many articles the issue has
 * @param sections    the table of contents in printed order, grouped by printed page when known
 * @param previous    the issue before this one, or {@code null}
 * @param next        the issue after this one, or {@code null}
 * @param month       the calendar month the issue is in, or {@code null} when undated
 * @param otherYears  the issues of the same day and month in other years, oldest first: on this day before or since
 */
public record IssueView(String title, String publication, String date, String datetime, String edition, int articles, List<Section> sections, Link previous, Link next, Link month, List<Link> otherYears) {
    public IssueView {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        otherYears = List.copyOf(otherYears);
    }
}
