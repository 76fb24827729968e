package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.read.SeedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade: its switch that makes warnings from the seeds fail a build, as CI and the Maven plugin want, and
 * what it does when the cache of read seeds cannot be written.
 */
class BroadsheetTest {
    /** No date anywhere (front matter, sidecar, file name, year setting): read, with a warning. */
    private static final String UNDATED = "我市新建公园二十个\n\n本报讯（记者 张丽）3月1日，我市今年将新建公园二十个。\n";

    @TempDir
    Path folder;

    @Test
    void aWarningFailsAStrictBuildAndNothingIsWritten() throws Exception {
        Path source = Files.createDirectories(folder.resolve("seeds"));
        Files.writeString(source.resolve("issue.txt"), UNDATED, StandardCharsets.UTF_8);
        Path output = folder.resolve("site");

        SeedException e = assertThrows(SeedException.class,
                () -> Broadsheet.builder().source(source).output(output).failOnWarning(true).build().generate());
        assertEquals("issue.txt", e.problems().get(0).file());
        assertFalse(Files.exists(output), "nothing is written");

        BuildReport report = Broadsheet.builder().source(source).output(output).build().generate();
        assertEquals(1, report.warnings().size(), "the same seed builds when warnings are allowed");
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
    }

    @Test
    void aCacheOfSeedsThatCannotBeWrittenIsAWarningNamingItAndTheSiteIsBuilt() throws Exception {
        Path source = Files.createDirectories(folder.resolve("seeds"));
        Files.writeString(source.resolve("2022-03-01.txt"), UNDATED, StandardCharsets.UTF_8);
        Path output = folder.resolve("site");
        Path cache = Files.createDirectories(folder.resolve("cache-is-a-folder"));
        Files.writeString(cache.resolve("keep"), "not empty");

        BuildReport report = Broadsheet.builder().source(source).output(output).cache(cache).build().generate();

        assertTrue(Files.isRegularFile(output.resolve("2022/03/01/index.html")), "the site is built");
        assertEquals(1, report.warnings().size(), report.warnings().toString());
        assertEquals(cache.toString(), report.warnings().get(0).file());
        assertTrue(report.warnings().get(0).message().contains("cache"), report.warnings().get(0).message());
        try (var left = Files.list(folder)) {
            assertEquals(java.util.List.of(".site.lock", "cache-is-a-folder", "cache-is-a-folder.state", "seeds",
                    "site"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary cache is left");
        }
    }
}
