package org.broadsheet.read;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.broadsheet.read.internal.DamagedCacheException;
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
 * <p>The cache also keeps the text of the archive out of memory while a site is built: the issues it gives hold
 * their headlines, and each article's paragraphs are read from the cache file when first asked for (see
 * {@link OutcomeCodec}); a seed parsed afresh is written at once to a spill file beside the cache, and its issue
 * read back the same way. Memory then grows with the number of articles, not with their text. The files stay
 * open until {@link #finish} writes the next cache (or {@link #close} drops the spill file): the issues must
 * not be asked for their paragraphs after that. The spill file is itself a cache file (the header, then an
 * entry per seed, in the order they were read): a first build's spill becomes the next cache by a rename, not a
 * copy of every seed's text (170 MB at five years). A killed build's spill is removed by a later build.
 *
 * <p>The file starts with its format and the generator that wrote it; a cache of another generator counts as
 * empty. Each seed's outcome is stored as a block of its own: its head (the issue with its headlines) with a
 * CRC-32, checked when the seed is looked up (on the reader's threads, in parallel), then its articles' text,
 * each article's with a CRC-32 checked when the text is fetched (see {@link OutcomeCodec}). A damaged head costs
 * reading that seed again; damaged text, found when a page needs it, fails the build attempt with a
 * {@code DamagedCacheException}, and {@code Broadsheet} builds again reading every seed. Never a wrong issue.
 *
 * <p>A build that read a few seeds afresh appends their entries to the file (a later entry of a seed replaces
 * an earlier one; a removed seed gets an entry that says so), rather than rewriting a cache of every seed: a
 * daily update of a five-year archive appended some 100 KB where it rewrote 170 MB. A build killed while
 * appending leaves a cut-off last entry, which the next load ignores and the next append cuts away. When
 * replaced entries would make up more than half the file, the next cache is written afresh instead, in path
 * order, beside the file and renamed over it, so a reader never finds half a cache.
 *
 * <p>Safe to use from several threads while seeds are read.
 */
public final class SeedCache implements AutoCloseable {
    private static final String HEADER = "broadsheet-cache 7 ";
    /** The block length of an entry saying that its seed is gone. */
    private static final int REMOVED = -1;

    private final Path file;
    private final String generator;
    /** The cache this one was loaded from, open for reading while the build runs; null for an empty cache. */
    private final FileChannel previousFile;
    private final Map<String, Entry> previous;
    /** Where the previous cache's last whole entry ends: a killed build's cut-off entry may follow. */
    private final long previousEnd;
    /** The previous cache file's identity when loaded (its inode), so that an append never goes to another file. */
    private final Object previousKey;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final Path spillPath;
    private final AtomicLong spilled = new AtomicLong();
    private FileChannel spill;

    /**
     * Where a seed's outcome lies: its digest and status, and its block in the previous cache or the spill file:
     * {@code length} bytes, the first {@code headLength} its head (of checksum {@code crc}), then its articles'
     * paragraphs (each checked by the head's checksums when fetched).
     */
    private record Entry(String digest, String status, boolean inSpill, long offset, int length, int headLength,
                         int crc) {
        Entry withStatus(String now) {
            return new Entry(digest, now == null ? "" : now, inSpill, offset, length, headLength, crc);
        }

        Entry at(long position) {
            return new Entry(digest, status, inSpill, position, length, headLength, crc);
        }
    }

    private SeedCache(Path file, String generator, FileChannel previousFile, Index previous, Object previousKey) {
        this.file = file.toAbsolutePath();
        this.generator = Objects.requireNonNull(generator, "generator");
        this.previousFile = previousFile;
        this.previous = previous.entries();
        this.previousEnd = previous.end();
        this.previousKey = previousKey;
        this.spillPath = own(".spill.tmp");
    }

    /** The entries of a cache file by seed name, and where its last whole entry ends. */
    private record Index(Map<String, Entry> entries, long end) {
    }

    /**
     * A file of this cache's own beside the cache file, {@code <cache>.<pid>-<n><suffix>}: the process id lets
     * {@link #removeLeftovers} tell a killed build's file from a running one's.
     */
    private Path own(String suffix) {
        return file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.identityHashCode(this) + suffix);
    }

    /** Where the cache of the build writing to {@code output} is kept: {@code .<output's name>.cache} beside it. */
    public static Path beside(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".cache");
    }

    /** An empty cache to be written to {@code file}, for a first or clean build. */
    public static SeedCache empty(Path file, String generator) {
        return new SeedCache(file, generator, null, new Index(Map.of(), 0), null);
    }

    /**
     * The cache in {@code file} if {@code generator} wrote it (up to a last entry cut off, which counts as absent);
     * otherwise an empty one.
     */
    public static SeedCache load(Path file, String generator) {
        if (!Files.isRegularFile(file)) {
            return empty(file, generator);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            Index index = index(channel, generator);
            if (index != null) {
                return new SeedCache(file, generator, channel, index, key);
            }
        } catch (IOException | RuntimeException e) {
            // damaged or cut short: read every seed again
        }
        closeQuietly(channel);
        return empty(file, generator);
    }

    /**
     * Each seed's latest entry in the file, reading only the entries' heads (name, digest, status, length,
     * checksum) and not their blocks, up to the end or to an entry cut off; null when the file is not a cache of
     * {@code generator}.
     */
    private static Index index(FileChannel channel, String generator) throws IOException {
        long size = channel.size();
        Headed<String> header = head(channel, 0, size, in -> in.readUTF());
        if (!header.value().equals(HEADER + generator)) {
            return null;
        }
        Map<String, Entry> entries = new HashMap<>();
        long position = header.end();
        while (position < size) {
            Headed<EntryHead> headed;
            try {
                headed = head(channel, position, size,
                        in -> new EntryHead(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(), in.readInt(),
                                in.readInt()));
            } catch (IOException e) {
                break; // cut off in its head (a read that fails altogether fails at the header)
            }
            EntryHead head = headed.value();
            if (head.length() == REMOVED) {
                entries.remove(head.name());
                position = headed.end();
                continue;
            }
            if (head.length() < 0 || head.headLength() < 0 || head.headLength() > head.length()
                    || headed.end() + head.length() > size) {
                break; // cut off in its block
            }
            entries.put(head.name(), new Entry(head.digest(), head.status(), false, headed.end(), head.length(),
                    head.headLength(), head.crc()));
            position = headed.end() + head.length();
        }
        return new Index(entries, position);
    }

    /** What an entry's head says: the seed's name, digest and status, its block's length, its head's length and CRC. */
    private record EntryHead(String name, String digest, String status, int length, int headLength, int crc) {
    }

    /** A value read from the file at a position, and where it ends. */
    private record Headed<T>(T value, long end) {
    }

    private interface HeadReader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Reads a head from a few kilobytes at {@code position}, or more when its strings are long. */
    private static <T> Headed<T> head(FileChannel channel, long position, long size, HeadReader<T> reader)
            throws IOException {
        for (int chunk : new int[] {4096, 3 * 65_540 + 16}) {
            byte[] bytes = read(channel, position, (int) Math.min(chunk, size - position));
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            try {
                T value = reader.read(new DataInputStream(in));
                return new Headed<>(value, position + bytes.length - in.available());
            } catch (EOFException e) {
                if (bytes.length < chunk) {
                    throw e; // the file ends inside the head
                }
            }
        }
        throw new EOFException("a head longer than its strings can be");
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
            // The head alone: an unchanged issue's text is read only if one of its pages is rendered.
            byte[] head = read(previousFile, entry.offset(), entry.headLength());
            // A damaged head could still decode, into a wrong issue: the checksum says it is the one written.
            if (checksum(head) != entry.crc()) {
                return null; // the seed is read again
            }
            long bodies = entry.offset() + entry.headLength();
            outcome = OutcomeCodec.read(head, (start, length) -> body(previousFile, file, bodies + start, length));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged block: the seed is read again
        }
        current.put(name, entry);
        return outcome;
    }

    /**
     * Records what the seed {@code name} of digest {@code digest} and file status {@code status} was read into,
     * and gives it back with its paragraphs read from the spill file when asked for, so they need not stay in
     * memory. Gives {@code outcome} itself when the spill file cannot be written (the build then keeps it in
     * memory, and the next build reads the seed again).
     */
    IssueReader.Outcome put(String name, String digest, String status, IssueReader.Outcome outcome) {
        try {
            OutcomeCodec.Encoded encoded = OutcomeCodec.write(outcome);
            byte[] head = encoded.head();
            Entry entry = new Entry(digest, status == null ? "" : status, true, 0,
                    head.length + encoded.bodies().length, head.length, checksum(head));
            ByteArrayOutputStream entryHead = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(entryHead);
            writeHead(out, name, entry);
            out.flush();
            FileChannel channel = spill();
            long at = spilled.getAndAdd(entryHead.size() + entry.length());
            long offset = at + entryHead.size();
            write(channel, entryHead.toByteArray(), at);
            write(channel, head, offset);
            write(channel, encoded.bodies(), offset + head.length);
            current.put(name, entry.at(offset));
            long bodies = offset + head.length;
            return OutcomeCodec.read(head, (start, length) -> body(channel, spillPath, bodies + start, length));
        } catch (IOException | RuntimeException e) {
            return outcome;
        }
    }

    private synchronized FileChannel spill() throws IOException {
        if (spill == null) {
            Files.createDirectories(spillPath.getParent());
            // Named after this process, so that a later build removes it if this one is killed (removeLeftovers).
            FileChannel channel = FileChannel.open(spillPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            new DataOutputStream(header).writeUTF(HEADER + generator);
            write(channel, header.toByteArray(), 0);
            spilled.set(header.size());
            spill = channel;
        }
        return spill;
    }

    /**
     * Whether the cache to write differs from the one loaded: a seed was read afresh (new, changed, or its block
     * damaged) or removed, or its file status changed (touched, or copied back as it was).
     */
    public boolean changed() {
        if (previousFile == null || current.size() != previous.size()) {
            return true;
        }
        return current.entrySet().stream().anyMatch(e -> e.getValue().inSpill()
                || !e.getValue().status().equals(previous.get(e.getKey()).status()));
    }

    /**
     * Records the next cache in the file it was loaded from, when it {@link #changed}: appends the entries of
     * seeds read afresh, or whose status changed, and of seeds removed; or writes the whole cache afresh (see
     * the class comment). Closes the cache: the issues it gave can no longer fetch their paragraphs.
     */
    public void finish() throws IOException {
        try {
            removeLeftovers();
            if (!changed() && Files.isRegularFile(file)) {
                return;
            }
            if (previousFile == null) {
                if (spill == null) {
                    write(); // no seed at all: a cache of none
                    return;
                }
                // With nothing loaded, every seed was read afresh into the spill file, a whole cache: it becomes it.
                synchronized (this) {
                    closeQuietly(spill);
                    spill = null;
                }
                Files.move(spillPath, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            Map<String, Entry> appended = new TreeMap<>();
            long live = 0;
            for (Map.Entry<String, Entry> e : current.entrySet()) {
                Entry entry = e.getValue();
                Entry before = previous.get(e.getKey());
                live += entry.length();
                if (before == null || entry.inSpill() || !entry.status().equals(before.status())) {
                    appended.put(e.getKey(), entry);
                }
            }
            long after = previousEnd + appended.values().stream().mapToLong(Entry::length).sum();
            if (after <= 2 * live && sameFile()) {
                append(appended);
            } else {
                write();
            }
        } finally {
            close();
        }
    }

    /** Whether {@link #file} is still the file this cache was loaded from, whole. */
    private boolean sameFile() throws IOException {
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
        return previousKey != null && previousKey.equals(now.fileKey()) && now.size() >= previousEnd;
    }

    /** Appends {@code appended} and an entry per removed seed, after cutting away what follows the last whole entry. */
    private void append(Map<String, Entry> appended) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(previousEnd);
            channel.position(previousEnd);
            // The stream over the channel is flushed, not closed: the channel closes once, with the try.
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel),
                    1 << 16));
            for (Map.Entry<String, Entry> e : appended.entrySet()) {
                writeEntry(out, e.getKey(), e.getValue());
            }
            for (String name : new TreeMap<>(previous).keySet()) {
                if (!current.containsKey(name)) {
                    writeHead(out, name, new Entry("", "", false, 0, REMOVED, 0, 0));
                }
            }
            out.flush();
        }
    }

    private void writeEntry(DataOutputStream out, String name, Entry entry) throws IOException {
        writeHead(out, name, entry);
        out.write(read(entry.inSpill() ? spill : previousFile, entry.offset(), entry.length()));
    }

    private static void writeHead(DataOutputStream out, String name, Entry entry) throws IOException {
        out.writeUTF(name);
        out.writeUTF(entry.digest());
        out.writeUTF(entry.status());
        out.writeInt(entry.length());
        out.writeInt(entry.headLength());
        out.writeInt(entry.crc());
    }

    private void write() throws IOException {
        // Not Files.createTempFile: its owner-only permissions would stick to the cache.
        Path temporary = own(".tmp");
        Files.createDirectories(file.getParent());
        try {
            try (OutputStream stream = Files.newOutputStream(temporary);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16))) {
                out.writeUTF(HEADER + generator);
                for (Map.Entry<String, Entry> e : new TreeMap<>(current).entrySet()) {
                    writeEntry(out, e.getKey(), e.getValue());
                }
            }
            closeQuietly(previousFile); // a file open for reading cannot be replaced on every system
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes the half-written caches of builds that were killed: {@code <cache>.<pid>-<n>.tmp} of a process gone. */
    private void removeLeftovers() throws IOException {
        if (!Files.isDirectory(file.getParent())) {
            return;
        }
        String prefix = file.getFileName() + ".";
        try (var siblings = Files.newDirectoryStream(file.getParent(), prefix + "*.tmp")) {
            for (Path sibling : siblings) {
                String middle = sibling.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
                int dash = middle.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? middle : middle.substring(0, dash));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue; // another build writing its cache now
                    }
                } catch (NumberFormatException e) {
                    continue; // not one of ours
                }
                Files.deleteIfExists(sibling);
            }
        }
    }

    /** Closes the cache files and deletes the spill file, without writing the next cache. */
    @Override
    public synchronized void close() throws IOException {
        closeQuietly(previousFile);
        if (spill != null) {
            closeQuietly(spill);
            spill = null;
        }
        Files.deleteIfExists(spillPath);
    }

    /** An article's paragraphs, fetched while the site is built; a failure names the file and the way out. */
    private static byte[] body(FileChannel channel, Path path, long position, int length) throws IOException {
        try {
            return read(channel, position, length);
        } catch (IOException e) {
            throw new DamagedCacheException("cannot read the text of an article from '" + path
                    + "', the cache of read seeds (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the cache ends " + buffer.remaining() + " bytes short");
            }
        }
        return bytes;
    }

    private static void write(FileChannel channel, byte[] bytes, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, position + buffer.position());
        }
    }

    private static int checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // read only, or a spill file about to be deleted: nothing is lost
            }
        }
    }

}
