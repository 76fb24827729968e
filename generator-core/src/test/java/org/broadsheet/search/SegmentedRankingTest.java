package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Issue;
import org.broadsheet.search.internal.Segments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index split into date segments answers every query as the same archive's index in one segment does: the
 * same total, the same results in the same order, the same excerpts, whatever the filters, sort and page.
 */
class SegmentedRankingTest {
    @TempDir
    Path folder;

    @Test
    void segmentsRankFilterAndPageExactlyAsOneIndex() throws Exception {
        Archive archive = GeneratedArchive.generate(1200, 7);
        List<IndexSegment> segments = SearchIndexWriter.segments(archive);
        List<String> names = segments.stream().map(IndexSegment::name).toList();
        assertTrue(names.size() >= 4 && names.get(0).equals("undated") && names.get(2).contains("-to-"),
                "the archive spans years and months, and has undated issues: " + names);
        NodeSearch split = new NodeSearch(archive, folder.resolve("split"));
        NodeSearch whole = new NodeSearch(archive, folder.resolve("whole"), Segments.whole(archive, "all"));

        List<NodeSearch.Query> queries = queries(archive, segments, new Random(5));
        List<NodeSearch.Answer> expected = whole.search(queries, false);
        List<NodeSearch.Answer> actual = split.search(queries, false);
        int found = 0;
        for (int i = 0; i < queries.size(); i++) {
            assertEquals(expected.get(i).total(), actual.get(i).total(), "total for " + queries.get(i));
            assertEquals(expected.get(i).results(), actual.get(i).results(), "results for " + queries.get(i));
            found += expected.get(i).total() > 1 ? 1 : 0;
        }
        assertTrue(found > queries.size() / 2, "most queries find several articles: " + found + " of " + queries.size());
    }

    @Test
    void aDateRangeSkipsTheSegmentsOutsideItWhenTheyCannotChangeTheOrder() throws Exception {
        Archive archive = GeneratedArchive.generate(1200, 7);
        List<IndexSegment> segments = SearchIndexWriter.segments(archive);
        IndexSegment newest = segments.get(segments.size() - 1);
        NodeSearch split = new NodeSearch(archive, folder);
        String from = newest.issues().get(0).date().toString();
        String term = SearchExactnessTest.queries(archive, new Random(3)).get(0).get(0);

        NodeSearch.Answer inWeek = split.search(List.of(new NodeSearch.Query(term, Map.of("from", from))), true).get(0);
        NodeSearch.Answer anywhere = split.search(List.of(new NodeSearch.Query(term, Map.of())), true).get(0);

        assertTrue(inWeek.requests() < anywhere.requests(),
                "the newest week's search fetches less: " + inWeek.requests() + " against " + anywhere.requests());
    }

    /** Random terms (one or two) with options that cross segment boundaries, sort by date, filter and page. */
    private static List<NodeSearch.Query> queries(Archive archive, List<IndexSegment> segments, Random random) {
        List<List<String>> terms = SearchExactnessTest.queries(archive, random).stream()
                .filter(t -> t.size() > 1 || t.get(0).codePointCount(0, t.get(0).length()) <= 2).toList();
        List<LocalDate> dates = segments.stream().flatMap(s -> s.issues().stream()).map(Issue::date)
                .filter(Objects::nonNull).toList();
        List<String> reporters = archive.issues().stream().flatMap(i -> i.articles().stream())
                .flatMap(a -> a.byline().reporters().stream()).distinct().toList();
        List<NodeSearch.Query> queries = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            List<String> query = terms.get(random.nextInt(terms.size()));
            Map<String, Object> options = new HashMap<>();
            options.put("size", i % 4 == 0 ? 1_000_000 : 7);
            options.put("page", i % 4 == 0 ? 1 : 1 + random.nextInt(3));
            if (i % 3 == 1) {
                // A range from inside one segment to inside a later one.
                int a = random.nextInt(dates.size()), b = random.nextInt(dates.size());
                options.put("from", dates.get(Math.min(a, b)).toString());
                options.put("to", dates.get(Math.max(a, b)).toString());
            }
            if (i % 5 == 2) {
                options.put("reporter", reporters.get(random.nextInt(reporters.size())));
            }
            if (i % 6 == 3) {
                options.put("sort", "date");
            }
            String q = i % 10 == 9 && (options.containsKey("from") || options.containsKey("reporter")) ? ""
                    : String.join(" ", query);
            queries.add(new NodeSearch.Query(q, options));
        }
        return queries;
    }
}
