package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seeds that cannot be read are each reported with their file (and line), and the good ones still read. */
class BadSeedsTest {
    private static ReadResult result;
    private static Map<String, List<Problem>> errorsByFile;

    @BeforeAll
    static void read() throws Exception {
        result = Fixtures.read("errors");
        errorsByFile = result.errors().stream().collect(Collectors.groupingBy(Problem::file));
    }

    private static Problem onlyError(String file) {
        List<Problem> errors = errorsByFile.get(file);
        assertEquals(1, errors == null ? 0 : errors.size(), "errors for " + file + ": " + errors);
        return errors.get(0);
    }

    @Test
    void everyBadFileIsReportedNotOnlyTheFirst() {
        assertEquals(List.of("binary.txt", "empty.txt", "invalid.txt", "mixed.txt", "whitespace.txt"),
                errorsByFile.keySet().stream().sorted().toList());
    }

    @Test
    void theGoodFileStillReads() {
        assertEquals(List.of("good.txt"), result.archive().issues().stream().map(i -> i.source()).toList());
    }

    @Test
    void emptyAndBlankFilesSayTheyHoldNoArticle() {
        assertTrue(onlyError("empty.txt").message().contains("no article"));
        assertTrue(onlyError("whitespace.txt").message().contains("no article"));
    }

    @Test
    void binaryFileIsRefusedAsBinary() {
        assertTrue(onlyError("binary.txt").message().contains("binary"), onlyError("binary.txt").message());
    }

    @Test
    void invalidBytesAreReportedAtTheirLine() {
        Problem problem = onlyError("invalid.txt");
        assertEquals(4, problem.line());
        assertTrue(problem.message().contains("UTF-8"), problem.message());
    }

    @Test
    void mixedEncodingsNameBothLines() {
        Problem problem = onlyError("mixed.txt");
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("mixed encodings"), problem.message());
        assertTrue(problem.toString().startsWith("mixed.txt:3: error: "), problem.toString());
    }
}
