package org.broadsheet.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.broadsheet.model.Archive;
import org.broadsheet.render.Theme;
import org.broadsheet.search.IndexSegment;
import org.broadsheet.search.SearchIndexWriter;
import org.broadsheet.site.internal.AtomicOutput;
import org.broadsheet.site.internal.BuildState;
import org.broadsheet.site.internal.FileFingerprints;
import org.broadsheet.site.internal.IssueDigests;
import org.broadsheet.site.internal.PhaseLog;
import org.broadsheet.site.internal.PlannedGroup;
import org.broadsheet.site.internal.PlannedPage;
import org.broadsheet.site.internal.SitePlan;

/**
 * Writes an archive's whole site into a folder: every page ({@link SiteLayout} says where), the theme's
 * assets, the search index, {@code robots.txt}, the sitemaps ({@code sitemap.xml}, an index, and
 * {@code sitemaps/}), the Atom feed {@code feed.xml} and {@code .nojekyll} (so GitHub Pages serves the site as
 * it is).
 *
 * <p>The same archive and theme always give byte-identical files: nothing depends on the clock, the machine's
 * locale, the number of threads or the order files were read. Pages are rendered in parallel, each written as
 * soon as it is rendered and then forgotten, so memory does not grow with the number of pages.
 *
 * <p>Builds are incremental: beside the output a {@link BuildState} keeps a fingerprint of what each file was
 * made from (its template and the templates that template imports, its variables, the generator; the bytes of
 * assets and index files). Issue and article pages, most of a site, are fingerprinted from digests of the issues
 * they show instead of their variables, so a kept page's variables are never made; a segment of the search
 * index (a year, or a month) is kept when none of its issues changed. A build writes only files whose
 * fingerprint changed and deletes those no longer made; the result is byte-identical to a clean build. (Files
 * put into the output by hand are left alone by an incremental build; a clean build removes them.) Files are
 * written into a folder beside the output; a first or clean build swaps that folder in whole, an incremental
 * one moves its files in under a journal, and a build that changed nothing moves nothing. See
 * {@link AtomicOutput}. A build that fails leaves the previous output untouched. Immutable
 * and thread-safe.
 */
public final class SiteBuilder {
    private final Theme theme;

    public SiteBuilder(Theme theme) {
        this.theme = theme;
    }

    /**
     * What a build did.
     *
     * @param pages   HTML pages in the site
     * @param bytes   bytes in the output folder
     * @param written files written by this build
     * @param kept    files kept from the previous build, unchanged
     * @param removed files of the previous build deleted
     */
    public record Written(int pages, long bytes, int written, int kept, int removed) {
    }

    /** Builds incrementally when {@code output} holds a previous build's state; see {@link #build(Archive, Path, boolean)}. */
    public Written build(Archive archive, Path output) throws IOException {
        return build(archive, output, false);
    }

    /**
     * Builds the site of {@code archive} and puts it at {@code output}.
     *
     * @param clean {@code true} to ignore the previous build and write every file
     * @throws IOException when a template fails or a file cannot be written; the output then stays as it was
     */
    public Written build(Archive archive, Path output, boolean clean) throws IOException {
        return build(archive, output, BuildState.beside(output), clean);
    }

    /**
     * Builds the site of {@code archive} and puts it at {@code output}, keeping what the next build needs to be
     * incremental in the file {@code statePath} (by default {@code .<out>.state} beside the output; never inside it,
     * where it would be deployed with the site).
     *
     * @param clean {@code true} to ignore the previous build and write every file
     * @throws IOException when a template fails or a file cannot be written; the output then stays as it was
     */
    public Written build(Archive archive, Path output, Path statePath, boolean clean) throws IOException {
        long clock = PhaseLog.start();
        Path stateFile = statePath.toAbsolutePath().normalize();
        String generator = generatorIdentity();
        theme.refresh();
        // Taking the output (under its lock) first restores a site a killed build left aside, before its state is read.
        AtomicOutput atomic = AtomicOutput.beside(output);
        BuildState previous;
        Path root = atomic.staging();
        FileFingerprints files;
        try {
            previous = clean ? null : BuildState.read(output, stateFile, generator);
            files = new FileFingerprints(root, previous);
        } catch (IOException | RuntimeException e) {
            atomic.abandon();
            throw e;
        }
        // Closing the files first stops their writer before a failed build's staging folder is removed.
        try (files) {
            files.bytes(AtomicOutput.MARKER, Files.readAllBytes(root.resolve(AtomicOutput.MARKER)), false);
            IssueDigests digests = new IssueDigests();
            Map<String, String> indexInputs = SitePlan.indexInputs(archive, digests);
            clock = PhaseLog.since(clock, "issue digests");
            // The index is built beside the pages (its single-threaded merge overlaps with parallel rendering), and
            // in an incremental build beside the plan too: it then rebuilds a week or so, and planning every page
            // of a large archive takes as long. A first build plans first, so the two never hold memory at once.
            CompletableFuture<Void> index = previous == null ? null
                    : index(archive, indexInputs, previous, output, files);
            Map<String, String> templates = new ConcurrentHashMap<>();
            SitePlan plan;
            try {
                plan = new SitePlan(archive, digests);
                clock = PhaseLog.since(clock, "plan");
                if (index == null) {
                    index = index(archive, indexInputs, previous, output, files);
                }
                // The sitemaps go with the pages: a year's sitemap lists some 16,000 of them.
                List<Draw> planned = new ArrayList<>();
                for (PlannedGroup group : plan.groups()) {
                    planned.add(() -> files.group(group, identities(templates, group.templates()), theme));
                }
                for (PlannedPage page : Stream.concat(plan.pages().stream(), plan.sitemaps().stream()).toList()) {
                    planned.add(() -> files.page(page, identity(templates, page.template()), theme));
                }
                planned.parallelStream().forEach(draw -> {
                    try {
                        draw.draw();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                clock = PhaseLog.since(clock, "pages and sitemaps");
                index.join();
            } catch (UncheckedIOException e) {
                finished(index);
                throw e.getCause();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                throw e;
            } catch (RuntimeException e) {
                finished(index);
                throw e;
            }
            for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
                files.bytes(SiteLayout.ASSETS + asset.getKey(), asset.getValue(), true);
            }
            files.page(SiteLayout.FEED, "feed.ftlx", identity(templates, "feed.ftlx"), plan.feed(), theme);
            files.bytes(SiteLayout.ROBOTS, plan.robots().getBytes(StandardCharsets.UTF_8), true);
            files.bytes(".nojekyll", new byte[0], true);
            files.finish();
            List<String> written = files.written();
            BuildState state = files.state(generator, indexInputs);
            // The output already is this build's site when no file was written and its state says what this one would.
            boolean same = previous != null && written.isEmpty() && previous.equals(state);
            if (!same) {
                state.write(root.resolve(BuildState.FILE));
            }
            clock = PhaseLog.since(clock, "index wait, feed, state");
            List<String> removed = previous == null ? List.of() : previous.removedBy(state);
            if (previous != null) {
                if (same) {
                    atomic.abandon();
                } else {
                    atomic.commitChanges(written, removed, stateFile);
                }
            } else {
                atomic.commit(stateFile);
            }
            PhaseLog.since(clock, "commit");
            return new Written(plan.pageCount(), state.bytes(), written.size(), state.fileCount() - written.size(),
                    removed.size());
        } catch (IOException | RuntimeException e) {
            atomic.abandon();
            throw e;
        }
    }

    /** Builds the search index on a thread of its own, handing its files to {@code files}. */
    private static CompletableFuture<Void> index(Archive archive, Map<String, String> indexInputs, BuildState previous,
            Path output, FileFingerprints files) {
        long started = PhaseLog.start();
        return CompletableFuture.runAsync(() -> {
            try {
                Map<String, List<String>> previousSegments = segmentFiles(previous);
                SearchIndexWriter.write(archive,
                        (name, bytes) -> files.bytes(SearchIndexWriter.FOLDER + "/" + name, bytes, true),
                        segment -> kept(segment, indexInputs, previous, previousSegments, output, files));
                PhaseLog.since(started, "search index");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-search-index");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Waits for the index of a failed build to stop, so that it does not write on into the failed build. */
    private static void finished(CompletableFuture<Void> index) {
        if (index != null) {
            index.exceptionally(x -> null).join();
        }
    }

    /**
     * A search index segment whose issues are as they were comes out the same, file for file: its files are
     * kept, and its manifest (which the top manifest's figures need) is read back from the output. Null builds
     * it: its inputs changed, or its manifest is not what the previous build wrote.
     */
    private static byte[] kept(IndexSegment segment, Map<String, String> inputs, BuildState previous,
            Map<String, List<String>> previousSegments, Path output, FileFingerprints files) throws IOException {
        if (previous == null || !inputs.get(segment.name()).equals(previous.index().get(segment.name()))) {
            return null;
        }
        String folder = SearchIndexWriter.FOLDER + "/" + segment.name() + "/";
        BuildState.Entry entry = previous.files().get(folder + "manifest.json");
        Path manifest = output.resolve(folder + "manifest.json");
        if (entry == null || !Files.isRegularFile(manifest)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(manifest);
        if (!FileFingerprints.digest(bytes).equals(entry.fingerprint())) {
            return null;
        }
        previousSegments.getOrDefault(segment.name(), List.of()).forEach(files::keep);
        return bytes;
    }

    /** The previous build's search index files by segment name, gathered in one pass over its files. */
    private static Map<String, List<String>> segmentFiles(BuildState previous) {
        Map<String, List<String>> segments = new HashMap<>();
        if (previous != null) {
            String prefix = SearchIndexWriter.FOLDER + "/";
            for (String path : previous.files().keySet()) {
                int slash = path.startsWith(prefix) ? path.indexOf('/', prefix.length()) : -1;
                if (slash > 0) {
                    segments.computeIfAbsent(path.substring(prefix.length(), slash), name -> new ArrayList<>()).add(path);
                }
            }
        }
        return segments;
    }

    /** Draws a page or a group of pages, when changed. */
    private interface Draw {
        void draw() throws IOException;
    }

    private Map<String, String> identities(Map<String, String> templates, List<String> names) throws IOException {
        Map<String, String> identities = new HashMap<>();
        for (String template : names) {
            identities.put(template, identity(templates, template));
        }
        return identities;
    }

    private String identity(Map<String, String> templates, String template) throws IOException {
        String known = templates.get(template);
        if (known == null) {
            known = FileFingerprints.digest(theme.templateIdentity(template));
            templates.put(template, known);
        }
        return known;
    }

    /**
     * The generator's identity for the build state and the reader's cache: the digest of the jar the site code was
     * loaded from, so that
     * any other version of Broadsheet (or of its theme jar) rebuilds every file.
     */
    public static String generatorIdentity() throws IOException {
        String known = generator;
        if (known == null) {
            known = generator();
            generator = known;
        }
        return known;
    }

    private static volatile String generator;

    private static String generator() throws IOException {
        try {
            var source = SiteBuilder.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                byte[] directory = zipDirectory(location);
                if (directory != null) {
                    return FileFingerprints.digest(directory);
                }
                try (InputStream in = Files.newInputStream(location)) {
                    return FileFingerprints.digest(in.readAllBytes());
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not a file: fall through to the version.
        }
        String version = SiteBuilder.class.getPackage().getImplementationVersion();
        return "classes-" + (version == null ? "dev" : version);
    }

    /**
     * The central directory of the zip file {@code jar}: every entry's name, size and CRC-32, so it changes with any
     * file in the jar, and it is read from the end of the file rather than digesting all of it (3 MB, on every
     * build). Null when the file does not end as a plain zip file does (a comment, or zip64), to digest it whole.
     */
    static byte[] zipDirectory(Path jar) throws IOException {
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = channel.size();
            int endLength = 22; // the end of central directory record, without a comment
            if (size < endLength) {
                return null;
            }
            ByteBuffer end = ByteBuffer.allocate(endLength).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(end, size - endLength);
            long directoryLength = Integer.toUnsignedLong(end.getInt(12));
            long directoryStart = Integer.toUnsignedLong(end.getInt(16));
            if (end.getInt(0) != 0x06054b50 || end.getShort(20) != 0 || directoryStart + directoryLength > size - endLength
                    || directoryLength > Integer.MAX_VALUE) {
                return null;
            }
            ByteBuffer directory = ByteBuffer.allocate((int) directoryLength).order(ByteOrder.LITTLE_ENDIAN);
            while (directory.hasRemaining() && channel.read(directory, directoryStart + directory.position()) > 0) {
                // read on
            }
            return directory.hasRemaining() || directoryLength < 4 || directory.getInt(0) != 0x02014b50 ? null
                    : directory.array();
        }
    }
}
