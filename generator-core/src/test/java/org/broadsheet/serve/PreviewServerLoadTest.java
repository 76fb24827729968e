package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server under load on loopback: {@code -Dbroadsheet.load.requests} requests (2,000 by default, as in
 * CI; 10,000 by hand) from 32 concurrent clients, each on its own connection, mixing pages, assets, HEAD, misses,
 * refused methods and traversal attempts. Every answer is the right one, nothing outside the folder is served,
 * and the server holds no more file descriptors afterwards than before.
 */
class PreviewServerLoadTest {
    private static final int REQUESTS = Integer.getInteger("broadsheet.load.requests", 2_000);
    private static final int CLIENTS = 32;
    private static final Path FDS = Path.of("/proc/self/fd");

    @TempDir
    Path temp;

    /** One kind of request and what it must get. */
    private record Expected(String method, String target, int status, String bodyFrom) {
    }

    @Test
    void thirtyTwoClientsGetEveryAnswerRightAndNoFileHandleLeaks() throws Exception {
        Path site = copyFixtureSite();
        String page = Files.readString(site.resolve("issues/2022-03-04/index.html"));
        String css = Files.readString(site.resolve("style.css"));
        List<Expected> mix = List.of(
                new Expected("GET", "/", 200, "示例档案"),
                new Expected("GET", "/issues/2022-03-04/", 200, page.substring(0, page.indexOf("</BODY>"))),
                new Expected("GET", "/style.css", 200, css),
                new Expected("HEAD", "/search.js", 200, ""),
                new Expected("GET", "/issues/1999-01-01/", 404, "找不到该页"),
                new Expected("GET", "/issues/2022-03-04", 301, ""),
                new Expected("POST", "/index.html", 405, ""),
                new Expected("GET", "/%2e%2e/secret.txt", 403, ""),
                new Expected("GET", "/issues/../../secret.txt", 403, ""),
                new Expected("GET", "/escape.txt", 403, ""));
        Files.createSymbolicLink(site.resolve("escape.txt"), temp.resolve("secret.txt"));

        try (PreviewServer server = PreviewServer.builder().root(site).port(0).build()) {
            server.start();
            int port = server.address().getPort();
            for (Expected expected : mix) {
                Http.send(port, expected.method(), expected.target(), "127.0.0.1:" + port); // warm up
            }
            long before = openFiles();

            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int n = next.getAndIncrement(); n < REQUESTS; n = next.getAndIncrement()) {
                        Expected expected = mix.get(n % mix.size());
                        try {
                            Http.Response response = Http.send(port, expected.method(), expected.target(),
                                    "127.0.0.1:" + port);
                            if (response.status() != expected.status() || !response.body().contains(expected.bodyFrom())
                                    || response.body().contains("never served")) {
                                failures.add(expected + " gave " + response.status());
                            }
                        } catch (IOException | RuntimeException e) {
                            failures.add(expected + " failed: " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            clients.shutdown();
            assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES));
            assertEquals(List.of(), failures.stream().limit(10).toList(), failures.size() + " of " + REQUESTS + " failed");

            long after = settledOpenFiles(before);
            System.out.printf("PreviewServerLoadTest: %d requests from %d clients, 0 errors, open files %d before, %d after%n",
                    REQUESTS, CLIENTS, before, after);
            assertTrue(after <= before + 4, "file descriptors leaked: " + before + " before, " + after + " after");
        }
    }

    @Test
    void aServerGivenNoHostListensOnLoopbackOnly() throws IOException, URISyntaxException {
        try (PreviewServer server = PreviewServer.builder().root(copyFixtureSite()).port(0).build()) {
            server.start();
            assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
        }
    }

    /** Open descriptors once closing connections have settled: the count stops falling, within a few seconds. */
    private static long settledOpenFiles(long target) throws IOException, InterruptedException {
        long count = openFiles();
        for (int i = 0; i < 50 && count > target; i++) {
            Thread.sleep(100);
            count = openFiles();
        }
        return count;
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.count();
        }
    }

    private Path copyFixtureSite() throws IOException, URISyntaxException {
        Path fixture = Path.of(getClass().getResource("site").toURI());
        Path site = Files.createTempDirectory(temp, "site");
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path path : walk.toList()) {
                Path target = site.resolve(fixture.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        if (!Files.exists(temp.resolve("secret.txt"))) {
            Files.writeString(temp.resolve("secret.txt"), Files.readString(fixture.resolveSibling("secret.txt"),
                    StandardCharsets.UTF_8));
        }
        return site;
    }
}
