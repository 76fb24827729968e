package org.broadsheet.site.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a build wrote, kept beside the output (not in it: it is no part of the site, and a daily update would
 * otherwise deploy megabytes of it every day), by default as {@code .<out>.state}: per file, the fingerprint of
 * what it was made from (template, variables, or its bytes) and its size. The next build compares fingerprints
 * and writes only the files whose fingerprint changed. The first line names the state's format and the generator
 * that wrote it; a state from another generator is ignored, so a new version of Broadsheet rebuilds everything.
 *
 * <p>The second line holds, per segment of the search index, its name and the digest of what it was made from
 * (its issues and the settings), as {@code index 2021=<digest> 2022-to-11=<digest> …}, so a build keeps the
 * files of every segment whose issues are unchanged without building it again.
 *
 * <p>Immutable. Two states are equal when their generator, index digests and files are.
 */
public final class BuildState {
    /**
     * The state's name in the staging folder, and in the output of a first build killed right after its site was
     * swapped in (or of a version of Broadsheet that kept it there): such a state is the newest, and is moved out.
     */
    public static final String FILE = ".broadsheet-state";
    private static final String HEADER = "broadsheet-state 3 ";
    private static final String INDEX = "index ";

    private final String generator;
    private final Map<String, String> index;
    private final Map<String, Entry> files;
    /** The paths of {@link #files} in order, as a state read back has them from its file; null for a new state. */
    private final String[] sorted;
    /**
     * For a new state, the state it follows, whose order of paths it takes when written, merging its few new
     * paths in: sorting 87,000 paths afresh took a daily update of five years 0.15-0.25 s with the quick
     * compiler. Null when there is none.
     */
    private final BuildState before;

    /** One file's fingerprint and size in bytes. */
    public record Entry(String fingerprint, long size) {
    }

    /** @param files already immutable */
    private BuildState(String generator, Map<String, String> index, Map<String, Entry> files, String[] sorted,
            BuildState before) {
        this.generator = generator;
        this.index = Collections.unmodifiableMap(new LinkedHashMap<>(index));
        // Looked up once per file of the site by the next build: hashed, and sorted only when written.
        this.files = files;
        this.sorted = sorted;
        this.before = before;
    }

    /**
     * The state of a build that followed {@code previous} (or null, for a first or clean build); written faster
     * when it can take its order of paths from the previous state's.
     *
     * @param generator the identity of the generator (its jar's digest)
     * @param index     the digest of each search index segment's inputs, by segment name, in index order
     * @param files     fingerprint and size by path; written in path order
     */
    public static BuildState after(BuildState previous, String generator, Map<String, String> index,
            Map<String, Entry> files) {
        return new BuildState(generator, index, Map.copyOf(files), null,
                previous != null && previous.sorted != null ? previous : null);
    }

    public String generator() {
        return generator;
    }

    public Map<String, String> index() {
        return index;
    }

    public Map<String, Entry> files() {
        return files;
    }

    /** Where a build keeps the state of {@code output} unless told otherwise: {@code .<out>.state} beside it. */
    public static Path beside(Path output) {
        Path target = output.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".state");
    }

    /**
     * The state in {@code file} of the site in {@code output}, for this generator, or {@code null}: when there is
     * none, when it is another generator's, or when {@code output} holds no site to be incremental over. A state
     * inside the output (see {@link #FILE}) is moved to {@code file} first. Call under the output's build lock.
     */
    public static BuildState read(Path output, Path file, String generator) throws IOException {
        Path inside = output.resolve(FILE);
        if (Files.isRegularFile(inside, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicOutput.moveFile(inside, file);
        }
        if (!Files.isRegularFile(output.resolve(AtomicOutput.MARKER)) || !Files.isRegularFile(file)) {
            return null;
        }
        // Parsed by hand, not line by line with split: every incremental build reads a line per file of the site.
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int headerEnd = text.indexOf('\n');
        int indexEnd = headerEnd < 0 ? -1 : text.indexOf('\n', headerEnd + 1);
        if (indexEnd < 0 || !text.substring(0, headerEnd).equals(HEADER + generator)
                || !text.startsWith(INDEX, headerEnd + 1)) {
            return null;
        }
        Map<String, String> index = new LinkedHashMap<>();
        for (String segment : text.substring(headerEnd + 1 + INDEX.length(), indexEnd).split(" ")) {
            String[] parts = segment.split("=", 2);
            if (parts.length == 2) {
                index.put(parts[0], parts[1]);
            } else if (!segment.isEmpty()) {
                return null;
            }
        }
        // Gathered as entries and made into the immutable map once, not hashed twice (a map, then its copy).
        List<Map.Entry<String, Entry>> files = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int start = indexEnd + 1; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int first = text.indexOf('\t', start);
            int second = first < 0 || first > end ? -1 : text.indexOf('\t', first + 1);
            if (second < 0 || second > end || second == first + 1) {
                return null; // not a state this generator wrote
            }
            long size = 0;
            for (int i = first + 1; i < second; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9' || i - first > 18) {
                    return null;
                }
                size = size * 10 + (c - '0');
            }
            String path = text.substring(second + 1, end);
            if (!paths.isEmpty() && paths.get(paths.size() - 1).compareTo(path) >= 0) {
                return null; // out of order, or a path twice: not a state this generator wrote
            }
            paths.add(path);
            files.add(Map.entry(path, new Entry(text.substring(start, first), size)));
            start = end + 1;
        }
        return new BuildState(generator, index, Map.ofEntries(files.toArray(Map.Entry[]::new)),
                paths.toArray(String[]::new), null);
    }

    /** The paths of {@code files}: those of {@code before} (in order) still there, and the new ones sorted in. */
    private static String[] merged(BuildState before, Map<String, Entry> files) {
        List<String> added = new ArrayList<>();
        for (String path : files.keySet()) {
            if (!before.files.containsKey(path)) {
                added.add(path);
            }
        }
        added.sort(null);
        String[] paths = new String[files.size()];
        int n = 0;
        int a = 0;
        for (String path : before.sorted) {
            if (!files.containsKey(path)) {
                continue;
            }
            while (a < added.size() && added.get(a).compareTo(path) < 0) {
                paths[n++] = added.get(a++);
            }
            paths[n++] = path;
        }
        while (a < added.size()) {
            paths[n++] = added.get(a++);
        }
        return paths;
    }

    public void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + generator + "\n");
            out.write(INDEX + String.join(" ", index.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
                    + "\n");
            String[] paths = sorted != null ? sorted : before != null ? merged(before, files) : null;
            if (paths == null) {
                paths = files.keySet().toArray(new String[0]);
                Arrays.sort(paths);
            }
            for (String path : paths) {
                Entry entry = files.get(path);
                out.write(entry.fingerprint() + "\t" + entry.size() + "\t" + path + "\n");
            }
        }
    }

    /** Whether this state is the one a build of {@code generator} with these index inputs and files would write. */
    public boolean describes(String generator, Map<String, String> index, Map<String, Entry> files) {
        return this.generator.equals(generator) && this.index.equals(index) && this.files.equals(files);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BuildState state && describes(state.generator, state.index, state.files);
    }

    @Override
    public int hashCode() {
        return Objects.hash(generator, index, files);
    }

    @Override
    public String toString() {
        return "BuildState[" + generator + ", " + index.size() + " index segments, " + files.size() + " files]";
    }
}
