package org.broadsheet.render;

/**
 * One cell of a calendar month.
 *
 * @param day   the day of the month, or 0 for a cell before the first or after the last day
 * @param href  the issue of that day, or {@code null} when there is none
 * @param label the full date, such as {@code 2022年3月4日}, for screen readers; {@code null} for empty cells
 */
public record CalendarDay(int day, String href, String label) {
}
