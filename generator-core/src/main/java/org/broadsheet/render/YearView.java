package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * A year's page: twelve months whose days link to their issues.
 *
 * @param label    the year, such as {@code 2022年}
 * @param issues   how many issues the year has
 * @param months   January to December
 * @param previous the previous year with issues, or {@code null}
 * @param next     the next year with issues, or {@code null}
 */
public record YearView(String label, int issues, List<CalendarMonth> months, Link previous, Link next) {
    public YearView {
        Objects.requireNonNull(label, "label");
        months = List.copyOf(months);
    }
}
