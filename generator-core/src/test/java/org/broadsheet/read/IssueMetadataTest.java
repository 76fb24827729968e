package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.Test;

/** An issue's date, publication and edition come from front matter, a sidecar or the file name, in that order. */
class IssueMetadataTest {
    @Test
    void frontMatterGivesDatePublicationAndEditionAndUnknownKeysAreWarnedAbout() throws Exception {
        ReadResult result = Fixtures.read("metadata/front");
        Issue issue = result.archive().issues().get(0);
        assertEquals(LocalDate.of(2022, 3, 4), issue.date());
        assertEquals("太原日报", issue.publication());
        assertEquals("晚间版", issue.edition());
        assertEquals("我市新建公园二十个", issue.articles().get(0).title());
        Problem warning = result.warnings().get(0);
        assertEquals(5, warning.line());
        assertTrue(warning.message().contains("flavour"), warning.message());
    }

    @Test
    void sidecarGivesMetadataWithoutTouchingTheSeed() throws Exception {
        Issue issue = Fixtures.issue("metadata/sidecar");
        assertEquals(LocalDate.of(2021, 12, 31), issue.date());
        assertEquals("山西晚报", issue.publication());
        assertFalse(issue.dateInferred());
    }

    @Test
    void datelineAfterTheIssueMonthBelongsToThePreviousYear() throws Exception {
        Issue issue = Fixtures.issue("metadata/sidecar");
        assertEquals(LocalDate.of(2021, 3, 3), issue.articles().get(0).byline().datelineDate());
    }

    @Test
    void fileNameGivesTheDate() throws Exception {
        assertEquals(LocalDate.of(2022, 1, 10), Fixtures.issue("metadata/filename").date());
    }

    @Test
    void dateIsInferredFromDatelinesAndTheConfiguredYearWithAWarning() throws Exception {
        ReadResult result = SeedReader.builder().setting("year", "2022").build().read(Fixtures.ROOT.resolve("metadata/inferred"));
        Issue issue = result.archive().issues().get(0);
        assertEquals(LocalDate.of(2022, 3, 4), issue.date());
        assertTrue(issue.dateInferred());
        assertEquals(1, result.warnings().size());
        assertEquals("issue-c.txt", result.warnings().get(0).file());
        assertTrue(result.warnings().get(0).message().contains("inferred"));
    }

    @Test
    void datelinesThatPrintTheirYearDateTheIssueWithoutAConfiguredYear() throws Exception {
        ReadResult result = Fixtures.read("metadata/dated-in-text");
        Issue issue = result.archive().issues().get(0);
        assertEquals(LocalDate.of(2022, 1, 1), issue.date(), "the day after the latest dateline, across the new year");
        assertTrue(issue.dateInferred());
        assertEquals("2021年12月30日", issue.articles().get(0).byline().dateline());
        assertEquals(LocalDate.of(2021, 12, 31), issue.articles().get(1).byline().datelineDate());
        assertEquals(List.of("王小明"), issue.articles().get(1).byline().reporters());
    }

    @Test
    void withoutMetadataOrYearTheDateStaysUnknownAndTheUserIsTold() throws Exception {
        ReadResult result = Fixtures.read("metadata/undated");
        Issue issue = result.archive().issues().get(0);
        assertNull(issue.date());
        assertEquals("undated-issue-d", issue.key());
        assertEquals("issue-d.txt", result.warnings().get(0).file());
        assertTrue(result.warnings().get(0).message().contains("no issue date"));
    }

    @Test
    void impossibleDateIsAnErrorAtItsLine() throws Exception {
        ReadResult result = Fixtures.read("metadata/impossible");
        assertTrue(result.hasErrors());
        Problem error = result.errors().get(0);
        assertEquals("issue-e.txt", error.file());
        assertEquals(2, error.line());
        assertTrue(error.message().contains("2022-02-30"), error.message());
    }
}
