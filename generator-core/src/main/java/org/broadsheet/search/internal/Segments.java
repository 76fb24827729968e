package org.broadsheet.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Issue;
import org.broadsheet.search.IndexSegment;

/**
 * Splits an archive's index by date, so that adding the newest issue rebuilds a small segment only.
 *
 * <p>With D the newest dated issue's date, Y-M its month and W the first day of its week (a Monday, or the
 * first of M when the week began in the month before): one segment per year before Y, one for Y's months before M
 * (when it has any), one for M's days before W (when it has any), one for the days from W, and one for undated
 * issues (first, as they come first in the index's order). The split depends on the archive alone, never on the
 * clock. A daily paper's new issue lands in its week's segment, which holds at most seven issues; a week's first
 * issue merges the month's days before it into one segment once a week, a month's first issue merges the months
 * before into Y's segment once a month, and a year's first issue closes the year once a year.
 */
public final class Segments {
    /** The index's order of issues: oldest first, undated before all; on one date, the key's reverse order. */
    static final Comparator<Issue> ORDER = Comparator.comparing(Issue::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Issue::key, Comparator.reverseOrder());

    private Segments() {
    }

    /** The segments of {@code archive}, in index order; none for an archive without issues. */
    public static List<IndexSegment> of(Archive archive) {
        List<Issue> issues = new ArrayList<>(archive.issues());
        issues.sort(ORDER);
        LocalDate newest = issues.stream().map(Issue::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        // The first day of the newest issue's week (a Monday), or the first of its month when the week began before.
        LocalDate week = newest == null ? null
                : newest.minusDays(Math.min(newest.getDayOfWeek().getValue(), newest.getDayOfMonth()) - 1);
        Map<String, List<Issue>> segments = new LinkedHashMap<>();
        for (Issue issue : issues) {
            segments.computeIfAbsent(name(issue.date(), newest, week), k -> new ArrayList<>()).add(issue);
        }
        return segments.entrySet().stream().map(e -> new IndexSegment(e.getKey(), e.getValue())).toList();
    }

    /** One segment holding every issue: the index as it was before segments, for tests that compare the two. */
    public static List<IndexSegment> whole(Archive archive, String name) {
        List<Issue> issues = new ArrayList<>(archive.issues());
        issues.sort(ORDER);
        return issues.isEmpty() ? List.of() : List.of(new IndexSegment(name, issues));
    }

    /** Not String.format: this runs for every issue of every build, and the formatter is slow to warm up. */
    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    private static String name(LocalDate date, LocalDate newest, LocalDate week) {
        if (date == null) {
            return "undated";
        }
        if (date.getYear() < newest.getYear()) {
            return String.valueOf(date.getYear());
        }
        if (date.getMonthValue() < newest.getMonthValue()) {
            return date.getYear() + "-to-" + twoDigits(newest.getMonthValue() - 1);
        }
        String month = date.getYear() + "-" + twoDigits(date.getMonthValue());
        return date.isBefore(week) ? month + "-to-" + twoDigits(week.getDayOfMonth() - 1)
                : month + "-" + twoDigits(week.getDayOfMonth());
    }
}
