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

/** The facade's switch that makes warnings from the seeds fail a build, as CI and the Maven plugin want. */
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
}
