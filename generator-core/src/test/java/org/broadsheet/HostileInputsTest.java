package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.broadsheet.cli.Main;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.site.SiteLayout;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile seed folders ({@code src/test/resources/hostile/<case>/}, plus the big and binary ones,
 * made at test time) each go through the whole pipeline as a user runs it: {@code build} on the command line,
 * in-process. Each gives either a correct site or a clear error naming the file; never a stack trace, and never
 * a file outside the output folder.
 */
class HostileInputsTest {
    private static final Pattern STACK_TRACE = Pattern.compile("Exception|Error:|^\\s+at [\\w.$]+\\(", Pattern.MULTILINE);

    @TempDir
    static Path work;

    /** A case and what it must give: a site, or a refusal naming these files. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("empty", List.of("2022-01-01.txt")),
                Arguments.of("whitespace", List.of("2022-01-02.txt")),
                Arguments.of("headlines-only", List.of()),
                Arguments.of("invalid-utf8", List.of("2022-01-04.txt:3")),
                Arguments.of("mixed-encodings", List.of("2022-01-05.txt")),
                Arguments.of("nul-bytes", List.of("2022-01-06.txt")),
                Arguments.of("same-date", List.of()),
                Arguments.of("unknown-keys", List.of()),
                Arguments.of("impossible-date", List.of("issue.txt:2")),
                Arguments.of("file-names", List.of()),
                Arguments.of("script", List.of()),
                Arguments.of("random-bytes", List.of("2022-01-19.txt")),
                Arguments.of("symbolic-links", List.of("escape.txt", "escape-folder")),
                Arguments.of("long-line", List.of()),
                Arguments.of("tiny-articles", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGivesACorrectSiteOrAnErrorNamingTheFile(String name, List<String> refusedFiles) throws Exception {
        Path folder = Files.createDirectories(work.resolve(name));
        Path source = seeds(name, folder);
        Path site = folder.resolve("site");
        Map<String, String> before = snapshot(work);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            status = Main.run(new String[] {"build", "--source", source.toString(), "--out", site.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("the command line let " + e + " reach the user", e);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertFalse(STACK_TRACE.matcher(stdout + stderr).find(), "a stack trace or exception shown:\n" + stderr);

        Map<String, String> after = snapshot(work);
        Path lock = site.resolveSibling(".site.lock");
        Path cache = site.resolveSibling(".site.cache");
        Path state = site.resolveSibling(".site.state");
        List<String> outside = new ArrayList<>();
        for (String path : union(before, after)) {
            boolean changed = !java.util.Objects.equals(before.get(path), after.get(path));
            // Beside the output only its (empty) build lock (see AtomicOutput), its cache of seeds and its build
            // state may stay.
            if (changed && !work.resolve(path).startsWith(site) && !work.resolve(path).equals(lock)
                    && !work.resolve(path).equals(cache) && !work.resolve(path).equals(state)) {
                outside.add(path);
            }
        }
        assertEquals(List.of(), outside, "files written, changed or removed outside the output folder");

        if (refusedFiles.isEmpty()) {
            assertEquals(0, status, "the build failed:\n" + stderr);
            assertTrue(stdout.contains("article"), "a summary line: " + stdout);
            assertSiteHoldsEveryArticle(source, site);
        } else {
            assertEquals(1, status, "the build did not refuse the input:\n" + stdout + stderr);
            for (String file : refusedFiles) {
                assertTrue(stderr.contains(file), "the error names " + file + ":\n" + stderr);
            }
            assertTrue(stderr.contains("nothing written"), stderr);
            assertFalse(Files.exists(site), "a refused build writes no site");
        }
    }

    /**
     * Every article the reader finds has its page, headed by its title, and is in the search index; the JSON
     * the site embeds or serves parses and holds no raw {@code <}, U+2028 or U+2029.
     */
    private static void assertSiteHoldsEveryArticle(Path source, Path site) throws Exception {
        Archive archive = Broadsheet.builder().source(source).build().check().archive();
        assertFalse(archive.issues().isEmpty(), "the case has articles");
        for (Issue issue : archive.issues()) {
            for (int i = 1; i <= issue.articles().size(); i++) {
                Article article = issue.articles().get(i - 1);
                Path page = site.resolve(SiteLayout.article(issue, i));
                assertTrue(Files.isRegularFile(page), "no page for article " + i + " of " + issue.source());
                if (issue.articles().size() > 50 && i % 500 != 1) {
                    continue; // the 10,000 tiny articles: every page exists; a sample of them is read
                }
                Document document = Jsoup.parse(page.toFile(), "UTF-8");
                Element h1 = document.selectFirst("h1");
                assertNotNull(h1, page.toString());
                assertTrue(normal(h1.text()).contains(normal(article.title())),
                        "title of " + page + ": '" + h1.text() + "' is not '" + article.title() + "'");
                for (Element jsonLd : document.select("script[type=application/ld+json]")) {
                    assertSafeJson(jsonLd.data(), page);
                }
            }
        }
        String manifest = Files.readString(site.resolve("search/data/manifest.json"));
        assertSafeJson(manifest, site.resolve("search/data/manifest.json"));
        assertEquals(archive.articleCount(), JsonParser.parseString(manifest).getAsJsonObject().get("articles").getAsInt(),
                "every article is searchable");
        try (Stream<Path> data = Files.walk(site.resolve("search/data"))) {
            for (Path file : data.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    assertSafeJson(line, file);
                }
            }
        }
    }

    private static void assertSafeJson(String json, Path where) {
        assertFalse(json.contains("<") || json.contains("\u2028") || json.contains("\u2029"),
                "raw <, U+2028 or U+2029 in JSON in " + where);
        JsonParser.parseString(json);
    }

    private static String normal(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000\\u2028\\u2029]+", " ").strip();
    }

    /** The case's seed folder: a copy of the fixture, or made here for the big, binary and linked cases. */
    private static Path seeds(String name, Path folder) throws IOException, URISyntaxException {
        Path source = Files.createDirectories(folder.resolve("seeds"));
        switch (name) {
            case "random-bytes" -> {
                byte[] bytes = new byte[64 * 1024];
                new Random(20220119).nextBytes(bytes);
                Files.write(source.resolve("2022-01-19.txt"), bytes);
            }
            case "long-line" -> {
                // One line of 50 MB: the sample's text from an OCR or export run that lost every line break.
                String text = String.join("", Files.readAllLines(Path.of("../seeds/000_85245450a54b3a6c.txt")).stream()
                        .map(String::strip).toList());
                StringBuilder line = new StringBuilder();
                while (line.length() * 3L < 50_000_000) {
                    line.append(text);
                }
                Files.writeString(source.resolve("2022-01-20.txt"), line);
            }
            case "tiny-articles" -> {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= 10_000; i++) {
                    text.append("第").append(i).append("号简讯标题\n\n本报讯（记者 周安）这是第").append(i)
                            .append("条简讯的正文，只有一句话。\n\n");
                }
                Files.writeString(source.resolve("2022-01-21.txt"), text);
            }
            case "symbolic-links" -> {
                Path outside = Files.createDirectories(folder.resolve("outside"));
                Files.writeString(outside.resolve("2022-01-22.txt"), "不该读到的秘密标题\n\n本报讯 秘密正文。\n");
                Files.writeString(source.resolve("2022-01-23.txt"), "正常的标题\n\n本报讯（记者 周安）正常的正文。\n");
                Files.createSymbolicLink(source.resolve("escape.txt"), outside.resolve("2022-01-22.txt"));
                Files.createSymbolicLink(source.resolve("escape-folder"), outside);
            }
            default -> copy(Path.of(HostileInputsTest.class.getResource("/hostile/" + name).toURI()), source);
        }
        return source;
    }

    /** Every path under {@code root} (links not followed) with its kind, size and modification time. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                entries.put(root.relativize(path).toString(), (attributes.isDirectory() ? "d" : attributes.isSymbolicLink()
                        ? "l" : "f") + " " + (attributes.isDirectory() ? 0 : attributes.size()) + " "
                        + (attributes.isDirectory() ? "" : attributes.lastModifiedTime()));
            }
        }
        return entries;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return new ArrayList<>(all.keySet());
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
