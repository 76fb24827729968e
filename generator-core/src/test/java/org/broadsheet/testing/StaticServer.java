package org.broadsheet.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A static host for tests: serves a folder on a free loopback port as GitHub Pages or Cloudflare Pages would,
 * with {@code 404.html} for misses and {@code Range: bytes=a-b} honoured (the search client fetches by range).
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "png", "image/png", "svg", "image/svg+xml");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");
    private final HttpServer server;

    public StaticServer(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(root.toAbsolutePath().normalize(), exchange));
        server.start();
    }

    /** The server's address, ending in {@code /}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String range = exchange.getRequestHeaders().getFirst("Range");
            Matcher m = range == null || status != 200 ? null : RANGE.matcher(range);
            if (m != null && m.matches()) {
                int start = Integer.parseInt(m.group(1));
                int end = Math.min(body.length - 1, Integer.parseInt(m.group(2)));
                exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + body.length);
                body = Arrays.copyOfRange(body, start, end + 1);
                status = 206;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
