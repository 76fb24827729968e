package org.broadsheet.read;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.broadsheet.read.internal.IssueReader;
import org.broadsheet.read.internal.OutcomeCodec;

/**
 * What each seed was read into last time (its issue and its problems), keyed by a digest of what reading it
 * depends on: the file's bytes, its {@code .meta} sidecar's, its path and the reader's settings. A seed whose
 * digest matches is not parsed again. Kept as {@value #FILE} in the output folder, beside the build state.
 *
 * <p>The file starts with its format and the generator that wrote it; a cache of another generator, or one that
 * cannot be read to the end, counts as empty, so a damaged cache costs a full read, never a wrong issue. Each
 * seed's outcome is stored as a block of its own, decoded only when the seed is looked up (on the reader's
 * threads, in parallel; its articles' paragraphs only when asked for, see {@link OutcomeCodec}) and copied as it
 * is into the next cache when the seed is unchanged.
 *
 * <p>Safe to use from several threads while seeds are read.
 */
public final class SeedCache {
    public static final String FILE = ".broadsheet-cache";
    private static final String HEADER = "broadsheet-cache 3 ";

    private final String generator;
    private final boolean loaded;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    /** A seed's digest and outcome: encoded (a block of the loaded file, with its CRC-32) or decoded. */
    private record Entry(String digest, IssueReader.Outcome outcome, byte[] file, int offset, int length, int crc) {
        Entry(String digest, IssueReader.Outcome outcome) {
            this(digest, outcome, null, 0, 0, 0);
        }

        IssueReader.Outcome decode() throws IOException {
            // A damaged block could still decode, into a wrong issue: the checksum says it is the one written.
            if (checksum(file, offset, length) != crc) {
                throw new IOException("damaged block");
            }
            return OutcomeCodec.read(file, offset, length);
        }
    }

    private static int checksum(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
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
        try {
            byte[] bytes = Files.readAllBytes(file);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (!in.readUTF().equals(HEADER + generator)) {
                return empty(generator);
            }
            int count = in.readInt();
            Map<String, Entry> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                String digest = in.readUTF();
                int length = in.readInt();
                int crc = in.readInt();
                int offset = bytes.length - in.available();
                if (length < 0 || length > in.available()) {
                    return empty(generator);
                }
                in.skipNBytes(length);
                entries.put(name, new Entry(digest, null, bytes, offset, length, crc));
            }
            return in.available() == 0 ? new SeedCache(generator, true, entries) : empty(generator);
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
        IssueReader.Outcome outcome;
        try {
            outcome = entry.decode();
        } catch (IOException | RuntimeException e) {
            return null; // a damaged block: the seed is read again
        }
        current.put(name, entry);
        return outcome;
    }

    /** Records what the seed {@code name} of digest {@code digest} was read into. */
    void put(String name, String digest, IssueReader.Outcome outcome) {
        current.put(name, new Entry(digest, outcome));
    }

    /**
     * Whether the cache to write differs from the one loaded: a seed was read afresh (new, changed, or its block
     * damaged) or removed.
     */
    public boolean changed() {
        if (!loaded || current.size() != previous.size()) {
            return true;
        }
        return current.values().stream().anyMatch(entry -> entry.file() == null);
    }

    /** Writes the seeds read since this cache was made, in path order, so the file is the same for the same seeds. */
    public void write(Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
            out.writeUTF(HEADER + generator);
            Map<String, Entry> sorted = new TreeMap<>(current);
            out.writeInt(sorted.size());
            ByteArrayOutputStream block = new ByteArrayOutputStream(1 << 16);
            for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                Entry entry = e.getValue();
                out.writeUTF(e.getKey());
                out.writeUTF(entry.digest());
                if (entry.file() != null) {
                    out.writeInt(entry.length());
                    out.writeInt(entry.crc());
                    out.write(entry.file(), entry.offset(), entry.length());
                } else {
                    block.reset();
                    OutcomeCodec.write(entry.outcome(), new DataOutputStream(block));
                    byte[] encoded = block.toByteArray();
                    out.writeInt(encoded.length);
                    out.writeInt(checksum(encoded, 0, encoded.length));
                    out.write(encoded);
                }
            }
        }
    }
}
