package org.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.broadsheet.serve.internal.ContentTypes;
import org.broadsheet.serve.internal.ErrorPage;
import org.broadsheet.serve.internal.ReloadChannel;
import org.broadsheet.serve.internal.ReloadScript;
import org.broadsheet.serve.internal.SiteFolder;

/**
 * Serves an output folder over HTTP for previewing, with live reload.
 *
 * <ul>
 * <li>Listens on {@code 127.0.0.1:8000} unless told otherwise; refuses to listen on an address other than
 *     loopback unless {@link Builder#allowRemote(boolean)} is set, and then answers only requests whose
 *     {@code Host} is that address or a loopback name otherwise (against DNS rebinding).</li>
 * <li>Only {@code GET} and {@code HEAD}; anything else is 405.</li>
 * <li>Nothing outside the folder: see {@link SiteFolder} for what is refused (403) or not found (404).</li>
 * <li>{@code /dir} redirects to {@code /dir/}, which serves {@code dir/index.html}; a miss serves the site's
 *     {@code 404.html} when it has one. The site lives under the base path, such as {@code /archive/}, as it
 *     will on its real host; {@code /} redirects there.</li>
 * <li>HTML responses get a small script (served from {@code /__broadsheet/}, nothing from outside) that
 *     reloads the page on {@link #reload()}; the files on disk are never changed.</li>
 * <li>While {@link #showError(String)} is in force, pages are replaced by the error, until
 *     {@link #clearError()}.</li>
 * </ul>
 *
 * <p>Thread-safe. Configure with {@link #builder()}, then {@link #start()} once and {@link #close()} once.
 */
public final class PreviewServer implements Closeable {
    private static final String ALLOW = "GET, HEAD";

    private final SiteFolder folder;
    private final String host;
    private final int port;
    private final String basePath;
    private final boolean allowRemote;
    private final ReloadChannel reloads = new ReloadChannel();
    private volatile String error;
    private HttpServer server;
    private ExecutorService threads;

    private PreviewServer(Builder builder) {
        this.folder = new SiteFolder(Objects.requireNonNull(builder.root, "root"));
        this.host = builder.host;
        this.port = builder.port;
        this.basePath = normaliseBasePath(builder.basePath);
        this.allowRemote = builder.allowRemote;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link PreviewServer}. */
    public static final class Builder {
        private Path root;
        private String host = "127.0.0.1";
        private int port = 8000;
        private String basePath = "/";
        private boolean allowRemote;

        private Builder() {
        }

        /** The folder to serve. */
        public Builder root(Path root) {
            this.root = root;
            return this;
        }

        /** The address to listen on; {@code 127.0.0.1} by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; {@code 8000} by default, {@code 0} for any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /** The path the site is served under, such as {@code /archive/}; the base URL's path. */
        public Builder basePath(String basePath) {
            this.basePath = Objects.requireNonNull(basePath, "basePath");
            return this;
        }

        /** Allow listening on an address other than loopback, which shows the site to the network. */
        public Builder allowRemote(boolean allowRemote) {
            this.allowRemote = allowRemote;
            return this;
        }

        public PreviewServer build() {
            return new PreviewServer(this);
        }
    }

    /**
     * Starts listening.
     *
     * @throws IOException              when the address is taken or cannot be bound
     * @throws IllegalArgumentException when the host is not loopback and remote access was not allowed
     */
    public synchronized void start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        InetAddress address = InetAddress.getByName(host);
        if (!allowRemote && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("host '" + host + "' is not a loopback address; the preview would be"
                    + " visible to the network. Use 127.0.0.1, or allow remote access explicitly");
        }
        server = HttpServer.create(new InetSocketAddress(address, port), 0);
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "broadsheet-preview-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address the site is at, such as {@code http://127.0.0.1:8000/archive/}. */
    public String url() {
        InetSocketAddress bound = address();
        String name = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
        if (name.contains(":")) {
            name = "[" + name + "]";
        }
        return "http://" + name + ":" + bound.getPort() + basePath;
    }

    /** The bound address; its port is the real one when port 0 was asked for. */
    public synchronized InetSocketAddress address() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getAddress();
    }

    public Path root() {
        return folder.root();
    }

    public String basePath() {
        return basePath;
    }

    /** Tells every open page to reload. */
    public void reload() {
        reloads.reload();
    }

    /** Replaces every page by this error until {@link #clearError()}; open pages reload to show it. */
    public void showError(String message) {
        error = Objects.requireNonNull(message, "message");
    }

    public void clearError() {
        error = null;
    }

    /** Stops listening, ends the reload streams and the handler threads. */
    @Override
    public synchronized void close() {
        reloads.close();
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            respond(exchange);
        } catch (IOException | RuntimeException e) {
            // The page went away mid-response, or the folder changed under us: nothing to tell it.
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", ALLOW);
            text(exchange, 405, "Method " + method + " not allowed; the preview only serves GET and HEAD", head);
            return;
        }
        if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
            text(exchange, 403, "Host not allowed", head);
            return;
        }
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        if (path.equals(ReloadScript.EVENTS_PATH) && !head) {
            reloads.subscribe(exchange);
            return;
        }
        if (path.equals(ReloadScript.SCRIPT_PATH)) {
            bytes(exchange, 200, ContentTypes.of("reload.js"), ReloadScript.source(), head);
            return;
        }
        if (!path.startsWith(basePath)) {
            if (basePath.startsWith(path) || path.equals(basePath.substring(0, basePath.length() - 1))) {
                redirect(exchange, basePath, head);
            } else {
                notFound(exchange, head);
            }
            return;
        }
        SiteFolder.Lookup lookup = folder.resolve(path.substring(basePath.length()));
        switch (lookup.kind()) {
            case FILE -> file(exchange, 200, lookup.file(), head);
            case REDIRECT -> redirect(exchange, path + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), head);
            case NOT_FOUND -> notFound(exchange, head);
            case FORBIDDEN -> text(exchange, 403, "Forbidden: outside the site folder", head);
        }
    }

    private void file(HttpExchange exchange, int status, Path file, boolean head) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        if (ContentTypes.isHtml(type)) {
            String message = error;
            String page = message != null ? ErrorPage.render(message)
                    : new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            bytes(exchange, message != null ? 500 : status, type,
                    ReloadScript.inject(page).getBytes(StandardCharsets.UTF_8), head);
        } else {
            bytes(exchange, status, type, Files.readAllBytes(file), head);
        }
    }

    private void notFound(HttpExchange exchange, boolean head) throws IOException {
        SiteFolder.Lookup page = folder.resolve("404.html");
        if (page.kind() == SiteFolder.Kind.FILE) {
            file(exchange, 404, page.file(), head);
        } else if (error != null) {
            bytes(exchange, 500, ContentTypes.of("error.html"),
                    ReloadScript.inject(ErrorPage.render(error)).getBytes(StandardCharsets.UTF_8), head);
        } else {
            text(exchange, 404, "Not found", head);
        }
    }

    private static void redirect(HttpExchange exchange, String location, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        text(exchange, 301, "Moved to " + location, head);
    }

    private static void text(HttpExchange exchange, int status, String message, boolean head) throws IOException {
        bytes(exchange, status, ContentTypes.of("message.txt"), (message + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void bytes(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // Always fresh: the preview rebuilds under the browser's feet.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private boolean hostAllowed(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        String name = hostHeader.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            name = name.substring(0, Math.max(1, name.indexOf(']') + 1));
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]")
                || name.equals(host.toLowerCase(Locale.ROOT)) || name.equals("[" + host.toLowerCase(Locale.ROOT) + "]")
                || allowRemote && host.equals("0.0.0.0");
    }

    private static String normaliseBasePath(String path) {
        String withLead = path.startsWith("/") ? path : "/" + path;
        return withLead.endsWith("/") ? withLead : withLead + "/";
    }
}
