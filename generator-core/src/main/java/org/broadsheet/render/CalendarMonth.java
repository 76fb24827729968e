package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * A month laid out as a calendar, weeks from Monday to Sunday.
 *
 * @param label  the month's name, such as {@code 3月} or {@code 2022年3月}
 * @param href   the month's page, or {@code null} when the archive has no issue that month
 * @param weeks  rows of seven days
 */
public record CalendarMonth(String label, String href, List<List<CalendarDay>> weeks) {
    public CalendarMonth {
        Objects.requireNonNull(label, "label");
        weeks = List.copyOf(weeks);
    }
}
