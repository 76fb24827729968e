package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
