package org.broadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.broadsheet.model.Archive;
import org.broadsheet.read.Problem;
import org.broadsheet.read.ReadResult;
import org.broadsheet.read.SeedCache;
import org.broadsheet.read.SeedException;
import org.broadsheet.read.SeedReader;
import org.broadsheet.read.internal.DamagedCacheException;
import org.broadsheet.render.Theme;
import org.broadsheet.site.SiteBuilder;
import org.broadsheet.site.internal.PhaseLog;

/**
 * The one public entry point the CLI and the Maven mojos use: read a source folder of seeds, and build the
 * site from it.
 *
 * <pre>{@code
 * BuildReport report = Broadsheet.builder()
 *         .source(Path.of("seeds"))
 *         .output(Path.of("target/site"))
 *         .setting("baseUrl", "https://example.org/archive/")
 *         .build()
 *         .generate();
 * }</pre>
 *
 * <p>Configured once, then immutable and safe to use from several threads.
 */
public final class Broadsheet {
    private final Path source;
    private final Path output;
    private final Path templates;
    private final Path cache;
    private final Map<String, String> settings;
    private final Theme theme;
    private final boolean clean;
    private final boolean strict;

    private Broadsheet(Builder builder) {
        this.clean = builder.clean;
        this.strict = builder.strict;
        this.source = Objects.requireNonNull(builder.source, "source");
        this.output = builder.output;
        this.cache = builder.cache != null ? builder.cache : output == null ? null : SeedCache.beside(output);
        this.templates = builder.templates != null ? builder.templates
                : Files.isDirectory(source.resolve("templates")) ? source.resolve("templates") : null;
        this.settings = Map.copyOf(builder.settings);
        // One FreeMarker configuration for the life of this generator; it still sees later template edits.
        this.theme = Theme.of(templates);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link Broadsheet}. */
    public static final class Builder {
        private Path source;
        private Path output;
        private Path templates;
        private Path cache;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private boolean clean;
        private boolean strict;

        private Builder() {
        }

        /**
         * Whether {@link #generate()} treats warnings from the seeds as errors: then a warning too fails the
         * build, listing every problem, and nothing is written.
         */
        public Builder failOnWarning(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Whether {@link #generate()} ignores the previous build and writes every file. By default a build is
         * incremental: when the output holds a previous build's state, only files whose inputs changed are
         * written, and the result is the same, byte for byte, as a clean build.
         */
        public Builder clean(boolean clean) {
            this.clean = clean;
            return this;
        }

        /** The folder of seed files (or a single seed file). */
        public Builder source(Path source) {
            this.source = source;
            return this;
        }

        /**
         * The folder the site is written to: replaced as a whole by a first or clean build, updated file by file
         * by an incremental one; either way, only when the build succeeds.
         */
        public Builder output(Path output) {
            this.output = output;
            return this;
        }

        /**
         * The file that keeps what each seed was read into, so an unchanged seed is not parsed again; default
         * {@code .<output's name>.cache} beside the output (never inside it: it is not part of the site). The
         * build state, what each file of the site was made from, is kept beside it: {@code seeds.cache} gives
         * {@code seeds.state}.
         */
        public Builder cache(Path cache) {
            this.cache = cache;
            return this;
        }

        /** A folder of templates and assets that override the theme's; default {@code <source>/templates}. */
        public Builder templates(Path templates) {
            this.templates = templates;
            return this;
        }

        /** Overrides a setting of {@code broadsheet.properties}: title, publication, language, baseUrl, year. */
        public Builder setting(String key, String value) {
            if (value != null) {
                settings.put(key, value);
            }
            return this;
        }

        public Broadsheet build() {
            return new Broadsheet(this);
        }
    }

    /** Reads the seeds without writing anything. */
    public ReadResult check() throws IOException, SeedException {
        return reader().read(source);
    }

    /**
     * Reads the seeds and writes the site: incrementally when the output holds a previous build (only files
     * whose template, variables or bytes changed are written), unless built with {@code clean(true)}. When any
     * seed has an error (or a warning, when built with {@code failOnWarning(true)}), nothing is written and the
     * previous output stays as it was.
     *
     * @throws SeedException listing every bad file when the seeds have errors
     * @throws IOException   when reading or writing fails
     */
    public BuildReport generate() throws IOException, SeedException {
        if (output == null) {
            throw new IllegalStateException("no output folder: call Broadsheet.builder().output(…)");
        }
        long start = System.nanoTime();
        try {
            return generate(start, clean, List.of());
        } catch (IOException | RuntimeException e) {
            if (clean || !DamagedCacheException.causes(e)) {
                throw e;
            }
            // A failed build leaves the output as it was: read every seed afresh, and build again.
            return generate(start, true, List.of(Problem.warning(cache.toString(), 0, "the cache of read seeds is"
                    + " damaged (" + e.getMessage() + "); every seed was read again")));
        }
    }

    private BuildReport generate(long start, boolean readAfresh, List<Problem> notes)
            throws IOException, SeedException {
        String generator = SiteBuilder.generatorIdentity();
        // Unchanged seeds are taken as the last build read them; a clean build reads every seed again. Either way
        // the cache holds the articles' text on disk while the site is built.
        try (SeedCache seeds = readAfresh ? SeedCache.empty(cache, generator) : SeedCache.load(cache, generator)) {
            ReadResult result = reader().read(source, seeds);
            PhaseLog.since(start, "read seeds");
            if (result.hasErrors() || strict && !result.warnings().isEmpty()) {
                throw new SeedException(result.problems());
            }
            Archive archive = result.archive();
            SiteBuilder.Written written = new SiteBuilder(theme).build(archive, output, state(), clean);
            List<Problem> warnings = new ArrayList<>(result.warnings());
            warnings.addAll(notes);
            try {
                seeds.finish();
            } catch (IOException e) {
                // The site is built and in place: a cache that cannot be written only costs the next build time.
                warnings.add(Problem.warning(cache.toString(), 0, "cannot write the cache of read seeds ("
                        + e.getMessage() + "); the next build reads every seed again"));
            }
            return new BuildReport(archive.issues().size(), archive.articleCount(), written.pages(), written.bytes(),
                    written.written(), written.kept(), Duration.ofNanos(System.nanoTime() - start), warnings);
        }
    }

    public Path source() {
        return source;
    }

    public Path output() {
        return output;
    }

    public Path templates() {
        return templates;
    }

    /**
     * The build state's file: beside the cache of read seeds, as {@code <cache>.state} (or, for a cache named
     * {@code *.cache}, with {@code .state} in its place), so both stay wherever the cache was put: beside the output
     * by default, out of the site folder under Maven.
     */
    Path state() {
        String name = cache.getFileName().toString();
        String stem = name.endsWith(".cache") ? name.substring(0, name.length() - ".cache".length()) : name;
        return cache.resolveSibling(stem + ".state");
    }

    private SeedReader reader() {
        SeedReader.Builder builder = SeedReader.builder();
        settings.forEach(builder::setting);
        return builder.build();
    }
}
