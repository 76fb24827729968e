package org.broadsheet.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What builds killed part-way leave beside the output is put right by the next build. */
class AtomicOutputTest {
    @TempDir
    Path temp;

    private Path site(String name, String page) throws IOException {
        Path site = Files.createDirectories(temp.resolve(name));
        Files.writeString(site.resolve(AtomicOutput.MARKER), "");
        Files.writeString(site.resolve("index.html"), page);
        return site;
    }

    @Test
    void aBuildKilledBetweenItsTwoRenamesLeavesThePreviousSiteWhichTheNextBuildRestores() throws IOException {
        Path output = temp.resolve("site");
        // Where a kill between the renames leaves things: the output moved aside, the new site still staged.
        site(".site.old-123", "previous");
        site(".site.building-456", "new, but never swapped in");

        AtomicOutput next = AtomicOutput.beside(output);
        assertEquals("previous", Files.readString(output.resolve("index.html")), "restored before the build");
        Files.writeString(next.staging().resolve("index.html"), "next");
        next.commit(temp.resolve(".site.state"));

        assertEquals("next", Files.readString(output.resolve("index.html")));
        assertEquals(List.of(".site.lock", "site"), siblings());
    }

    @Test
    void oldAndStagingFoldersOfKilledBuildsAreRemovedWhenTheOutputIsThere() throws IOException {
        Path output = site("site", "current");
        site(".site.old-1", "half deleted");
        site(".site.building-2", "half written");

        AtomicOutput.beside(output).abandon();

        assertEquals("current", Files.readString(output.resolve("index.html")));
        assertEquals(List.of(".site.lock", "site"), siblings());
    }

    @Test
    void aSecondBuildOfTheSameOutputIsRefusedWhileTheFirstRuns() throws IOException {
        Path output = temp.resolve("site");
        AtomicOutput first = AtomicOutput.beside(output);
        IOException refused = assertThrows(IOException.class, () -> AtomicOutput.beside(output));
        assertTrue(refused.getMessage().contains("another build is writing to"), refused.getMessage());
        first.commit(temp.resolve(".site.state"));
        AtomicOutput.beside(output).abandon(); // free again
        assertTrue(Files.isRegularFile(output.resolve(AtomicOutput.MARKER)));
    }

    @Test
    void anIncrementalBuildMovesOnlyItsChangedFilesInAndDeletesTheRemovedOnesWithTheirEmptyFolders()
            throws IOException {
        Path output = site("site", "current");
        Files.createDirectories(output.resolve("2022/03/04"));
        Files.writeString(output.resolve("2022/03/04/index.html"), "a dropped issue");
        Files.writeString(output.resolve("kept.html"), "kept as it is");

        AtomicOutput build = AtomicOutput.beside(output);
        Files.createDirectories(build.staging().resolve("2022/03/05"));
        Files.writeString(build.staging().resolve("2022/03/05/index.html"), "a new issue");
        Files.writeString(build.staging().resolve("index.html"), "new home");
        Files.writeString(build.staging().resolve(BuildState.FILE), "the new state");
        build.commitChanges(List.of("2022/03/05/index.html", "index.html"),
                List.of("2022/03/04/index.html"), temp.resolve(".site.state"));

        assertEquals("new home", Files.readString(output.resolve("index.html")));
        assertEquals("a new issue", Files.readString(output.resolve("2022/03/05/index.html")));
        assertEquals("kept as it is", Files.readString(output.resolve("kept.html")));
        assertTrue(Files.notExists(output.resolve("2022/03/04")), "the dropped issue's folder is gone");
        assertEquals("the new state", Files.readString(temp.resolve(".site.state")), "the state goes beside the site");
        assertTrue(Files.notExists(output.resolve(BuildState.FILE)), "and not into it");
        assertEquals(List.of(".site.lock", ".site.state", "site"), siblings());
    }

    @Test
    void anIncrementalBuildKilledWhileMovingItsFilesInIsFinishedByTheNextBuild() throws IOException {
        Path output = site("site", "current");
        Files.writeString(output.resolve("feed.xml"), "moved in before the kill");
        Files.writeString(output.resolve("gone.html"), "removed by the killed build");
        // Where a kill in the middle of the moves leaves things: the journal, and the files not yet moved.
        Path staging = Files.createDirectories(temp.resolve(".site.building-789"));
        Files.createDirectories(staging.resolve("2022/03/05"));
        Files.writeString(staging.resolve("2022/03/05/index.html"), "a new issue");
        Files.writeString(staging.resolve(BuildState.FILE), "the killed build's state");
        Files.writeString(temp.resolve(".site.state"), "the state before");
        Files.writeString(temp.resolve(".site.journal"), String.join("\n",
                "broadsheet journal 1, staging .site.building-789",
                "put feed.xml",
                "put 2022/03/05/index.html",
                "drop gone.html",
                "state " + temp.resolve(".site.state").toAbsolutePath()) + "\n");

        AtomicOutput.beside(output).abandon();

        assertEquals("moved in before the kill", Files.readString(output.resolve("feed.xml")));
        assertEquals("a new issue", Files.readString(output.resolve("2022/03/05/index.html")));
        assertTrue(Files.notExists(output.resolve("gone.html")));
        assertEquals("current", Files.readString(output.resolve("index.html")));
        assertEquals("the killed build's state", Files.readString(temp.resolve(".site.state")));
        assertEquals(List.of(".site.lock", ".site.state", "site"), siblings());
    }

    @Test
    void aJournalThatNamesAFileOutsideTheOutputIsRefusedWithItsPath() throws IOException {
        Path output = site("site", "current");
        Files.writeString(temp.resolve(".site.journal"),
                "broadsheet journal 1, staging .site.building-1\ndrop ../elsewhere.txt\n");
        Files.writeString(temp.resolve("elsewhere.txt"), "not the site's");

        IOException refused = assertThrows(IOException.class, () -> AtomicOutput.beside(output));
        assertTrue(refused.getMessage().contains("../elsewhere.txt"), refused.getMessage());
        assertTrue(Files.exists(temp.resolve("elsewhere.txt")));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
