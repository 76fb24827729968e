package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample archive in {@code seeds/} reads as the foundation issue's table says. Paragraph texts are
 * checked against the seed's own lines: each paragraph must be exactly the listed source lines joined with
 * nothing in between.
 */
class SampleIssueTest {
    private static final Path SEEDS = Path.of("../seeds");
    private static List<String> lines;
    private static Issue issue;
    private static ReadResult result;

    @BeforeAll
    static void readSample() throws Exception {
        Path seed = SEEDS.resolve("000_85245450a54b3a6c.txt");
        lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        result = SeedReader.builder().build().read(SEEDS);
        issue = result.archive().issues().get(0);
    }

    /** The text of 1-based source lines, joined as the reader must join layout breaks. */
    private static String sourceLines(int... numbers) {
        return Arrays.stream(numbers).mapToObj(n -> lines.get(n - 1).strip()).collect(Collectors.joining());
    }

    private static Article article(int position) {
        return issue.articles().get(position - 1);
    }

    @Test
    void sampleReadsAsOneIssueOfFiveArticlesWithoutProblems() {
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.archive().issues().size());
        assertEquals(5, issue.articles().size());
    }

    @Test
    void issueTakesItsDateFromTheSidecarNotFromInference() {
        assertEquals(LocalDate.of(2022, 3, 4), issue.date());
        assertFalse(issue.dateInferred());
        assertEquals("2022-03-04", issue.key());
    }

    @Test
    void firstArticleHasKickerTitleAndSubtitle() {
        Article a = article(1);
        assertEquals(sourceLines(3), a.kicker());
        assertEquals(sourceLines(5), a.title());
        assertEquals(sourceLines(7), a.subtitle());
        assertEquals("本报讯", a.byline().prefix());
        assertEquals("山西日报", a.byline().organization());
        assertEquals(List.of("杨文"), a.byline().reporters());
        assertEquals("3月2日", a.byline().dateline());
        assertEquals(LocalDate.of(2022, 3, 2), a.byline().datelineDate());
    }

    @Test
    void firstArticleRejoinsItsThreeLayoutBreaks() {
        assertEquals(List.of(sourceLines(9), sourceLines(11, 13), sourceLines(15, 17), sourceLines(19, 21),
                sourceLines(23), sourceLines(25), sourceLines(27)), article(1).paragraphs());
    }

    @Test
    void secondArticleHasTitleAndSubtitleAndRejoinsItsBrokenParagraphs() {
        Article a = article(2);
        assertNull(a.kicker());
        assertEquals(sourceLines(29), a.title());
        assertEquals(sourceLines(31), a.subtitle());
        assertEquals(List.of("杨文"), a.byline().reporters());
        assertEquals("山西日报", a.byline().organization());
        assertEquals("3月3日", a.byline().dateline());
        assertEquals(List.of(sourceLines(33, 35, 37), sourceLines(39, 41)), a.paragraphs());
    }

    @Test
    void thirdArticleHasNoDatelineAndNoOrganisation() {
        Article a = article(3);
        assertNull(a.kicker());
        assertEquals(sourceLines(43), a.title());
        assertNull(a.subtitle());
        assertEquals("本报讯", a.byline().prefix());
        assertNull(a.byline().organization());
        assertEquals(List.of("贺娟芳"), a.byline().reporters());
        assertNull(a.byline().dateline());
        assertEquals(List.of(sourceLines(45), sourceLines(47, 49), sourceLines(51, 53)), a.paragraphs());
    }

    @Test
    void fourthAndFifthArticlesHaveOneReporterAndADateline() {
        Article fourth = article(4);
        assertEquals(sourceLines(55), fourth.title());
        assertEquals(List.of("李杰华"), fourth.byline().reporters());
        assertEquals("3月3日", fourth.byline().dateline());
        assertEquals(List.of(sourceLines(57), sourceLines(59), sourceLines(61)), fourth.paragraphs());

        Article fifth = article(5);
        assertEquals(sourceLines(63), fifth.title());
        assertEquals(List.of("郝晓炜"), fifth.byline().reporters());
        assertEquals("3月3日", fifth.byline().dateline());
        assertEquals(List.of(sourceLines(65), sourceLines(67), sourceLines(69), sourceLines(71, 73)), fifth.paragraphs());
    }

    @Test
    void everyCharacterOfTheSeedAppearsInTheModelExactlyOnceAndInOrder() {
        String source = lines.stream().map(String::strip).collect(Collectors.joining());
        String model = issue.articles().stream()
                .map(a -> nullToEmpty(a.kicker()) + a.title() + nullToEmpty(a.subtitle()) + String.join("", a.paragraphs()))
                .collect(Collectors.joining());
        assertEquals(source, model);
    }

    @Test
    void articleIdsFollowTheIssueKeyAndPrintedOrder() {
        assertEquals(List.of("2022-03-04-1", "2022-03-04-2", "2022-03-04-3", "2022-03-04-4", "2022-03-04-5"),
                issue.articles().stream().map(Article::id).toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
