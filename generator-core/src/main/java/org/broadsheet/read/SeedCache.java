package org.broadsheet.read;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.read.internal.IssueReader;
import org.broadsheet.read.internal.OutcomeCodec;

/**
 * What each seed was read into last time (its issue and its problems), keyed by a digest of what reading it
 * depends on: the file's bytes, its {@code .meta} sidecar's, its path and the reader's settings. A seed whose
 * digest matches is not parsed again. Kept as {@value #FILE} in the output folder, beside the build state.
 *
 * <p>The file starts with its format and the generator that wrote it; a cache of another generator, or one that
 * cannot be read to the end, counts as empty, so a damaged cache costs a full read, never a wrong issue.
 *
 * <p>Safe to use from several threads while seeds are read.
 */
public final class SeedCache {
    public static final String FILE = ".broadsheet-cache";
    private static final String HEADER = "broadsheet-cache 1 ";

    private final String generator;
    private final boolean loaded;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private record Entry(String digest, IssueReader.Outcome outcome) {
    }

    private SeedCache(String generator, boolean loaded, Map<String, Entry> previous) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.loaded = loaded;
        this.previous = previous;
    }

    /** An empty cache, for a first or clean build. */
    public static SeedCache empty(String generator) {
        return new SeedCache(generator, false, Map.of());
    }

    /** The cache in {@code file} if {@code generator} wrote it and it reads to the end; otherwise an empty one. */
    public static SeedCache load(Path file, String generator) {
        if (!Files.isRegularFile(file)) {
            return empty(generator);
        }
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
            if (!in.readUTF().equals(HEADER + generator)) {
                return empty(generator);
            }
            int count = in.readInt();
            Map<String, Entry> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                String digest = in.readUTF();
                entries.put(name, new Entry(digest, OutcomeCodec.read(in)));
            }
            return new SeedCache(generator, true, entries);
        } catch (IOException | RuntimeException e) {
            return empty(generator); // damaged or cut short: read every seed again
        }
    }

    /** What the seed {@code name} was read into when its digest was {@code digest}, or {@code null}. */
    IssueReader.Outcome lookup(String name, String digest) {
        Entry entry = previous.get(name);
        if (entry == null || !entry.digest().equals(digest)) {
            return null;
        }
        current.put(name, entry);
        return entry.outcome();
    }

    /** Records what the seed {@code name} of digest {@code digest} was read into. */
    void put(String name, String digest, IssueReader.Outcome outcome) {
        current.put(name, new Entry(digest, outcome));
    }

    /** Whether the cache to write differs from the one loaded: a seed was read afresh, added or removed. */
    public boolean changed() {
        if (!loaded || current.size() != previous.size()) {
            return true;
        }
        return current.entrySet().stream().anyMatch(e -> {
            Entry before = previous.get(e.getKey());
            return before == null || !before.digest().equals(e.getValue().digest());
        });
    }

    /** Writes the seeds read since this cache was made, in path order, so the file is the same for the same seeds. */
    public void write(Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
            out.writeUTF(HEADER + generator);
            Map<String, Entry> sorted = new TreeMap<>(current);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().digest());
                OutcomeCodec.write(e.getValue().outcome(), out);
            }
        }
    }
}
