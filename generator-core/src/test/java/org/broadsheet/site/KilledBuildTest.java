package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.broadsheet.site.internal.AtomicOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line, started as a process and killed with SIGKILL at random moments of an incremental build of a
 * few hundred articles, many times over: the output folder is the complete previous site or the complete new
 * one (compared file by file with clean builds of each input), except when the kill cut the moving in of the
 * changed files; then a journal is beside the output, and taking the output for the next build (which finishes
 * the moves first) makes it the complete new site. The next build succeeds. The number of kills is
 * {@code -Dbroadsheet.kills} (default 20).
 */
class KilledBuildTest {
    private static final int KILLS = Integer.getInteger("broadsheet.kills", 20);

    @TempDir
    Path work;

    @Test
    void aBuildKilledAtAnyMomentLeavesTheCompletePreviousOrNewSiteAndTheNextBuildSucceeds() throws Exception {
        Path oldSeeds = ChildBuild.seeds(work.resolve("old-seeds"), 25, false);
        Path newSeeds = ChildBuild.seeds(work.resolve("new-seeds"), 25, true);
        long start = System.nanoTime();
        ChildBuild.run(oldSeeds, work.resolve("reference-old"));
        long buildNanos = System.nanoTime() - start;
        ChildBuild.run(newSeeds, work.resolve("reference-new"));
        Map<String, String> oldTree = ChildBuild.tree(work.resolve("reference-old"));
        Map<String, String> newTree = ChildBuild.tree(work.resolve("reference-new"));
        assertNotEquals(oldTree, newTree, "the two inputs give different sites");

        Path site = work.resolve("publish").resolve("site");
        ChildBuild.run(oldSeeds, site);
        Random random = new Random(Long.getLong("broadsheet.kills.seed", System.nanoTime()));
        int cut = 0;
        int swappedIn = 0;
        int moving = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            boolean showsOld = ChildBuild.tree(site).equals(oldTree);
            Path log = work.resolve("build-" + kill + ".log");
            Process build = ChildBuild.start(showsOld ? newSeeds : oldSeeds, site, log);
            // Anywhere from JVM start-up to just after the end of a typical build.
            Thread.sleep((long) (random.nextDouble() * buildNanos * 1.1 / 1_000_000));
            boolean alive = build.isAlive();
            build.destroyForcibly(); // SIGKILL on Linux
            build.waitFor();
            cut += alive ? 1 : 0;

            Path journal = site.resolveSibling(".site.journal");
            if (Files.exists(journal)) {
                moving++;
                AtomicOutput.beside(site).abandon(); // what the next build does first: finish the moves
                assertTrue(Files.notExists(journal), "the journal is gone once its moves are done");
                assertEquals(showsOld ? newTree : oldTree, ChildBuild.tree(site),
                        "after kill " + kill + " (cut while moving files in), the finished moves give the new site");
            }
            Map<String, String> seen = ChildBuild.tree(site);
            if (seen.equals(showsOld ? newTree : oldTree)) {
                swappedIn++;
            } else if (!seen.equals(showsOld ? oldTree : newTree)) {
                fail("after kill " + kill + " the output is neither the previous nor the new site; differing files: "
                        + ChildBuild.differences(seen, showsOld ? oldTree : newTree) + "\n" + Files.readString(log));
            }
        }
        System.out.printf("KilledBuildTest: %d kills, %d cut a running build, %d found the new site in (%d while"
                + " moving files in)%n", KILLS, cut, swappedIn, moving);
        assertTrue(cut >= KILLS / 4, "kills hit running builds (" + cut + " of " + KILLS + ")");

        ChildBuild.run(newSeeds, site);
        assertEquals(newTree, ChildBuild.tree(site), "the build after the kills gives the new site");
        try (Stream<Path> beside = Files.list(site.getParent())) {
            assertEquals(List.of(".site.cache", ".site.lock", ".site.state", "site"),
                    beside.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging or old folder is left beside the output");
        }
    }
}
