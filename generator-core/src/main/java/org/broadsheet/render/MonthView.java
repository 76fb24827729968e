package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * A month's page: its calendar and its issues.
 *
 * @param label    such as {@code 2022年3月}
 * @param calendar the month's calendar
 * @param issues   the month's issues, oldest first
 * @param year     the year's page
 * @param previous the previous month with issues, or {@code null}
 * @param next     the next month with issues, or {@code null}
 */
public record MonthView(String label, CalendarMonth calendar, List<IssueCard> issues, Link year, Link previous, Link next) {
    public MonthView {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(year, "year");
        issues = List.copyOf(issues);
    }
}
