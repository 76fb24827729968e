package org.broadsheet.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

    private static final String F1 = "0123456789abcdef0123456789abcdef";
    private static final String F2 = "fedcba9876543210fedcba9876543210";

    private BuildState written() throws Exception {
        Map<String, String> index = new LinkedHashMap<>();
        index.put("2021", "aa11");
        index.put("2022-03", "bb22");
        BuildState state = BuildState.of("gen-1", index, Map.of(
                "index.html", new BuildState.Entry(F1, 12_345),
                "reporters/张三/index.html", new BuildState.Entry(F2, 0),
                "search/data/2021/t0.jsonl", new BuildState.Entry("00000000000000000000000000000000", 9_876_543_210L)),
                Map.of("2022/03/04/", new BuildState.Group("11112222", Map.of(
                                "2022/03/04/index.html", new BuildState.Entry(F1, 100),
                                "2022/03/04/1/index.html", new BuildState.Entry(F2, 200))),
                        "2021/01/01/", new BuildState.Group("33334444", Map.of(
                                "2021/01/01/index.html", new BuildState.Entry(F2, 7)))));
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
        assertEquals(state.groups(), read.groups());
        assertEquals(Map.of("2022/03/04/index.html", new BuildState.Entry(F1, 100),
                "2022/03/04/1/index.html", new BuildState.Entry(F2, 200)), read.groups().get("2022/03/04/").files());
        assertEquals(6, read.fileCount());
        assertEquals(12_345 + 9_876_543_210L + 100 + 200 + 7, read.bytes());
    }

    @Test
    void pathsBeyondTheBasicPlaneReadBackBesideOthers() throws Exception {
        // U+20000 sorts after U+FF01 by code point, but before it as Java strings (by its surrogates).
        Map<String, BuildState.Entry> files = Map.of("reporters/\uD840\uDC00/index.html", new BuildState.Entry(F1, 1),
                "reporters/\uFF01/index.html", new BuildState.Entry(F2, 2), "reporters/a/index.html",
                new BuildState.Entry(F1, 3));
        BuildState state = BuildState.of("gen-1", Map.of(), files, Map.of("issues/\uD840\uDC00/",
                new BuildState.Group("77", files), "issues/\uFF01/", new BuildState.Group("88", files)));
        state.write(file);
        assertEquals(state, BuildState.read(output, file, "gen-1"));
    }

    @Test
    void groupsTakenOverFromAReadStateAreWrittenAsTheyWereRead() throws Exception {
        written();
        String before = Files.readString(file);
        BuildState read = BuildState.read(output, file, "gen-1");
        BuildState.of("gen-1", read.index(), read.files(), read.groups()).write(file);
        assertEquals(before, Files.readString(file));
    }

    @Test
    void aFollowingStateRemovesTheFilesItNoLongerHasInOrGroupsOrNot() throws Exception {
        written();
        BuildState read = BuildState.read(output, file, "gen-1");
        Map<String, BuildState.Entry> files = new HashMap<>(read.files());
        files.remove("reporters/张三/index.html");
        files.put("reporters/李四/index.html", new BuildState.Entry(F1, 1));
        BuildState next = BuildState.of("gen-1", read.index(), files, Map.of(
                "2022/03/04/", new BuildState.Group("55556666", Map.of(
                        "2022/03/04/index.html", new BuildState.Entry(F2, 100),
                        "2022/03/04/2/index.html", new BuildState.Entry(F2, 300))),
                "2021/01/01/", read.groups().get("2021/01/01/")));
        assertEquals(java.util.List.of("2022/03/04/1/index.html", "reporters/张三/index.html"), read.removedBy(next));

        BuildState without = BuildState.of("gen-1", read.index(), read.files(), Map.of(
                "2022/03/04/", read.groups().get("2022/03/04/")));
        assertEquals(java.util.List.of("2021/01/01/index.html"), read.removedBy(without), "a group gone goes whole");
        assertEquals(java.util.List.of(), read.removedBy(read));
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
            "abc\t-1\tindex.html", "abc\t1\tindex.html", "abc\t1\tabout.html", "group\tab\t1\t1\t2022/03/04/",
            "group\tab\t1\t1\t2023/01/01/"})
    void aDamagedRepeatedOrMisplacedLineMakesTheWholeStateCountAsNone(String line) throws Exception {
        written();
        Files.writeString(file, Files.readString(file) + line + "\n", StandardCharsets.UTF_8);
        assertNull(BuildState.read(output, file, "gen-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t1\t300\t2022/03/04/", "\t3\t300\t2022/03/04/"})
    void aGroupWithMoreOrFewerFilesThanItsLineSaysMakesTheWholeStateCountAsNone(String counted) throws Exception {
        written();
        String text = Files.readString(file);
        assertTrue(text.contains("\t2\t300\t2022/03/04/\n"), text);
        Files.writeString(file, text.replace("\t2\t300\t2022/03/04/\n", counted + "\n"));
        assertNull(BuildState.read(output, file, "gen-1"));
    }

    @Test
    void aStateCutShortCountsAsNone() throws Exception {
        written();
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 1));
        assertNull(BuildState.read(output, file, "gen-1"), "its last line lost its line break");
        Files.writeString(file, text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1));
        assertNull(BuildState.read(output, file, "gen-1"), "its last group lost a line");
    }
}
