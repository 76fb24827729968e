package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.broadsheet.BuildReport;
import org.broadsheet.read.Problem;
import org.broadsheet.read.SeedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's loop, with a stand-in for the site build: a page made of the seed's text and the template,
 * and a seed error when the text says so.
 */
class PreviewTest {
    @TempDir
    Path temp;
    Path seeds;
    Path templates;
    Path output;
    final List<String> log = new CopyOnWriteArrayList<>();
    final AtomicInteger builds = new AtomicInteger();
    Preview preview;
    int port;

    @BeforeEach
    void start() throws IOException {
        seeds = Files.createDirectories(temp.resolve("seeds"));
        templates = Files.createDirectories(temp.resolve("theme"));
        output = temp.resolve("seeds/target/preview");
        Files.writeString(seeds.resolve("2022-03-04.txt"), "两会开幕\n");
        Files.writeString(seeds.resolve("broadsheet.properties"), "baseUrl=https://example.org/archive/\n");
        Files.writeString(templates.resolve("page.html"), "<h1>%s</h1>");
        preview = Preview.builder()
                .source(seeds).output(output).templates(templates).port(0)
                .quietPeriod(Duration.ofMillis(50))
                .log(new Preview.Log() {
                    @Override
                    public void info(String message) {
                        log.add("info: " + message);
                    }

                    @Override
                    public void warn(String message) {
                        log.add("warn: " + message);
                    }

                    @Override
                    public void error(String message) {
                        log.add("error: " + message);
                    }
                })
                .sites(baseUrl -> () -> build(baseUrl))
                .build();
        preview.start();
        port = Integer.parseInt(preview.url().replaceAll(".*:(\\d+)/.*", "$1"));
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private BuildReport build(String baseUrl) throws IOException, SeedException {
        builds.incrementAndGet();
        String text = Files.readString(seeds.resolve("2022-03-04.txt")).strip();
        if (text.contains("坏")) {
            throw new SeedException(List.of(Problem.error("2022-03-04.txt", 1, "cannot read '" + text + "'")));
        }
        String page = Files.readString(templates.resolve("page.html")).formatted(text);
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "<link rel=canonical href=\"" + baseUrl + "\">" + page);
        return new BuildReport(1, 1, 1, page.length(), 1, 0, Duration.ZERO, List.of());
    }

    @Test
    void theSiteIsBuiltForThePreviewsAddressKeepingTheBasePath() throws IOException {
        assertTrue(preview.url().matches("http://127\\.0\\.0\\.1:\\d+/archive/"), preview.url());
        Http.Response page = Http.get(port, "/archive/");
        assertTrue(page.body().contains("href=\"" + preview.url() + "\""), page.body());
        assertTrue(page.body().contains("<h1>两会开幕</h1>"), page.body());
        assertTrue(log.stream().anyMatch(line -> line.startsWith("info: Built 1 issue, 1 article")), log.toString());
    }

    @Test
    void editingASeedRebuildsTheSiteAndReloadsOpenPages() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Http.Events events = new Http.Events(preview.url().replace("/archive/", "/__broadsheet/reload"))) {
                events.await("hello");
                Files.writeString(seeds.resolve("2022-03-04.txt"), "政府工作报告\n");
                events.await("reload");
            }
            assertTrue(Http.get(port, "/archive/").body().contains("<h1>政府工作报告</h1>"));
            assertTrue(log.stream().anyMatch(line -> line.startsWith("info: Changed: 2022-03-04.txt")), log.toString());
        });
    }

    @Test
    void editingATemplateOutsideTheSeedsRebuildsTheSite() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Http.Events events = new Http.Events(preview.url().replace("/archive/", "/__broadsheet/reload"))) {
                events.await("hello");
                Files.writeString(templates.resolve("page.html"), "<h2 class=kicker>%s</h2>");
                events.await("reload");
            }
            assertTrue(Http.get(port, "/archive/").body().contains("<h2 class=kicker>两会开幕</h2>"));
        });
    }

    @Test
    void aBrokenSeedShowsItsErrorInTheLogAndThePageUntilFixed() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Http.Events events = new Http.Events(preview.url().replace("/archive/", "/__broadsheet/reload"))) {
                events.await("hello");
                Files.writeString(seeds.resolve("2022-03-04.txt"), "坏\n");
                events.await("reload");
                Http.Response broken = Http.get(port, "/archive/");
                assertEquals(500, broken.status());
                assertTrue(broken.body().contains("2022-03-04.txt:1: error: cannot read &#39;坏&#39;"), broken.body());
                assertTrue(log.contains("error: 2022-03-04.txt:1: error: cannot read '坏'"), log.toString());

                Files.writeString(seeds.resolve("2022-03-04.txt"), "修好了\n");
                events.await("reload");
            }
            Http.Response fixed = Http.get(port, "/archive/");
            assertEquals(200, fixed.status());
            assertTrue(fixed.body().contains("<h1>修好了</h1>"), fixed.body());
        });
    }

    @Test
    void aFailingBuildOfAnyKindKeepsTheServerUp() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Http.Events events = new Http.Events(preview.url().replace("/archive/", "/__broadsheet/reload"))) {
                events.await("hello");
                Files.writeString(templates.resolve("page.html"), "<h1>%d</h1>");
                events.await("reload");
            }
            Http.Response broken = Http.get(port, "/archive/");
            assertEquals(500, broken.status());
            assertTrue(log.stream().anyMatch(line -> line.startsWith("error: Build failed: ")), log.toString());
        });
    }

    @Test
    void closingStopsServingAndReturnsFromAwaitStop() throws InterruptedException {
        preview.awaitStop(Duration.ofMillis(1));
        assertTrue(log.contains("info: Preview stopped"), log.toString());
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Http.get(port, "/archive/"));
    }
}
