package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {
    @TempDir
    Path temp;
    Path site;
    PreviewServer server;
    int port;

    @BeforeEach
    void serveACopyOfTheFixtureSite() throws IOException, URISyntaxException {
        Path fixture = Path.of(getClass().getResource("site").toURI());
        site = temp.resolve("site");
        copy(fixture, site);
        Files.copy(fixture.resolveSibling("secret.txt"), temp.resolve("secret.txt"));
        start("/");
    }

    private void start(String basePath) throws IOException {
        if (server != null) {
            server.close();
        }
        server = PreviewServer.builder().root(site).port(0).basePath(basePath).build();
        server.start();
        port = server.address().getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesEachKindOfFileWithItsContentTypeAndUtf8ForText() throws IOException {
        assertAll(
                () -> assertEquals("text/html;charset=utf-8", Http.get(port, "/").header("Content-Type")),
                () -> assertEquals("text/css;charset=utf-8", Http.get(port, "/style.css").header("Content-Type")),
                () -> assertEquals("text/javascript;charset=utf-8", Http.get(port, "/search.js").header("Content-Type")),
                () -> assertEquals("application/json;charset=utf-8",
                        Http.get(port, "/search-index.json").header("Content-Type")),
                () -> assertEquals("image/svg+xml;charset=utf-8", Http.get(port, "/logo.svg").header("Content-Type")),
                () -> assertEquals("nosniff", Http.get(port, "/style.css").header("X-Content-Type-Options")));
        Http.Response page = Http.get(port, "/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<h1>示例档案</h1>"), page.body());
        assertEquals("export const greeting = \"你好\";\n", Http.get(port, "/search.js").body());
    }

    @Test
    void pagesGetTheReloadScriptWhenServedButTheFilesOnDiskDoNot() throws IOException {
        String served = Http.get(port, "/issues/2022-03-04/").body();
        assertTrue(served.contains("<script type=\"module\" src=\"/__broadsheet/reload.js\"></script>\n</BODY>"), served);
        assertFalse(Files.readString(site.resolve("issues/2022-03-04/index.html")).contains("__broadsheet"));
        assertFalse(Http.get(port, "/style.css").body().contains("__broadsheet"), "only HTML gets the script");

        Http.Response script = Http.get(port, "/__broadsheet/reload.js");
        assertEquals(200, script.status());
        assertEquals("text/javascript;charset=utf-8", script.header("Content-Type"));
        assertTrue(script.body().contains("new EventSource(\"/__broadsheet/reload\")"), script.body());
        assertFalse(script.body().contains("http"), "the script loads nothing from outside");
    }

    @Test
    void aFolderWithoutItsSlashRedirectsAndWithItServesItsIndex() throws IOException {
        Http.Response redirect = Http.get(port, "/issues/2022-03-04?q=1");
        assertEquals(301, redirect.status());
        assertEquals("/issues/2022-03-04/?q=1", redirect.header("Location"));
        Http.Response index = Http.get(port, "/issues/2022-03-04/");
        assertEquals(200, index.status());
        assertTrue(index.body().contains("第一版"));
    }

    @Test
    void aMissingPageGetsTheSitesOwn404Page() throws IOException {
        Http.Response missing = Http.get(port, "/issues/1999-01-01/");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("找不到该页"), missing.body());
        assertEquals("text/html;charset=utf-8", missing.header("Content-Type"));

        Files.delete(site.resolve("404.html"));
        Http.Response plain = Http.get(port, "/nothing.html");
        assertEquals(404, plain.status());
        assertEquals("text/plain;charset=utf-8", plain.header("Content-Type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt",
        "/issues/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/issues/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/.%2e/secret.txt",
        "/%252e%252e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/%00../secret.txt",
        "//etc/passwd",
        "/C:/Windows/win.ini",
        "/.state",
    })
    void nothingOutsideTheFolderNorHiddenIsServed(String target) throws IOException {
        Http.Response response = Http.get(port, target);
        assertTrue(response.status() == 403 || response.status() == 404 || response.status() == 400,
                target + " gave " + response.status());
        assertFalse(response.body().contains("never served"), target);
        assertFalse(response.body().contains("root:"), target);
        assertFalse(response.body().contains("hidden"), target);
    }

    @Test
    void aSymbolicLinkLeavingTheFolderIsRefused() throws IOException {
        Files.createSymbolicLink(site.resolve("escape.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), temp);
        assertEquals(403, Http.get(port, "/escape.txt").status());
        assertEquals(403, Http.get(port, "/outside/secret.txt").status());
        assertEquals(403, Http.get(port, "/outside").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"})
    void onlyGetAndHeadAreAllowed(String method) throws IOException {
        Http.Response response = Http.send(port, method, "/index.html", "127.0.0.1:" + port);
        assertEquals(405, response.status());
        assertEquals("GET, HEAD", response.header("Allow"));
    }

    @Test
    void headGivesTheHeadersOfGetWithoutTheBody() throws IOException {
        Http.Response head = Http.send(port, "HEAD", "/style.css", "127.0.0.1:" + port);
        assertEquals(200, head.status());
        assertEquals("text/css;charset=utf-8", head.header("Content-Type"));
        assertEquals(String.valueOf(Files.size(site.resolve("style.css"))), head.header("Content-Length"));
        assertEquals("", head.body());
    }

    @Test
    void openPagesHearAReloadEvent() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (Http.Events events = new Http.Events("http://127.0.0.1:" + port + "/__broadsheet/reload")) {
                assertEquals("text/event-stream;charset=utf-8", events.contentType);
                events.await("hello");
                server.reload();
                events.await("reload");
            }
        });
    }

    @Test
    void aBuildErrorReplacesThePagesUntilCleared() throws IOException {
        server.showError("seeds/a.txt:3: error: date '2022-13-01' is not a date <script>");
        Http.Response page = Http.get(port, "/");
        assertEquals(500, page.status());
        assertTrue(page.body().contains("seeds/a.txt:3: error: date &#39;2022-13-01&#39; is not a date &lt;script&gt;"),
                page.body());
        assertTrue(page.body().contains("/__broadsheet/reload.js"), "the error page reloads once fixed");
        assertEquals(200, Http.get(port, "/style.css").status(), "assets are still served");

        server.clearError();
        assertEquals(200, Http.get(port, "/").status());
        assertTrue(Http.get(port, "/").body().contains("示例档案"));
    }

    @Test
    void theSiteIsServedUnderItsBasePathAndTheRootRedirectsThere() throws IOException {
        start("/archive/");
        assertTrue(server.url().matches("http://127\\.0\\.0\\.1:\\d+/archive/"), server.url());
        assertEquals("/archive/", Http.get(port, "/").header("Location"));
        assertEquals("/archive/", Http.get(port, "/archive").header("Location"));
        assertTrue(Http.get(port, "/archive/").body().contains("示例档案"));
        assertEquals(200, Http.get(port, "/archive/style.css").status());
        assertEquals(404, Http.get(port, "/style.css").status());
        assertEquals(200, Http.get(port, "/__broadsheet/reload.js").status());
    }

    @Test
    void requestsNamingAnotherHostAreRefused() throws IOException {
        assertEquals(403, Http.send(port, "GET", "/", "attacker.example:" + port).status());
        assertEquals(200, Http.send(port, "GET", "/", "localhost:" + port).status());
    }

    @Test
    void listeningBeyondLoopbackNeedsToBeAllowed() {
        PreviewServer open = PreviewServer.builder().root(site).host("0.0.0.0").port(0).build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, open::start);
        assertTrue(refused.getMessage().contains("'0.0.0.0' is not a loopback address"), refused.getMessage());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

}
