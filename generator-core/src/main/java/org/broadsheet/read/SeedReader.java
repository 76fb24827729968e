package org.broadsheet.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.broadsheet.internal.Fingerprint;
import org.broadsheet.model.Archive;
import org.broadsheet.model.ArchiveSettings;
import org.broadsheet.model.Issue;
import org.broadsheet.read.internal.HtmlLayout;
import org.broadsheet.read.internal.IssueReader;
import org.broadsheet.read.internal.SeedKind;
import org.broadsheet.read.internal.SeedStatus;

/**
 * Reads a source folder (or one seed file) into an {@link Archive}.
 *
 * <p>Configure once with {@link #builder()}, then use from any thread. Every seed file is read, and every
 * problem reported, before the result is returned: one bad file never hides another.
 *
 * <p>Which files are seeds, by extension: {@code .txt} raw issue text, {@code .md} and {@code .markdown}
 * Markdown, {@code .html} and {@code .htm} pages saved from a digital edition. One folder may mix them. Hidden
 * files and folders, {@code target/}, {@code templates/}, folders holding a site Broadsheet built,
 * {@code pom.xml}, {@code README*}, {@value SettingsFile#NAME}, {@code *.meta} sidecars and the
 * {@code <name>_files/} folder a browser saves beside {@code <name>.html} are not seeds; any other file is
 * reported, as a warning, as being of an unknown kind.
 */
public final class SeedReader {
    private static final List<String> SKIPPED_FOLDERS = List.of("target", "templates", "node_modules");
    /** A folder holding this file is a site Broadsheet wrote, never a source of seeds. */
    private static final String SITE_MARKER = ".broadsheet-site";
    private final Map<String, String> overrides;

    private SeedReader(Builder builder) {
        this.overrides = Map.copyOf(builder.overrides);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link SeedReader}. */
    public static final class Builder {
        private final Map<String, String> overrides = new HashMap<>();

        private Builder() {
        }

        /** Overrides a setting of {@value SettingsFile#NAME}; {@code null} leaves the file's value. */
        public Builder setting(String key, String value) {
            if (!SettingsFile.KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "'; known settings: " + SettingsFile.KEYS);
            }
            if (value != null) {
                overrides.put(key, value);
            }
            return this;
        }

        public SeedReader build() {
            return new SeedReader(this);
        }
    }

    /**
     * Reads every seed under {@code source}.
     *
     * @throws SeedException when the settings file is malformed
     * @throws IOException   when the folder cannot be listed
     */
    public ReadResult read(Path source) throws IOException, SeedException {
        return read(source, null);
    }

    /**
     * Reads every seed under {@code source}, taking from {@code cache} what each unchanged seed was read into
     * before and recording in it what the others are read into now.
     *
     * @param cache what seeds were read into by an earlier build, or {@code null} to parse every seed
     * @throws SeedException when the settings file is malformed
     * @throws IOException   when the folder cannot be listed
     */
    public ReadResult read(Path source, SeedCache cache) throws IOException, SeedException {
        if (!Files.exists(source)) {
            throw new SeedException(List.of(Problem.error(source.toString(), 0, "no such file or folder")));
        }
        ArchiveSettings settings = SettingsFile.load(source, overrides);
        Path root = Files.isDirectory(source) ? source : source.toAbsolutePath().getParent();
        List<Problem> problems = new ArrayList<>();
        Set<Path> sidecars = new HashSet<>();
        List<Path> seeds = seedFiles(source, root, problems, sidecars);
        HtmlLayout layout = SettingsFile.htmlLayout(source, overrides);
        IssueReader reader = new IssueReader(settings, layout);
        // Everything a seed's issue depends on besides its own files: the settings and how web pages are laid out.
        String identity = settings + "\n" + layout + "\n";
        List<IssueReader.Outcome> outcomes = seeds.parallelStream()
                .map(seed -> cache == null ? reader.read(seed, relative(root, seed))
                        : readThrough(reader, cache, identity, seed, relative(root, seed),
                                sidecars.contains(SeedKind.sidecarOf(seed))))
                .toList();
        List<Issue> issues = new ArrayList<>();
        for (IssueReader.Outcome outcome : outcomes) {
            problems.addAll(outcome.problems());
            if (outcome.issue() != null) {
                issues.add(outcome.issue());
            }
        }
        return new ReadResult(new Archive(settings, IssueReader.assignIds(issues)), problems);
    }

    private static IssueReader.Outcome readThrough(IssueReader reader, SeedCache cache, String identity, Path seed,
                                                   String name, boolean sidecar) {
        String status = SeedStatus.of(identity, seed, name, sidecar);
        IssueReader.Outcome unchanged = cache.unchanged(name, status);
        if (unchanged != null) {
            return unchanged;
        }
        byte[] bytes;
        String digest;
        try {
            if (Files.size(seed) > IssueReader.MAX_BYTES) {
                return reader.read(seed, name); // which reports the size
            }
            bytes = Files.readAllBytes(seed);
            digest = digest(identity, seed, name, bytes);
        } catch (IOException e) {
            return reader.read(seed, name); // which reports the trouble with the file
        }
        IssueReader.Outcome known = cache.lookup(name, digest, status);
        if (known != null) {
            return known;
        }
        return cache.put(name, digest, status, reader.read(seed, name, bytes));
    }

    /**
     * A digest of what reading one seed depends on: the reader's identity, its path, its bytes and its sidecar's.
     * Not SHA-256: the cache has no adversary, and a 128-bit non-cryptographic digest is several times faster
     * where it counts, on every seed of every build (with the quick compiler, SHA-256 has no intrinsic).
     */
    private static String digest(String identity, Path seed, String name, byte[] bytes) throws IOException {
        Fingerprint fingerprint = new Fingerprint().add(identity).add(name).add(bytes);
        Path sidecar = SeedKind.sidecarOf(seed);
        fingerprint.add(Files.isRegularFile(sidecar) ? Files.readAllBytes(sidecar) : null);
        return fingerprint.hex();
    }

    /** The seeds under {@code source}, in name order; adds the sidecars ({@code .meta}) it saw to {@code sidecars}. */
    private static List<Path> seedFiles(Path source, Path root, List<Problem> problems, Set<Path> sidecars)
            throws IOException {
        if (Files.isRegularFile(source)) {
            Path sidecar = SeedKind.sidecarOf(source);
            if (Files.exists(sidecar)) {
                sidecars.add(sidecar);
            }
            return List.of(source);
        }
        Path realRoot = root.toRealPath();
        List<Path> files = new ArrayList<>();
        Set<Path> links = new HashSet<>();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skipped = !dir.equals(source) && (isSkipped(dir.getFileName().toString())
                        || Files.exists(dir.resolve(SITE_MARKER)) || isSavedPageAssets(dir));
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!file.getFileName().toString().startsWith(".")) {
                    files.add(file);
                    if (attrs.isSymbolicLink()) {
                        links.add(file);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        // Each path made relative once, not at every comparison of the sort.
        Map<Path, String> names = new HashMap<>();
        files.forEach(file -> names.put(file, relative(root, file)));
        files.sort(Comparator.comparing(names::get));
        List<Path> seeds = new ArrayList<>();
        for (Path path : files) {
            String name = path.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (links.contains(path) && !path.toRealPath().startsWith(realRoot)) {
                problems.add(Problem.error(relative(root, path), 0,
                        "symbolic link points outside the source folder, to '" + path.toRealPath() + "'; not read"));
            } else if (lower.endsWith(SeedKind.SIDECAR)) {
                sidecars.add(path);
            } else if (lower.equals(SettingsFile.NAME) || lower.equals("pom.xml") || lower.startsWith("readme")) {
                continue; // README.md is the folder's notes, not an issue
            } else if (SeedKind.of(name).isPresent()) {
                seeds.add(path);
            } else {
                problems.add(Problem.warning(relative(root, path), 0, "not a seed: unknown kind of file '" + name
                        + "' (seeds end in " + SeedKind.allExtensions() + "); skipped"));
            }
        }
        return seeds;
    }

    /** Whether a folder is the {@code <name>_files/} a browser saves beside {@code <name>.html}. */
    private static boolean isSavedPageAssets(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.endsWith("_files")) {
            return false;
        }
        String stem = name.substring(0, name.length() - "_files".length());
        return Files.isRegularFile(folder.resolveSibling(stem + ".html"))
                || Files.isRegularFile(folder.resolveSibling(stem + ".htm"));
    }

    /** Hidden folders, build output and the site's template overrides hold no seeds. */
    private static boolean isSkipped(String folder) {
        return folder.startsWith(".") || SKIPPED_FOLDERS.contains(folder);
    }

    private static String relative(Path root, Path path) {
        Path rel = root.toAbsolutePath().relativize(path.toAbsolutePath());
        return rel.toString().replace('\\', '/');
    }
}
