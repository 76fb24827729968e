package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildReport;
import org.broadsheet.read.SeedCache;
import org.broadsheet.read.SeedReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build over a previous one writes only the files whose inputs changed, and its output is the same, byte for
 * byte, as a clean build of the same input. Whether a file was written is told by its identity on disk (inode):
 * a written file is a new file moved into place.
 */
class IncrementalBuildTest {
    private static final Path NEW_ISSUE = Path.of("src/test/resources/incremental/2022-04-02.txt");
    /** An article of an issue far from the ones the tests change: never rewritten unless every page is. */
    private static final String UNRELATED_ARTICLE = "2021/03/04/1.html";

    @TempDir
    Path temp;

    @Test
    void addingAnIssueWritesItsPagesAndItsNeighboursButNotUnrelatedArticles() throws Exception {
        Path source = SampleSite.copySource("incremental-add");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Map<String, Object> before = identities(output);

        Files.copy(NEW_ISSUE, source.resolve(NEW_ISSUE.getFileName()));
        BuildReport report = build(source, output, null, false);

        assertSameAsCleanBuild(source, output, null);
        Map<String, Object> after = identities(output);
        assertEquals(before.get(UNRELATED_ARTICLE), after.get(UNRELATED_ARTICLE), "an unrelated article is kept");
        assertTrue(after.containsKey("2022/04/02/index.html") && after.containsKey("2022/04/02/1.html"),
                "the new issue and its articles are written");
        assertNotEquals(before.get("2022/04/01/index.html"), after.get("2022/04/01/index.html"),
                "the issue before it now links to it");
        assertNotEquals(before.get("2022/04/index.html"), after.get("2022/04/index.html"), "its month changes");
        assertNotEquals(before.get("index.html"), after.get("index.html"), "the home page shows the new issue");
        assertNotEquals(before.get("feed.xml"), after.get("feed.xml"));
        assertNotEquals(before.get("sitemaps/2022-04.xml"), after.get("sitemaps/2022-04.xml"),
                "its month's sitemap lists it");
        assertEquals(before.get("sitemaps/2022-03.xml"), after.get("sitemaps/2022-03.xml"),
                "other months' sitemaps are kept, of its year too");
        assertEquals(before.get("sitemap.xml"), after.get("sitemap.xml"), "the sitemap index lists the same files");
        assertTrue(report.written() < report.kept(), "most files are kept: " + report.summary());
        assertTrue(report.summary().contains(report.written() + " files written"), report.summary());
        // The issue joins the newest week's segment of the search index (2022-04-02 is a Saturday, and its week's
        // days in April began on the first): the other segments' files are kept.
        List<String> index = after.keySet().stream().filter(path -> path.startsWith("search/data/")).toList();
        List<String> rewritten = index.stream().filter(path -> !Objects.equals(before.get(path), after.get(path))).toList();
        assertTrue(rewritten.stream().allMatch(path -> path.startsWith("search/data/2022-04-01/")
                || path.equals("search/data/manifest.json") || path.equals("search/data/reporters.json")),
                "only the week's segment and the top files are written: " + rewritten);
        assertTrue(rewritten.contains("search/data/manifest.json"), rewritten.toString());
        assertTrue(rewritten.size() * 2 < index.size(), rewritten.size() + " of " + index.size() + " search files written");
    }

    @Test
    void changingAnIssueRewritesItsArticlesOnly() throws Exception {
        Path source = SampleSite.copySource("incremental-change");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Map<String, Object> before = identities(output);

        Path issue = source.resolve("2022-04-01.txt");
        Files.writeString(issue, Files.readString(issue).replace("公交线路将进行优化调整", "公交线路将全面优化调整"));
        build(source, output, null, false);

        assertSameAsCleanBuild(source, output, null);
        Map<String, Object> after = identities(output);
        assertNotEquals(before.get("2022/04/01/1.html"), after.get("2022/04/01/1.html"),
                "the changed article is rewritten");
        assertEquals(before.get(UNRELATED_ARTICLE), after.get(UNRELATED_ARTICLE), "an unrelated article is kept");
        assertEquals(before.get("2022/03/04/index.html"), after.get("2022/03/04/index.html"),
                "an issue whose page does not show the change is kept");
    }

    @Test
    void editingASidecarMovesItsIssueAsACleanBuildWould() throws Exception {
        Path source = SampleSite.copySource("incremental-sidecar");
        Path output = temp.resolve("site");
        build(source, output, null, false);

        Path sidecar = source.resolve("000_85245450a54b3a6c.txt.meta");
        Files.writeString(sidecar, Files.readString(sidecar).replace("date: 2022-03-04", "date: 2022-03-05"));
        build(source, output, null, false);

        assertSameAsCleanBuild(source, output, null);
        assertTrue(Files.exists(output.resolve("2022/03/05/index.html")), "the issue moved to its new date");
    }

    @Test
    void aSeedRewrittenWithTheSameSizeAndItsOldModificationTimeIsReadAgain() throws Exception {
        Path source = SampleSite.copySource("incremental-same-size");
        Path issue = source.resolve("2022-04-01.txt");
        FileTime longAgo = modifiedLongAgo(source);
        Path output = temp.resolve("site");
        build(source, output, null, false);

        String text = Files.readString(issue);
        String edited = text.replace("公交线路将进行优化调整", "公交线路将全面优化调整");
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, edited.getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(issue, edited);
        Files.setLastModifiedTime(issue, longAgo);
        build(source, output, null, false);

        assertTrue(Files.readString(output.resolve("2022/04/01/1.html")).contains("公交线路将全面优化调整"));
        assertSameAsCleanBuild(source, output, null);
    }

    /**
     * Dates every file of {@code source} three days back, so that a build takes its seeds from the cache by their
     * file status (sidecars included) without reading their bytes; returns that time.
     */
    private static FileTime modifiedLongAgo(Path source) throws IOException {
        FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(3)));
        try (Stream<Path> seeds = Files.list(source)) {
            for (Path seed : seeds.toList()) {
                Files.setLastModifiedTime(seed, longAgo);
            }
        }
        return longAgo;
    }

    @Test
    void aSidecarPutBesideASeedReadLongAgoMovesItsIssue() throws Exception {
        Path source = SampleSite.copySource("incremental-new-sidecar");
        FileTime longAgo = modifiedLongAgo(source);
        Path output = temp.resolve("site");
        build(source, output, null, false);

        Path sidecar = source.resolve("2022-04-01.txt.meta");
        Files.writeString(sidecar, "date: 2022-04-09\n");
        Files.setLastModifiedTime(sidecar, longAgo);
        build(source, output, null, false);

        assertTrue(Files.exists(output.resolve("2022/04/09/index.html")), "the issue moved to its sidecar's date");
        assertSameAsCleanBuild(source, output, null);
    }

    @Test
    void theBuildStateIsKeptBesideTheSiteSoItIsNotDeployed() throws Exception {
        Path source = SampleSite.copySource("incremental-state");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        assertTrue(Files.isRegularFile(temp.resolve(".site.state")));
        assertFalse(tree(output).keySet().stream().anyMatch(path -> path.contains("state")),
                tree(output).keySet().toString());

        // As a build killed right after swapping its site in leaves it, or an earlier version of Broadsheet kept it.
        Files.move(temp.resolve(".site.state"), output.resolve(".broadsheet-state"));
        assertEquals(0, build(source, output, null, false).written(), "a state found inside the site is still used");
        assertTrue(Files.notExists(output.resolve(".broadsheet-state")), "and moved out of it");
        assertTrue(Files.isRegularFile(temp.resolve(".site.state")));
    }

    @Test
    void aSiteDeletedByHandIsBuiltWholeAgainThoughItsStateIsLeft() throws Exception {
        Path source = SampleSite.copySource("incremental-deleted-site");
        Path output = temp.resolve("site");
        BuildReport first = build(source, output, null, false);
        Map<String, byte[]> files = tree(output);
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }

        BuildReport second = build(source, output, null, false);

        assertEquals(first.written(), second.written(), second.summary());
        assertEquals(files.keySet(), tree(output).keySet());
    }

    @Test
    void aDamagedCacheOfSeedsIsReadAgainFromTheSeeds() throws Exception {
        Path source = SampleSite.copySource("incremental-damaged-cache");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Path cache = SeedCache.beside(output);
        assertEquals(temp.resolve(".site.cache"), cache);
        assertTrue(Files.size(cache) > 0, "the build keeps what it read beside the output");
        assertFalse(tree(output).keySet().stream().anyMatch(path -> path.contains("cache")),
                "the cache is not in the site, so it is not deployed with it");

        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path issue = source.resolve("2022-04-01.txt");
        Files.writeString(issue, Files.readString(issue).replace("公交线路将进行优化调整", "公交线路将全面优化调整"));
        build(source, output, null, false);

        assertSameAsCleanBuild(source, output, null);
        assertTrue(Files.readString(output.resolve("2022/04/01/1.html")).contains("公交线路将全面优化调整"));
    }

    @Test
    void aCacheOfSeedsWithDamagedBytesInsideIsNeverTakenForWhatTheSeedsSay() throws Exception {
        Path source = SampleSite.copySource("incremental-damaged-cache");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Path cache = SeedCache.beside(output);
        byte[] bytes = Files.readAllBytes(cache);
        // Same length, wrong bytes: the kind of damage that would still decode, into a wrong text.
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x01;
        }
        Files.write(cache, bytes);

        build(source, output, null, false);

        assertSameAsCleanBuild(source, output, null);
    }

    @Test
    void articleTextDamagedInTheCacheIsReadAgainFromTheSeedsWhenAPageNeedsIt() throws Exception {
        Path source = SampleSite.copySource("incremental-damaged-text");
        Path output = temp.resolve("site");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        build(source, output, templates, false);
        Path cache = SeedCache.beside(output);
        byte[] bytes = Files.readAllBytes(cache);
        // Damage in the articles' text, which an unchanged issue's head does not hold: found only when read.
        for (int i = bytes.length - 2_000; i < bytes.length - 1_000; i++) {
            bytes[i] ^= 0x01;
        }
        Files.write(cache, bytes);
        // A template change makes every article page render again, asking the cache for every article's text.
        overrideArticleTemplate(templates);

        BuildReport report = build(source, output, templates, false);

        assertTrue(report.warnings().stream().anyMatch(w -> w.file().equals(cache.toString())
                && w.message().contains("damaged")), report.warnings().toString());
        assertSameAsCleanBuild(source, output, templates);
        assertTrue(build(source, output, templates, false).warnings().stream()
                .noneMatch(w -> w.file().equals(cache.toString())), "the cache is whole again");
    }

    @Test
    void addingAnIssueRewritesItsReportersFrontPageButNotTheirFullArchivePages() throws Exception {
        // 25 issues of about ten articles, all by one reporter: a front page and a dozen archive pages of twenty.
        Path source = ChildBuild.seeds(temp.resolve("reporter-seeds"), 25, false);
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Path reporter = output.resolve("reporters/周安");
        Map<String, byte[]> before = tree(reporter);
        int fullBefore = articlesBy("周安", source) / 20;
        assertTrue(fullBefore >= 10, "a dozen archive pages");

        List<Path> seeds;
        try (Stream<Path> files = Files.list(source)) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Path last = seeds.get(seeds.size() - 1);
        String next = LocalDate.parse(last.getFileName().toString().replace(".txt", "")).plusDays(1) + ".txt";
        Files.writeString(source.resolve(next), Files.readString(last).replace("期第", "期续第"));
        build(source, output, null, false);

        Map<String, byte[]> after = tree(reporter);
        // Only the newest archive page may change (its link to newer articles, when the next page fills).
        for (int page = 1; page < fullBefore; page++) {
            String file = "page/" + page + "/index.html";
            assertArrayEquals(before.get(file), after.get(file), file + " is as it was");
        }
        assertFalse(Arrays.equals(before.get("index.html"), after.get("index.html")),
                "the front page lists the new articles");
        int fullAfter = articlesBy("周安", source) / 20;
        assertTrue(after.containsKey("page/" + fullAfter + "/index.html")
                && !after.containsKey("page/" + (fullAfter + 1) + "/index.html"), "one archive page per twenty");
        assertSameAsCleanBuild(source, output, null);
    }

    @Test
    void everyArticleOfAReporterIsOnTheirFrontPageOrExactlyOneArchivePage() throws Exception {
        Path source = ChildBuild.seeds(temp.resolve("reporter-seeds"), 7, false);
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Path reporter = output.resolve("reporters/周安");
        int written = articlesBy("周安", source);

        Set<String> front = articleLinks(reporter.resolve("index.html"));
        Map<String, Integer> archived = new TreeMap<>();
        for (int page = 1; Files.exists(reporter.resolve("page/" + page + "/index.html")); page++) {
            for (String article : articleLinks(reporter.resolve("page/" + page + "/index.html"))) {
                archived.merge(article, 1, Integer::sum);
            }
        }
        Set<String> all = new TreeSet<>(front);
        all.addAll(archived.keySet());
        assertEquals(Math.min(20, written), front.size(), "the front page holds the newest twenty");
        assertEquals(written / 20 * 20, archived.size(), "full archive pages of twenty");
        assertTrue(archived.values().stream().allMatch(n -> n == 1), "no article on two archive pages");
        assertEquals(written, all.size(), "every article can be reached");
    }

    /** How many articles of the archive in {@code source} name {@code reporter}, as the reader reads them. */
    private static int articlesBy(String reporter, Path source) throws Exception {
        return (int) SeedReader.builder().build().read(source).archive().issues().stream()
                .flatMap(issue -> issue.articles().stream())
                .filter(article -> article.byline().reporters().contains(reporter)).count();
    }

    /** The article pages a reporter's page lists, as site paths. */
    private static Set<String> articleLinks(Path page) throws IOException {
        Document document = Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
        Set<String> links = new TreeSet<>();
        for (Element link : document.select("ol.toc a[href]")) {
            String href = link.attr("abs:href");
            if (href.matches(".*/\\d{4}/\\d{2}/\\d{2}/\\d+\\.html")) {
                links.add(href);
            }
        }
        return links;
    }

    @Test
    void anIssueOnTheSameDayOfAnotherYearIsLinkedFromThatYearsIssuePageWhoseArticlesAreKept() throws Exception {
        Path source = SampleSite.copySource("incremental-other-year");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Map<String, Object> before = identities(output);

        // A year before the newest, so that the masthead's latest year, on every page, stays as it was.
        Files.writeString(source.resolve("2021-04-01.txt"), Files.readString(source.resolve("2022-04-01.txt")));
        build(source, output, null, false);

        Map<String, Object> after = identities(output);
        String issuePage = Files.readString(output.resolve("2022/04/01/index.html"));
        assertTrue(issuePage.contains("历年今日") && issuePage.contains("href=\"../../../2021/04/01/\""),
                "the issue of the same day a year after links the new one");
        assertNotEquals(before.get("2022/04/01/index.html"), after.get("2022/04/01/index.html"));
        assertEquals(before.get("2022/04/01/1.html"), after.get("2022/04/01/1.html"),
                "its articles' pages are kept");
        assertSameAsCleanBuild(source, output, null);
    }

    @Test
    void removingAnIssueDeletesItsPagesAndUpdatesItsNeighbours() throws Exception {
        Path source = SampleSite.copySource("incremental-remove");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Map<String, Object> before = identities(output);

        Files.delete(source.resolve("2022-04-01.txt"));
        BuildReport report = build(source, output, null, false);

        assertSameAsCleanBuild(source, output, null);
        assertFalse(Files.exists(output.resolve("2022/04")), "the removed issue's folders are gone");
        assertEquals(before.get(UNRELATED_ARTICLE), identities(output).get(UNRELATED_ARTICLE));
        assertTrue(report.written() < report.kept(), report.summary());
    }

    @Test
    void changingATemplateRewritesThePagesThatUseIt() throws Exception {
        Path source = SampleSite.copySource("incremental-template");
        Path output = temp.resolve("site");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        build(source, output, templates, false);
        Map<String, Object> before = identities(output);

        overrideArticleTemplate(templates);
        build(source, output, templates, false);

        assertSameAsCleanBuild(source, output, templates);
        Map<String, Object> after = identities(output);
        assertNotEquals(before.get(UNRELATED_ARTICLE), after.get(UNRELATED_ARTICLE), "every article page is rewritten");
        assertTrue(Files.readString(output.resolve(UNRELATED_ARTICLE)).contains("本馆藏"));
        assertEquals(before.get("2021/03/04/index.html"), after.get("2021/03/04/index.html"),
                "an issue page does not use the article template");
        assertEquals(before.get("index.html"), after.get("index.html"));
    }

    @Test
    void changingASettingRewritesEveryPageThatShowsIt() throws Exception {
        Path source = SampleSite.copySource("incremental-setting");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Map<String, Object> before = identities(output);

        Files.writeString(source.resolve("broadsheet.properties"), "\ntitle=另一个标题\n", java.nio.file.StandardOpenOption.APPEND);
        build(source, output, null, false);

        assertSameAsCleanBuild(source, output, null);
        Map<String, Object> after = identities(output);
        assertNotEquals(before.get(UNRELATED_ARTICLE), after.get(UNRELATED_ARTICLE));
        assertNotEquals(before.get("index.html"), after.get("index.html"));
        assertEquals(before.get("assets/broadsheet.css"), after.get("assets/broadsheet.css"), "assets are kept");
    }

    @Test
    void aBuildWithNothingChangedWritesNothing() throws Exception {
        Path source = SampleSite.copySource("incremental-nothing");
        Path output = temp.resolve("site");
        BuildReport first = build(source, output, null, false);
        Map<String, Object> before = identities(output);

        BuildReport second = build(source, output, null, false);

        assertEquals(0, second.written(), second.summary());
        assertEquals(first.written(), second.kept());
        assertEquals(first.bytes(), second.bytes());
        Map<String, Object> after = identities(output);
        assertEquals(before, after, "no file is replaced");
    }

    @Test
    void seedsTouchedOrCopiedBackUnchangedWriteNothing() throws Exception {
        Path source = SampleSite.copySource("incremental-touched");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Map<String, Object> before = identities(output);

        // New file status, same bytes: the seeds are read and digested again, and found unchanged.
        try (Stream<Path> seeds = Files.list(source)) {
            for (Path seed : seeds.toList()) {
                byte[] bytes = Files.readAllBytes(seed);
                Files.delete(seed);
                Files.write(seed, bytes);
                Files.setLastModifiedTime(seed, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
        }
        BuildReport second = build(source, output, null, false);

        assertEquals(0, second.written(), second.summary());
        Map<String, Object> after = identities(output);
        assertEquals(before, after, "no file is replaced");
        assertEquals(0, build(source, output, null, false).written(), "and then known by their new status");
    }

    @Test
    void aCleanBuildWritesEveryFile() throws Exception {
        Path source = SampleSite.copySource("incremental-clean");
        Path output = temp.resolve("site");
        build(source, output, null, false);
        Map<String, Object> before = identities(output);

        BuildReport report = build(source, output, null, true);

        assertEquals(0, report.kept(), report.summary());
        assertNotEquals(before.get(UNRELATED_ARTICLE), identities(output).get(UNRELATED_ARTICLE));
    }

    private void assertSameAsCleanBuild(Path source, Path output, Path templates) throws Exception {
        Path clean = temp.resolve("clean-" + System.nanoTime());
        build(source, clean, templates, true);
        Map<String, byte[]> expected = tree(clean);
        Map<String, byte[]> actual = tree(output);
        assertEquals(expected.keySet(), actual.keySet(), "the same files as a clean build");
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path + " differs from a clean build"));
        try (Stream<Path> entries = Files.list(temp)) {
            // Each output keeps its build lock file, its cache of seeds and its build state beside it; nothing else.
            assertEquals(0, entries.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")
                    && !name.endsWith(".lock") && !name.endsWith(".cache") && !name.endsWith(".state")).count(),
                    "no staging or old folder is left beside the output");
        }
    }

    /** Puts the theme's article template into {@code templates} with a comment added: "本馆藏" on every article. */
    private void overrideArticleTemplate(Path templates) throws IOException {
        String article = new String(getClass().getClassLoader().getResourceAsStream(
                "org/broadsheet/theme/article.ftlh").readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("article.ftlh"),
                article.replace("</article>", "<!-- 本馆藏 --></article>"));
    }

    private static BuildReport build(Path source, Path output, Path templates, boolean clean) throws Exception {
        return Broadsheet.builder().source(source).output(output).templates(templates).clean(clean).build().generate();
    }

    /** Each file's identity on disk (device and inode), by path. */
    private static Map<String, Object> identities(Path root) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(),
                        Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            }
        }
        return files;
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
