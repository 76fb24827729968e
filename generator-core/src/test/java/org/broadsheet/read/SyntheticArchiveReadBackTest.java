package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's archive generator ({@code bench/SyntheticArchive.java}, run as the README says) and the seed
 * reader agree: every article the generator meant is read back with its headline lines, reporters, dateline
 * and paragraphs, layout breaks re-joined. Keeps the tiny benchmark pipeline working in CI, untimed.
 */
class SyntheticArchiveReadBackTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final Path GENERATOR = PROJECT.resolve("bench/SyntheticArchive.java");

    @TempDir
    Path work;

    @Test
    void readsBackEveryGeneratedArticleWithItsHeadlineLinesAndReporters() throws Exception {
        Path source = work.resolve("src");
        Path manifest = work.resolve("expected.tsv");
        generate(3, 8, source, manifest);

        ReadResult result = SeedReader.builder().build().read(source);

        assertEquals(List.of(), result.problems(), "the reader reports no problem with a generated archive");
        List<String[]> expected = rows(manifest);
        List<Article> articles = new ArrayList<>();
        for (Issue issue : result.archive().issues()) {
            articles.addAll(issue.articles());
        }
        assertEquals(3, result.archive().issues().size());
        assertEquals(expected.size(), articles.size(), "articles read");
        for (int i = 0; i < expected.size(); i++) {
            String[] row = expected.get(i);
            Article article = articles.get(i);
            String where = row[0] + " article " + row[1];
            assertEquals(orNull(row[2]), article.kicker(), where + ": kicker");
            assertEquals(row[3], article.title(), where + ": title");
            assertEquals(orNull(row[4]), article.subtitle(), where + ": subtitle");
            assertEquals(Arrays.asList(row[5].split("、")), article.byline().reporters(), where + ": reporters");
            assertEquals(row[6], article.byline().dateline(), where + ": dateline");
            assertEquals(Integer.parseInt(row[7]), article.paragraphs().size(), where + ": paragraphs");
        }
        assertTrue(expected.stream().anyMatch(row -> Integer.parseInt(row[8]) > 0),
                "the archive has layout breaks to re-join");
        assertTrue(expected.stream().anyMatch(row -> !row[2].isEmpty()), "some headline has a kicker");
    }

    @Test
    void generatesTheSameFilesForTheSameSeedWhateverTheArchiveSize() throws Exception {
        Path three = work.resolve("three");
        Path two = work.resolve("two");
        generate(3, 4, three, work.resolve("three.tsv"));
        generate(2, 4, two, work.resolve("two.tsv"));

        try (var files = Files.list(two)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(three.resolve(file.getFileName())),
                        file.getFileName() + " is the same in both archives");
            }
        }
        assertFalse(Files.exists(two.resolve("2021-01-03.txt")));
        assertTrue(Files.exists(three.resolve("2021-01-03.txt")));
    }

    private static void generate(int issues, int articles, Path out, Path manifest) throws IOException,
            InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process process = new ProcessBuilder(java.toString(), GENERATOR.toString(),
                "--issues", Integer.toString(issues), "--articles", Integer.toString(articles),
                "--sample", PROJECT.resolve("seeds").toString(), "--out", out.toString(),
                "--manifest", manifest.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean done = process.waitFor(2, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done && process.exitValue() == 0,
                "the generator ran: " + GENERATOR + "\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<String[]> rows(Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(line -> line.split("\t", -1)).toList();
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
