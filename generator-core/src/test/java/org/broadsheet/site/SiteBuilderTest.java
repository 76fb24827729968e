package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildReport;
import org.broadsheet.read.SeedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds are deterministic, atomic, and clean up after themselves. */
class SiteBuilderTest {
    @TempDir
    Path temp;

    @Test
    void buildingTheSameInputTwiceGivesIdenticalTrees() throws Exception {
        Path source = SampleSite.copySource("twice");
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        build(source, first);
        build(source, second);
        Map<String, byte[]> a = tree(first);
        Map<String, byte[]> b = tree(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path + " differs between two builds"));
    }

    @Test
    void aBuildWithABadSeedLeavesThePreviousOutputUntouched() throws Exception {
        Path source = SampleSite.copySource("bad-seed");
        Path output = temp.resolve("site");
        build(source, output);
        Map<String, byte[]> before = tree(output);
        Files.writeString(source.resolve("empty.txt"), "\n\n");
        SeedException e = assertThrows(SeedException.class, () -> build(source, output));
        assertTrue(e.getMessage().contains("empty.txt"), "the error names the file: " + e.getMessage());
        assertEquals(before.keySet(), tree(output).keySet());
        assertNoStagingLeft();
    }

    @Test
    void aTemplateThatFailsLeavesThePreviousOutputUntouched() throws Exception {
        Path source = SampleSite.copySource("bad-template");
        Path output = temp.resolve("site");
        build(source, output);
        Map<String, byte[]> before = tree(output);
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("article.ftlh"), "${article.noSuchThing}");
        IOException e = assertThrows(IOException.class, () -> Broadsheet.builder().source(source).output(output)
                .templates(templates).build().generate());
        assertTrue(e.getMessage().contains("article.ftlh"), "the error names the template: " + e.getMessage());
        Map<String, byte[]> after = tree(output);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        assertNoStagingLeft();
    }

    @Test
    void filesLeftByAPreviousBuildDisappear() throws Exception {
        Path source = SampleSite.copySource("leftovers");
        Path output = temp.resolve("site");
        build(source, output);
        Files.delete(source.resolve("2022-04-01.txt"));
        build(source, output);
        assertFalse(Files.exists(output.resolve("2022/04/01/index.html")), "a removed issue's pages go");
        assertTrue(Files.exists(output.resolve("2022/03/04/index.html")));
    }

    @Test
    void aCleanBuildAlsoRemovesFilesPutInTheOutputByHand() throws Exception {
        Path source = SampleSite.copySource("stale");
        Path output = temp.resolve("site");
        build(source, output);
        Files.writeString(output.resolve("2022/stale.html"), "old");
        Broadsheet.builder().source(source).output(output).clean(true).build().generate();
        assertFalse(Files.exists(output.resolve("2022/stale.html")));
    }

    @Test
    void aFolderBroadsheetDidNotWriteIsNeverReplaced() throws Exception {
        Path source = SampleSite.copySource("foreign");
        Path output = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(output.resolve("thesis.txt"), "precious");
        IOException e = assertThrows(IOException.class, () -> build(source, output));
        assertTrue(e.getMessage().contains("refusing"), e.getMessage());
        assertEquals("precious", Files.readString(output.resolve("thesis.txt")));
    }

    @Test
    void theReportCountsWhatWasBuilt() throws Exception {
        Path output = temp.resolve("site");
        BuildReport report = build(SampleSite.copySource("report"), output);
        assertEquals(SampleSite.files(output, ".html").size(), report.pages());
        assertEquals(tree(output).values().stream().mapToLong(b -> b.length).sum(), report.bytes());
        assertTrue(report.summary().matches("\\d+ issues, \\d+ articles, \\d+ pages, [\\d,]+ bytes \\([\\d,]+ files written, [\\d,]+ kept\\) in [\\d.]+ s.*"),
                report.summary());
    }

    private BuildReport build(Path source, Path output) throws IOException, SeedException {
        return Broadsheet.builder().source(source).output(output).build().generate();
    }

    private void assertNoStagingLeft() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            // The empty lock file stays (removing it would let two builds lock different files), the cache of
            // what the seeds were read into, and the build state.
            assertEquals(List.of(".site.cache", ".site.lock", ".site.state"), names.stream().sorted().toList(),
                    "no staging folder is left beside the output");
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
