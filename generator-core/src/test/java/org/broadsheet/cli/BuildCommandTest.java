package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build} writes the site and prints one summary line; mistakes in its use are told plainly. */
class BuildCommandTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void buildWritesTheSiteAndPrintsOneSummaryLine() throws Exception {
        Path site = temp.resolve("site");
        int status = run("build", "--source", "../seeds", "--out", site.toString(),
                "--base-url", "https://example.org/archive/", "--title", "测试档案");
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, summary.lines().count(), summary);
        assertTrue(summary.startsWith("1 issue, 5 articles, "), summary);
        assertTrue(Files.readString(site.resolve("index.html")).contains("<title>测试档案</title>"));
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("https://example.org/archive/sitemaps/2022-03.xml"));
        assertTrue(Files.readString(site.resolve("sitemaps/2022-03.xml")).contains("https://example.org/archive/2022/03/04/"));
    }

    @Test
    void buildWithoutAnOutputFolderIsAUsageError() {
        assertEquals(2, run("build", "--source", "../seeds"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out"));
    }

    @Test
    void helpDescribesBuild() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--base-url URL"));
    }
}
