package org.broadsheet.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildReport;
import org.broadsheet.read.Problem;
import org.broadsheet.read.SeedException;
import org.broadsheet.read.SettingsFile;
import org.broadsheet.serve.internal.SourceWatcher;

/**
 * The local preview, as {@code broadsheet serve} and {@code mvn broadsheet:serve} run it: builds the site into
 * the output folder, serves it with a {@link PreviewServer}, watches the seeds, the templates folder and
 * {@code broadsheet.properties}, rebuilds after each batch of changes and reloads open pages.
 *
 * <p>The site is built with the preview's own address as its base URL (keeping the configured base URL's
 * path, so a site meant for {@code https://example.org/archive/} is previewed at
 * {@code http://127.0.0.1:8000/archive/}). A failed build does not stop the preview: the error goes to the
 * log and replaces the pages until a later build succeeds.
 *
 * <pre>{@code
 * try (Preview preview = Preview.builder().source(seeds).output(out).log(log).build()) {
 *     preview.start();
 *     preview.awaitStop(Duration.ZERO);   // until Ctrl+C
 * }
 * }</pre>
 */
public final class Preview implements Closeable {
    /** Where the preview reports builds and failures. */
    public interface Log {
        void info(String message);

        void warn(String message);

        void error(String message);
    }

    /** Builds the site once; made for a base URL, known only when the server has its port. */
    @FunctionalInterface
    interface SiteBuild {
        BuildReport build() throws Exception;
    }

    private static final List<String> UNWATCHED_FOLDERS = List.of("target", "node_modules");

    private final Path source;
    private final Path output;
    private final Path templates;
    private final Map<String, String> settings;
    private final Duration quietPeriod;
    private final Log log;
    private final PreviewServer server;
    private final Function<String, SiteBuild> sites;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private SiteBuild site;
    private SourceWatcher watcher;
    private Thread shutdownHook;

    private Preview(Builder builder) {
        this.source = Objects.requireNonNull(builder.source, "source").toAbsolutePath().normalize();
        this.output = Objects.requireNonNull(builder.output, "output").toAbsolutePath().normalize();
        this.templates = builder.templates == null ? null : builder.templates.toAbsolutePath().normalize();
        this.settings = Map.copyOf(builder.settings);
        this.quietPeriod = builder.quietPeriod;
        this.log = builder.log;
        this.sites = builder.sites != null ? builder.sites : this::broadsheet;
        this.server = PreviewServer.builder()
                .root(output)
                .host(builder.host)
                .port(builder.port)
                .allowRemote(builder.allowRemote)
                .basePath(basePath())
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link Preview}. */
    public static final class Builder {
        private Path source;
        private Path output;
        private Path templates;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private String host = "127.0.0.1";
        private int port = 8000;
        private boolean allowRemote;
        private Duration quietPeriod = Duration.ofMillis(200);
        private Log log = new Log() {
            @Override
            public void info(String message) {
                System.err.println(message);
            }

            @Override
            public void warn(String message) {
                System.err.println("warning: " + message);
            }

            @Override
            public void error(String message) {
                System.err.println("error: " + message);
            }
        };
        private Function<String, SiteBuild> sites;

        private Builder() {
        }

        /** The folder of seed files, watched with everything under it. */
        public Builder source(Path source) {
            this.source = source;
            return this;
        }

        /** The folder the preview builds into and serves; replaced by each build. */
        public Builder output(Path output) {
            this.output = output;
            return this;
        }

        /** A folder of templates overriding the theme's, watched too; default {@code <source>/templates}. */
        public Builder templates(Path templates) {
            this.templates = templates;
            return this;
        }

        /** Overrides a setting of {@code broadsheet.properties}, as {@link Broadsheet.Builder#setting} does. */
        public Builder setting(String key, String value) {
            if (value != null) {
                settings.put(key, value);
            }
            return this;
        }

        /** The address to listen on; {@code 127.0.0.1} by default. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port; {@code 8000} by default, {@code 0} for any free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Allow listening on an address other than loopback. */
        public Builder allowRemote(boolean allowRemote) {
            this.allowRemote = allowRemote;
            return this;
        }

        /** How long nothing must change before a rebuild starts; 200 ms by default. */
        public Builder quietPeriod(Duration quietPeriod) {
            this.quietPeriod = Objects.requireNonNull(quietPeriod, "quietPeriod");
            return this;
        }

        public Builder log(Log log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /** For tests: how to build the site for a base URL, instead of {@link Broadsheet#generate()}. */
        Builder sites(Function<String, SiteBuild> sites) {
            this.sites = sites;
            return this;
        }

        public Preview build() {
            return new Preview(this);
        }
    }

    /**
     * Starts serving, builds the site, and starts watching. A failed first build is reported like any other:
     * the preview keeps running, showing the error, until a change fixes it.
     *
     * @throws IOException when the address cannot be bound or the sources cannot be watched
     */
    public synchronized void start() throws IOException {
        server.start();
        site = sites.apply(server.url());
        rebuild(List.of());
        List<Path> watched = new ArrayList<>(List.of(source));
        if (templates != null) {
            watched.add(templates);
        }
        if (Files.isRegularFile(source)) {
            watched.add(source.resolveSibling(SettingsFile.NAME));
            watched.add(source.resolveSibling(source.getFileName() + ".meta"));
        }
        watcher = new SourceWatcher(watched, this::ignored, quietPeriod, this::changed);
        watcher.start();
        log.info("Serving " + server.url() + " (Ctrl+C to stop); watching " + source
                + (templates == null ? "" : " and " + templates));
    }

    /** The address the site is served at. */
    public String url() {
        return server.url();
    }

    /**
     * Waits until the preview is closed (by {@link #close()} or Ctrl+C), or until the limit has passed, then
     * closes it. A zero limit waits without end. Ctrl+C stops the preview cleanly while waiting.
     */
    public void awaitStop(Duration limit) throws InterruptedException {
        Thread hook = new Thread(this::close, "broadsheet-preview-shutdown");
        synchronized (this) {
            shutdownHook = hook;
        }
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (limit.isZero()) {
                stopped.await();
            } else {
                stopped.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            close();
        }
    }

    /** Stops watching and serving; waits for a build in progress to end. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        SourceWatcher running;
        Thread hook;
        synchronized (this) {
            running = watcher;
            hook = shutdownHook;
        }
        try {
            if (running != null) {
                running.close();
            }
        } catch (IOException e) {
            log.warn("could not stop watching " + source + ": " + e.getMessage());
        }
        synchronized (this) {
            server.close();
        }
        stopped.countDown();
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running or will
            }
        }
        log.info("Preview stopped");
    }

    private void changed(Set<Path> paths) {
        rebuild(paths.stream().sorted().map(this::shown).toList());
    }

    private synchronized void rebuild(List<String> changed) {
        if (closing.get()) {
            return;
        }
        if (!changed.isEmpty()) {
            log.info("Changed: " + String.join(", ", changed.subList(0, Math.min(5, changed.size())))
                    + (changed.size() > 5 ? " and " + (changed.size() - 5) + " more" : "") + "; rebuilding");
        }
        try {
            BuildReport report = site.build();
            report.warnings().forEach(problem -> log.warn(problem.toString()));
            log.info("Built " + report.summary());
            server.clearError();
        } catch (SeedException e) {
            e.problems().forEach(problem -> log.error(problem.toString()));
            server.showError(e.problems().stream().map(Problem::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
        } catch (Exception e) {
            // Whatever went wrong (a template error, a file locked by an editor), the preview keeps serving.
            String message = describe(e);
            log.error("Build failed: " + message);
            server.showError(message);
        }
        server.reload();
    }

    private boolean ignored(Path path) {
        if (path.startsWith(output)) {
            return true;
        }
        for (Path root : templates == null ? List.of(source) : List.of(source, templates)) {
            if (path.startsWith(root)) {
                for (Path part : root.relativize(path)) {
                    String name = part.toString();
                    if (name.startsWith(".") || name.endsWith("~") || UNWATCHED_FOLDERS.contains(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private String shown(Path path) {
        Path root = Files.isDirectory(source) ? source : source.getParent();
        return path.startsWith(root) ? root.relativize(path).toString().replace('\\', '/') : path.toString();
    }

    private String basePath() {
        try {
            return SettingsFile.load(source, settings).basePath();
        } catch (IOException | SeedException e) {
            return "/"; // the build reports the broken settings, in the log and the page
        }
    }

    private SiteBuild broadsheet(String baseUrl) {
        Broadsheet.Builder builder = Broadsheet.builder().source(source).output(output).templates(templates);
        settings.forEach(builder::setting);
        Broadsheet broadsheet = builder.setting("baseUrl", baseUrl).build();
        return broadsheet::generate;
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage() != null ? e.getMessage() : e));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append("\ncaused by: ").append(cause.getMessage() != null ? cause.getMessage() : cause);
        }
        return message.toString();
    }
}
