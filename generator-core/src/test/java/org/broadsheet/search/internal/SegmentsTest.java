package org.broadsheet.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.broadsheet.model.Archive;
import org.broadsheet.model.ArchiveSettings;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.broadsheet.search.IndexSegment;
import org.junit.jupiter.api.Test;

/**
 * The index splits by the newest issue's date: whole years before its year, that year's earlier months, its
 * month's days before its week, its week.
 */
class SegmentsTest {
    @Test
    void yearsBeforeTheNewestThenItsEarlierMonthsThenItsMonthBeforeItsWeekThenItsWeekAndUndatedFirst() {
        Archive archive = archive("2020-12-31", null, "2022-12-05", "2021-01-01", "2022-01-10", "2022-11-30",
                "2022-12-01", "2020-02-29");

        List<IndexSegment> segments = Segments.of(archive);

        assertEquals(List.of("undated", "2020", "2021", "2022-to-11", "2022-12-to-04", "2022-12-05"),
                segments.stream().map(IndexSegment::name).toList(), "2022-12-05 is a Monday");
        assertEquals(List.of(List.of("undated1"), List.of("2020-02-29", "2020-12-31"), List.of("2021-01-01"),
                List.of("2022-01-10", "2022-11-30"), List.of("2022-12-01"), List.of("2022-12-05")), keys(segments));
    }

    @Test
    void anIssueOfTheNewestYearsFirstMonthLeavesNoEarlierMonths() {
        List<IndexSegment> segments = Segments.of(archive("2021-06-01", "2022-01-03"));

        assertEquals(List.of("2021", "2022-01-03"), segments.stream().map(IndexSegment::name).toList());
    }

    @Test
    void theNewestWeekRunsFromItsMondayAndTheMonthsDaysBeforeItAreOneSegment() {
        List<IndexSegment> segments = Segments.of(archive("2022-03-31", "2022-03-01", "2022-03-27", "2022-03-28",
                "2022-02-28"));

        assertEquals(List.of("2022-to-02", "2022-03-to-27", "2022-03-28"),
                segments.stream().map(IndexSegment::name).toList(), "2022-03-31 is a Thursday");
        assertEquals(List.of(List.of("2022-02-28"), List.of("2022-03-01", "2022-03-27"), List.of("2022-03-28",
                "2022-03-31")), keys(segments));
    }

    @Test
    void aWeekBegunInTheMonthBeforeStartsAtTheFirst() {
        List<IndexSegment> segments = Segments.of(archive("2022-03-02", "2022-02-28", "2022-03-01"));

        assertEquals(List.of("2022-to-02", "2022-03-01"), segments.stream().map(IndexSegment::name).toList(),
                "2022-03-02 is a Wednesday, its Monday 2022-02-28");
        assertEquals(List.of(List.of("2022-02-28"), List.of("2022-03-01", "2022-03-02")), keys(segments));
    }

    @Test
    void oneIssueIsOneSegmentAndOneWeekToo() {
        assertEquals(List.of("2022-03-01"), Segments.of(archive("2022-03-04")).stream().map(IndexSegment::name).toList());
        assertEquals(List.of(List.of("2022-03-07", "2022-03-09", "2022-03-13")),
                keys(Segments.of(archive("2022-03-13", "2022-03-07", "2022-03-09"))), "Monday to Sunday");
    }

    @Test
    void anArchiveWithoutDatesIsOneUndatedSegmentAndAnEmptyOneHasNone() {
        assertEquals(List.of("undated"), Segments.of(archive(null, null)).stream().map(IndexSegment::name).toList());
        assertEquals(List.of(), Segments.of(archive()));
    }

    @Test
    void issuesOfOneDateFollowTheIndexOrder() {
        Archive archive = new Archive(settings(), List.of(issue("2022-03-04-a", LocalDate.of(2022, 3, 4)),
                issue("2022-03-04-b", LocalDate.of(2022, 3, 4))));

        assertEquals(List.of(List.of("2022-03-04-b", "2022-03-04-a")), keys(Segments.of(archive)));
    }

    private static List<List<String>> keys(List<IndexSegment> segments) {
        return segments.stream().map(s -> s.issues().stream().map(Issue::key).toList()).toList();
    }

    /** One issue per date, keyed by its date ({@code undated<its place>} for null). */
    private static Archive archive(String... dates) {
        return new Archive(settings(), IntStream.range(0, dates.length).mapToObj(i -> dates[i] == null
                ? issue("undated" + i, null) : issue(dates[i], LocalDate.parse(dates[i]))).toList());
    }

    private static Issue issue(String key, LocalDate date) {
        Article article = new Article(key + "-1", null, null, "标题", null, Byline.NONE, List.of("正文。"), null);
        return new Issue(key, key + ".txt", date, false, null, null, List.of(article));
    }

    private static ArchiveSettings settings() {
        return ArchiveSettings.defaults();
    }
}
