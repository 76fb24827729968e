package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read through the cache, an archive holds its headlines in memory and its text on disk: the same issues as a
 * plain read, whose paragraphs come from the cache's files while the build runs.
 */
class SeedCacheTest {
    private static final Path SEEDS = Path.of("src/test/resources/archive");
    private static final String GENERATOR = "test-generator";

    @TempDir
    Path temp;

    private static Stream<Article> articles(ReadResult result) {
        return result.archive().issues().stream().map(Issue::articles).flatMap(List::stream);
    }

    @Test
    void issuesReadThroughAFreshOrALoadedCacheEqualAPlainRead() throws Exception {
        SeedReader reader = SeedReader.builder().build();
        ReadResult plain = reader.read(SEEDS);
        Path file = temp.resolve(".site.cache");
        try (SeedCache cache = SeedCache.empty(file, GENERATOR)) {
            assertEquals(plain.archive(), reader.read(SEEDS, cache).archive(), "parsed and spilled");
            cache.finish();
        }
        try (SeedCache cache = SeedCache.load(file, GENERATOR)) {
            ReadResult cached = reader.read(SEEDS, cache);
            assertEquals(plain.archive(), cached.archive(), "taken from the cache");
            assertEquals(plain.problems(), cached.problems());
            assertTrue(!cache.changed(), "nothing changed");
            cache.finish();
        }
    }

    @Test
    void theTextIsReadFromTheCachesFilesNotKeptInMemory() throws Exception {
        SeedReader reader = SeedReader.builder().build();
        Path file = temp.resolve(".site.cache");
        ReadResult result;
        try (SeedCache cache = SeedCache.empty(file, GENERATOR)) {
            result = reader.read(SEEDS, cache);
            cache.finish();
        }
        // Once the build is over and the cache closed, an article's headline is there and its text is not.
        Article article = articles(result).filter(a -> !a.paragraphs().isEmpty()).findFirst().orElseThrow();
        assertTrue(!article.title().isEmpty());
        assertThrows(RuntimeException.class, () -> article.paragraphs().get(0));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(file), left.toList(), "the spill file is gone; the cache is written");
        }
    }

    @Test
    void aCacheOfAnotherGeneratorIsEmpty() throws Exception {
        SeedReader reader = SeedReader.builder().build();
        Path file = temp.resolve(".site.cache");
        try (SeedCache cache = SeedCache.empty(file, GENERATOR)) {
            reader.read(SEEDS, cache);
            cache.finish();
        }
        try (SeedCache cache = SeedCache.load(file, "another-generator")) {
            assertEquals(reader.read(SEEDS).archive(), reader.read(SEEDS, cache).archive());
            assertTrue(cache.changed(), "every seed was read afresh");
        }
    }

    /** The test archive copied into a folder of its own, so seeds can be added, changed and removed. */
    private Path seeds() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("seeds"));
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path seed : files.toList()) {
                Files.copy(seed, folder.resolve(seed.getFileName()));
            }
        }
        return folder;
    }

    /** One build's reading through the cache in {@code file}; whether the cache had changed. */
    private static boolean build(Path seeds, Path file) throws Exception {
        SeedReader reader = SeedReader.builder().build();
        try (SeedCache cache = SeedCache.load(file, GENERATOR)) {
            assertEquals(reader.read(seeds).archive(), reader.read(seeds, cache).archive(), "the same as a plain read");
            boolean changed = cache.changed();
            cache.finish();
            return changed;
        }
    }

    /**
     * Builds the cache in {@code file} from {@code seeds} without their newest seed, then puts that seed back,
     * not yet read: where a daily update starts. Gives the cache's size.
     */
    private long cachedWithoutTheNewest(Path seeds, Path file) throws Exception {
        String newest = "2022-04-01.txt";
        Path held = Files.move(seeds.resolve(newest), temp.resolve(newest));
        build(seeds, file);
        Files.move(held, seeds.resolve(newest));
        return Files.size(file);
    }

    @Test
    void aNewSeedIsAppendedToTheCacheWhoseEarlierBytesStayAsTheyWere() throws Exception {
        Path seeds = seeds();
        Path file = temp.resolve(".site.cache");
        cachedWithoutTheNewest(seeds, file);
        byte[] before = Files.readAllBytes(file);

        assertTrue(build(seeds, file), "the new seed is read");

        byte[] after = Files.readAllBytes(file);
        assertTrue(after.length > before.length);
        assertEquals(java.util.Arrays.toString(before),
                java.util.Arrays.toString(java.util.Arrays.copyOf(after, before.length)), "appended, not rewritten");
        assertFalse(build(seeds, file), "and then taken from the cache");
    }

    @Test
    void aRemovedSeedIsForgottenSoTheCacheIsNotWrittenAgainAfterwards() throws Exception {
        Path seeds = seeds();
        Path file = temp.resolve(".site.cache");
        build(seeds, file);
        Files.delete(seeds.resolve("2021-03-04.txt"));

        assertTrue(build(seeds, file), "a seed is gone");
        long size = Files.size(file);
        assertFalse(build(seeds, file), "the cache says it is gone");
        assertEquals(size, Files.size(file));
    }

    @Test
    void anEntryCutOffByAKilledBuildIsIgnoredAndCutAwayByTheNextAppend() throws Exception {
        Path seeds = seeds();
        Path file = temp.resolve(".site.cache");
        long whole = cachedWithoutTheNewest(seeds, file);
        build(seeds, file);
        long appended = Files.size(file);
        // As a build killed while appending leaves it: the new entry cut off half-way.
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(whole + (appended - whole) / 2);
        }

        assertTrue(build(seeds, file), "the cut-off seed is read again");
        assertEquals(appended, Files.size(file), "the cut-off entry is replaced, not followed");
        assertFalse(build(seeds, file));
    }

    @Test
    void aCacheMostlyOfReplacedEntriesIsWrittenAfresh() throws Exception {
        Path seeds = seeds();
        Path file = temp.resolve(".site.cache");
        build(seeds, file);
        long fresh = Files.size(file);
        for (int round = 1; round <= 4; round++) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path seed : files.toList()) {
                    Files.writeString(seed, Files.readString(seed) + "\n\n第" + round + "次更正。\n",
                            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
                }
            }
            assertTrue(build(seeds, file), "every seed changed");
            assertTrue(Files.size(file) <= 2 * fresh + 2_000, "round " + round + ": " + Files.size(file)
                    + " bytes, a fresh cache " + fresh);
        }
    }

    @Test
    void aFirstBuildsSpillBecomesTheCacheAndAKilledBuildsSpillIsRemoved() throws Exception {
        Path seeds = seeds();
        Path file = temp.resolve(".site.cache");
        // What a build killed while reading leaves: its spill file, named after its process (long gone).
        Path killed = temp.resolve(".site.cache.2147483646-1.spill.tmp");
        Files.writeString(killed, "half a spill");
        SeedReader reader = SeedReader.builder().build();
        try (SeedCache cache = SeedCache.empty(file, GENERATOR)) {
            reader.read(seeds, cache);
            try (Stream<Path> beside = Files.list(temp)) {
                assertEquals(1, beside.filter(p -> p.getFileName().toString().endsWith(".spill.tmp")
                        && !p.equals(killed)).count(), "the seeds read afresh are spilled beside the cache");
            }
            cache.finish();
        }
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(List.of(file, seeds), beside.sorted().toList(), "the spill became the cache");
        }
        assertFalse(build(seeds, file), "and it holds every seed");
    }
}
