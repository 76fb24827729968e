package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.search.internal.SearchText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real search.js finds, for hundreds of random terms, exactly the articles a brute-force
 * {@code String.contains} over the normalised model finds: no misses, no false hits.
 */
class SearchExactnessTest {
    private static final int TERMS = 600;

    @TempDir
    Path folder;

    @Test
    void randomTermsFindExactlyWhatContainsFindsInTheSample() throws Exception {
        assertExact(GeneratedArchive.sample(), 11);
    }

    @Test
    void randomTermsFindExactlyWhatContainsFindsInAThousandArticles() throws Exception {
        Archive archive = GeneratedArchive.generate(1200, 7);
        assertTrue(archive.articleCount() >= 1000);
        assertTrue(SearchIndexWriter.segments(archive).size() >= 4, "the index has segments of years, months, undated");
        assertExact(archive, 13);
    }

    private void assertExact(Archive archive, long seed) throws Exception {
        List<List<String>> queries = queries(archive, new Random(seed));
        NodeSearch search = new NodeSearch(archive, folder);
        long start = System.nanoTime();
        List<NodeSearch.Answer> answers = search.search(
                queries.stream().map(terms -> NodeSearch.Query.of(String.join(" ", terms))).toList(), false);
        long node = System.nanoTime();
        BruteForce bruteForce = new BruteForce(archive);
        int found = 0;
        for (int i = 0; i < queries.size(); i++) {
            Set<String> expected = bruteForce.find(queries.get(i));
            Set<String> actual = new TreeSet<>(answers.get(i).urls());
            assertEquals(expected, actual, "articles for " + queries.get(i));
            assertEquals(expected.size(), answers.get(i).total(), "total for " + queries.get(i));
            found += expected.isEmpty() ? 0 : 1;
        }
        System.out.printf("%d queries: node %d ms, brute force %d ms%n", queries.size(), (node - start) / 1_000_000,
                (System.nanoTime() - node) / 1_000_000);
        // The terms must exercise both sides: some found, some found nowhere.
        assertTrue(found > queries.size() / 4 && found < queries.size() * 9 / 10, found + " of " + queries.size());
    }

    /**
     * Terms of 1–6 characters: pieces of real units (CJK, Latin, digits, punctuation, surrogate pairs), pieces
     * that run across two paragraphs, shuffles of the archive's characters, characters it never uses, ASCII
     * in changed case, and pairs of terms.
     */
    static List<List<String>> queries(Archive archive, Random random) {
        List<List<String>> units = new ArrayList<>();
        List<Integer> alphabet = new ArrayList<>(new LinkedHashSet<>(archive.issues().stream()
                .flatMap(issue -> issue.articles().stream())
                .flatMap(article -> SearchText.units(article).stream())
                .flatMap(unit -> unit.codePoints().boxed())
                .toList()));
        for (Issue issue : archive.issues()) {
            for (Article article : issue.articles()) {
                units.add(SearchText.units(article));
            }
        }
        List<List<String>> queries = new ArrayList<>();
        while (queries.size() < TERMS) {
            int length = 1 + random.nextInt(6);
            List<String> article = GeneratedArchive.pick(units, random);
            String term = switch (queries.size() % 8) {
                case 0, 1, 2 -> piece(GeneratedArchive.pick(article, random), length, random);
                case 3 -> across(article, length, random);
                case 4 -> shuffle(alphabet, length, random);
                case 5 -> new String(Character.toChars(0x4e00 + random.nextInt(0x5000)))
                        + piece(GeneratedArchive.pick(article, random), length - 1, random);
                case 6 -> changeCase(piece(GeneratedArchive.pick(article, random), length, random), random);
                default -> null;
            };
            List<String> query = term == null
                    ? List.of(piece(GeneratedArchive.pick(article, random), 2, random),
                            piece(GeneratedArchive.pick(GeneratedArchive.pick(units, random), random), 2, random))
                    : List.of(term);
            if (query.stream().allMatch(SearchExactnessTest::usable)) {
                queries.add(query);
            }
        }
        return queries;
    }

    /** A term the query syntax can carry: no spaces or quotes once normalised, not empty. */
    private static boolean usable(String term) {
        String normalised = SearchText.normalise(term);
        return !normalised.isEmpty() && normalised.codePoints().noneMatch(cp -> Character.isWhitespace(cp)
                || Character.isSpaceChar(cp) || cp == '"' || cp == 0xfeff);
    }

    private static String piece(String unit, int length, Random random) {
        int[] cps = unit.codePoints().toArray();
        if (length <= 0 || cps.length == 0) {
            return "";
        }
        int start = random.nextInt(Math.max(1, cps.length - length + 1));
        return new String(cps, start, Math.min(length, cps.length - start));
    }

    /** The end of one paragraph and the start of the next: found only if printed whole elsewhere. */
    private static String across(List<String> units, int length, Random random) {
        if (units.size() < 2 || length < 2) {
            return piece(units.get(0), length, random);
        }
        int i = random.nextInt(units.size() - 1);
        int[] left = units.get(i).codePoints().toArray();
        int[] right = units.get(i + 1).codePoints().toArray();
        int fromLeft = Math.min(left.length, 1 + random.nextInt(length - 1));
        int fromRight = Math.min(right.length, length - fromLeft);
        return new String(left, left.length - fromLeft, fromLeft) + new String(right, 0, fromRight);
    }

    private static String shuffle(List<Integer> alphabet, int length, Random random) {
        StringBuilder term = new StringBuilder();
        for (int i = 0; i < length; i++) {
            term.appendCodePoint(GeneratedArchive.pick(alphabet, random));
        }
        return term.toString();
    }

    private static String changeCase(String term, Random random) {
        StringBuilder changed = new StringBuilder();
        term.codePoints().forEach(cp -> changed.appendCodePoint(random.nextBoolean()
                ? Character.toUpperCase(cp) : cp >= 'a' && cp <= 'z' ? cp - 'a' + 'ａ' : cp));
        return changed.toString();
    }
}
