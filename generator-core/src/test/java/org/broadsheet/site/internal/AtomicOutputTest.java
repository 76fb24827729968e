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
        next.commit();

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
        first.commit();
        AtomicOutput.beside(output).abandon(); // free again
        assertTrue(Files.isRegularFile(output.resolve(AtomicOutput.MARKER)));
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
