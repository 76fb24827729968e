package org.broadsheet.site.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build wrote, kept in the output as {@value #FILE}: per file, the fingerprint of what it was made from
 * (template, variables, or its bytes) and its size. The next build compares fingerprints and writes only the
 * files whose fingerprint changed. The first line names the state's format and the generator that wrote it; a
 * state from another generator is ignored, so a new version of Broadsheet rebuilds everything.
 *
 * <p>The second line holds, per segment of the search index, its name and the digest of what it was made from
 * (its issues and the settings), as {@code index 2021=<digest> 2022-to-11=<digest> …}, so a build keeps the
 * files of every segment whose issues are unchanged without building it again.
 *
 * @param generator the identity of the generator (its jar's digest)
 * @param index     the digest of each search index segment's inputs, by segment name, in index order
 * @param files     fingerprint and size by path; written in path order
 */
public record BuildState(String generator, Map<String, String> index, Map<String, Entry> files) {
    public static final String FILE = ".broadsheet-state";
    private static final String HEADER = "broadsheet-state 3 ";
    private static final String INDEX = "index ";

    /** One file's fingerprint and size in bytes. */
    public record Entry(String fingerprint, long size) {
    }

    public BuildState {
        index = Collections.unmodifiableMap(new LinkedHashMap<>(index));
        // Looked up once per file of the site by the next build: hashed, and sorted only when written.
        files = Map.copyOf(files);
    }

    /** The state a previous build left in {@code output} for this generator, or {@code null}. */
    public static BuildState read(Path output, String generator) throws IOException {
        Path file = output.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER + generator) || !lines.get(1).startsWith(INDEX)) {
            return null;
        }
        Map<String, String> index = new LinkedHashMap<>();
        for (String segment : lines.get(1).substring(INDEX.length()).split(" ")) {
            String[] parts = segment.split("=", 2);
            if (parts.length == 2) {
                index.put(parts[0], parts[1]);
            } else if (!segment.isEmpty()) {
                return null;
            }
        }
        Map<String, Entry> files = new HashMap<>(lines.size() * 4 / 3 + 1);
        for (String line : lines.subList(2, lines.size())) {
            String[] parts = line.split("\t", 3);
            if (parts.length != 3) {
                return null;
            }
            files.put(parts[2], new Entry(parts[0], Long.parseLong(parts[1])));
        }
        return new BuildState(generator, index, files);
    }

    public void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + generator + "\n");
            out.write(INDEX + String.join(" ", index.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
                    + "\n");
            String[] paths = files.keySet().toArray(new String[0]);
            Arrays.sort(paths);
            for (String path : paths) {
                Entry entry = files.get(path);
                out.write(entry.fingerprint() + "\t" + entry.size() + "\t" + path + "\n");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
