package org.broadsheet.site.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/** Dates written as Chinese readers write them: {@code 2022年3月4日 星期五}, {@code 2022年3月}. */
final class DateText {
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private DateText() {
    }

    static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String dayAndWeekday(LocalDate date) {
        return day(date) + " " + WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    static String monthOnly(YearMonth month) {
        return month.getMonthValue() + "月";
    }

    static String year(int year) {
        return year + "年";
    }
}
