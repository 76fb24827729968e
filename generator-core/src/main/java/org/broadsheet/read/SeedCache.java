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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * digest matches is not parsed again. Kept beside the output folder, as {@code .<output>.cache} (see
 * {@link #beside}), not inside it: it is no part of the site, and is not deployed with it.
 *
 * <p>Each entry also keeps the seed's file status (see {@code SeedStatus}) when it was read: a seed whose status
 * is as it was is taken from the cache without reading its bytes, as git and make trust a file's times. A daily
 * update of a large archive then reads the one new seed, not every seed.
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
    private static final String HEADER = "broadsheet-cache 4 ";

    private final String generator;
    private final boolean loaded;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    /**
     * A seed's digest, status ({@code ""} when not known) and outcome: encoded (a block of the loaded file, with
     * its CRC-32) or decoded.
     */
    private record Entry(String digest, String status, IssueReader.Outcome outcome, byte[] file, int offset, int length,
                         int crc) {
        Entry(String digest, String status, IssueReader.Outcome outcome) {
            this(digest, status == null ? "" : status, outcome, null, 0, 0, 0);
        }

        Entry withStatus(String now) {
            return new Entry(digest, now == null ? "" : now, outcome, file, offset, length, crc);
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

    /** Where the cache of the build writing to {@code output} is kept: {@code .<output's name>.cache} beside it. */
    public static Path beside(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".cache");
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
                String status = in.readUTF();
                int length = in.readInt();
                int crc = in.readInt();
                int offset = bytes.length - in.available();
                if (length < 0 || length > in.available()) {
                    return empty(generator);
                }
                in.skipNBytes(length);
                entries.put(name, new Entry(digest, status, null, bytes, offset, length, crc));
            }
            return in.available() == 0 ? new SeedCache(generator, true, entries) : empty(generator);
        } catch (IOException | RuntimeException e) {
            return empty(generator); // damaged or cut short: read every seed again
        }
    }

    /**
     * What the seed {@code name} was read into when its file status was {@code status}, or {@code null}: the seed
     * need not be read when its status is as it was.
     */
    IssueReader.Outcome unchanged(String name, String status) {
        Entry entry = previous.get(name);
        if (entry == null || status == null || !entry.status().equals(status)) {
            return null;
        }
        return take(name, entry);
    }

    /**
     * What the seed {@code name} was read into when its digest was {@code digest}, or {@code null}; the entry
     * keeps {@code status} (or none, when {@code null}) for the next build.
     */
    IssueReader.Outcome lookup(String name, String digest, String status) {
        Entry entry = previous.get(name);
        if (entry == null || !entry.digest().equals(digest)) {
            return null;
        }
        return take(name, entry.withStatus(status));
    }

    private IssueReader.Outcome take(String name, Entry entry) {
        IssueReader.Outcome outcome;
        try {
            outcome = entry.decode();
        } catch (IOException | RuntimeException e) {
            return null; // a damaged block: the seed is read again
        }
        current.put(name, entry);
        return outcome;
    }

    /** Records what the seed {@code name} of digest {@code digest} and file status {@code status} was read into. */
    void put(String name, String digest, String status, IssueReader.Outcome outcome) {
        current.put(name, new Entry(digest, status, outcome));
    }

    /**
     * Whether the cache to write differs from the one loaded: a seed was read afresh (new, changed, or its block
     * damaged) or removed, or its file status changed (touched, or copied back as it was).
     */
    public boolean changed() {
        if (!loaded || current.size() != previous.size()) {
            return true;
        }
        return current.entrySet().stream().anyMatch(e -> e.getValue().file() == null
                || !e.getValue().status().equals(previous.get(e.getKey()).status()));
    }

    /**
     * Writes the seeds read since this cache was made, in path order, so the file is the same for the same seeds.
     * Written beside {@code file} and renamed over it, so a reader never finds half a cache.
     */
    public void write(Path file) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would stick to the cache.
        Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            writeTo(temporary);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void writeTo(Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
            out.writeUTF(HEADER + generator);
            Map<String, Entry> sorted = new TreeMap<>(current);
            out.writeInt(sorted.size());
            ByteArrayOutputStream block = new ByteArrayOutputStream(1 << 16);
            for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                Entry entry = e.getValue();
                out.writeUTF(e.getKey());
                out.writeUTF(entry.digest());
                out.writeUTF(entry.status());
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
