package org.broadsheet.site.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.model.Issue;
import org.broadsheet.render.CalendarDay;
import org.broadsheet.render.CalendarMonth;
import org.broadsheet.render.IssueCard;
import org.broadsheet.render.Link;
import org.broadsheet.render.MonthView;
import org.broadsheet.render.YearView;
import org.broadsheet.site.SiteLayout;

/** Browsing by date: a page per year with twelve month calendars, and a page per month that has issues. */
final class CalendarPages {
    private final SiteContext site;
    /** Dated issues by month, oldest first. */
    private final TreeMap<YearMonth, List<Issue>> months = new TreeMap<>();

    CalendarPages(SiteContext site) {
        this.site = site;
        for (Issue issue : site.archive().issues()) {
            if (issue.date() != null) {
                months.computeIfAbsent(YearMonth.from(issue.date()), m -> new ArrayList<>()).add(issue);
            }
        }
    }

    /** Years with issues, oldest first. */
    List<Integer> years() {
        return months.keySet().stream().map(YearMonth::getYear).distinct().toList();
    }

    void plan(List<PlannedPage> pages) {
        List<Integer> years = years();
        for (int y = 0; y < years.size(); y++) {
            int index = y;
            pages.add(new PlannedPage(SiteLayout.year(years.get(y)), "year.ftlh", null, () -> year(years, index)));
        }
        List<YearMonth> keys = List.copyOf(months.keySet());
        for (int i = 0; i < keys.size(); i++) {
            int index = i;
            pages.add(new PlannedPage(SiteLayout.month(keys.get(i)), "month.ftlh", null, () -> month(keys, index)));
        }
    }

    private Map<String, Object> year(List<Integer> years, int y) {
        {
            int year = years.get(y);
            String path = SiteLayout.year(year);
            Linker linker = Linker.from(path);
            List<CalendarMonth> calendars = new ArrayList<>();
            int issues = 0;
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                issues += months.getOrDefault(month, List.of()).size();
                calendars.add(calendar(month, DateText.monthOnly(month), linker));
            }
            YearView view = new YearView(DateText.year(year), issues, calendars,
                    y > 0 ? yearLink(years.get(y - 1), linker) : null,
                    y + 1 < years.size() ? yearLink(years.get(y + 1), linker) : null);
            Map<String, Object> model = site.frame(path, linker, SiteContext.Head.of(DateText.year(year),
                    site.settings().title() + " " + DateText.year(year) + "的报纸，共" + issues + "期"),
                    SiteContext.SECTION_CALENDAR);
            model.put("year", view);
            return model;
        }
    }

    private Map<String, Object> month(List<YearMonth> keys, int i) {
        {
            YearMonth month = keys.get(i);
            String path = SiteLayout.month(month);
            Linker linker = Linker.from(path);
            List<IssueCard> cards = months.get(month).stream().map(issue -> new IssueCard(
                    linker.link(SiteLayout.issue(issue), site.shortName(issue)), issue.date().toString(),
                    issue.edition(), issue.articles().size())).toList();
            MonthView view = new MonthView(DateText.month(month), calendar(month, DateText.month(month), linker), cards,
                    yearLink(month.getYear(), linker),
                    i > 0 ? monthLink(keys.get(i - 1), linker) : null,
                    i + 1 < keys.size() ? monthLink(keys.get(i + 1), linker) : null);
            Map<String, Object> model = site.frame(path, linker, SiteContext.Head.of(DateText.month(month),
                    site.settings().title() + " " + DateText.month(month) + "的报纸，共" + cards.size() + "期"),
                    SiteContext.SECTION_CALENDAR);
            model.put("month", view);
            return model;
        }
    }

    /** A month's weeks, Monday first; days with an issue link to the first issue of that day. */
    private CalendarMonth calendar(YearMonth month, String label, Linker linker) {
        Map<Integer, String> links = new TreeMap<>();
        for (Issue issue : months.getOrDefault(month, List.of())) {
            links.putIfAbsent(issue.date().getDayOfMonth(), linker.href(SiteLayout.issue(issue)));
        }
        List<List<CalendarDay>> weeks = new ArrayList<>();
        List<CalendarDay> week = new ArrayList<>();
        int lead = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < lead; i++) {
            week.add(new CalendarDay(0, null, null));
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            week.add(new CalendarDay(day, links.get(day), DateText.day(date)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new CalendarDay(0, null, null));
            }
            weeks.add(week);
        }
        String href = months.containsKey(month) ? linker.href(SiteLayout.month(month)) : null;
        return new CalendarMonth(label, href, weeks);
    }

    private static Link yearLink(int year, Linker linker) {
        return linker.link(SiteLayout.year(year), DateText.year(year));
    }

    private static Link monthLink(YearMonth month, Linker linker) {
        return linker.link(SiteLayout.month(month), DateText.month(month));
    }
}
