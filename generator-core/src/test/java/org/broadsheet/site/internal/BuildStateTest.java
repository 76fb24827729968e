package org.broadsheet.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The build state reads back as written, and a state that is not whole, or not this generator's, counts as none. */
class BuildStateTest {
    @TempDir
    Path temp;
    Path output;
    Path file;

    @org.junit.jupiter.api.BeforeEach
    void site() throws Exception {
        output = Files.createDirectories(temp.resolve("site"));
        Files.writeString(output.resolve(AtomicOutput.MARKER), "");
        file = BuildState.beside(output);
    }

    private BuildState written() throws Exception {
        Map<String, String> index = new LinkedHashMap<>();
        index.put("2021", "aa11");
        index.put("2022-03", "bb22");
        BuildState state = BuildState.after(null, "gen-1", index, Map.of(
                "index.html", new BuildState.Entry("0123456789abcdef0123456789abcdef", 12_345),
                "reporters/张三/index.html", new BuildState.Entry("fedcba9876543210fedcba9876543210", 0),
                "search/data/2021/t0.jsonl", new BuildState.Entry("00000000000000000000000000000000", 9_876_543_210L)));
        state.write(file);
        return state;
    }

    @Test
    void aStateReadsBackAsWritten() throws Exception {
        BuildState state = written();
        BuildState read = BuildState.read(output, file, "gen-1");
        assertEquals(state.files(), read.files());
        assertEquals(state.index(), read.index());
        assertEquals(java.util.List.copyOf(state.index().keySet()), java.util.List.copyOf(read.index().keySet()),
                "segments keep their order");
    }

    @Test
    void aStateMadeAfterAnotherWritesTheSameFileAsOneMadeAfresh() throws Exception {
        BuildState previous = written();
        previous = BuildState.read(output, file, "gen-1");
        Map<String, BuildState.Entry> files = new java.util.HashMap<>(previous.files());
        files.remove("reporters/张三/index.html");
        files.put("2021/01/01/index.html", new BuildState.Entry("11111111111111111111111111111111", 1));
        files.put("reporters/李四/index.html", new BuildState.Entry("22222222222222222222222222222222", 2));
        files.put("zz.xml", new BuildState.Entry("33333333333333333333333333333333", 3));
        Path afresh = temp.resolve("afresh");
        Path after = temp.resolve("after");
        BuildState.after(null, "gen-1", previous.index(), files).write(afresh);
        BuildState.after(previous, "gen-1", previous.index(), files).write(after);
        assertEquals(Files.readString(afresh), Files.readString(after));
        java.util.List<String> lines = Files.readAllLines(after);
        assertEquals(java.util.List.of("2021/01/01/index.html", "index.html", "reporters/李四/index.html",
                "search/data/2021/t0.jsonl", "zz.xml"),
                lines.subList(2, lines.size()).stream().map(line -> line.substring(line.lastIndexOf('\t') + 1))
                        .toList());
    }

    @Test
    void aStateInsideTheSiteIsMovedBesideItAndRead() throws Exception {
        BuildState state = written();
        Files.move(file, output.resolve(BuildState.FILE));
        assertEquals(state, BuildState.read(output, file, "gen-1"));
        assertTrue(Files.notExists(output.resolve(BuildState.FILE)), "no state left in the site");
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void aStateWithoutItsSiteCountsAsNone() throws Exception {
        written();
        Files.delete(output.resolve(AtomicOutput.MARKER));
        assertNull(BuildState.read(output, file, "gen-1"), "a site deleted by hand is built afresh");
    }

    @Test
    void anotherGeneratorsStateCountsAsNone() throws Exception {
        written();
        assertNull(BuildState.read(output, file, "gen-2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc\t12", "abc\t\tindex.html", "abc\t1x\tindex.html", "abc 12 index.html",
            "abc\t-1\tindex.html", "abc\t1\tindex.html", "abc\t1\tabout.html"})
    void aDamagedRepeatedOrMisplacedLineMakesTheWholeStateCountAsNone(String line) throws Exception {
        written();
        Files.writeString(file, Files.readString(file) + line + "\n", StandardCharsets.UTF_8);
        assertNull(BuildState.read(output, file, "gen-1"));
    }
}
