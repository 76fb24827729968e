package org.broadsheet.read.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.broadsheet.internal.Fingerprint;

/**
 * A seed's file status, as a digest: its size, modification and status-change times and inode, and its
 * {@code .meta} sidecar's, with the reader's identity and the seed's path. While it is the same, the seed's bytes
 * are taken to be the same, so an unchanged seed need not be read to know that it is unchanged (what git's index
 * and make do). The status-change time (ctime) is set by the system on every write and rename and cannot be
 * set back, so a file rewritten with the same size and its old modification time still shows as changed.
 *
 * <p>No status (null) when the file system has no such attributes (Windows), or when the seed or its sidecar
 * was modified within the last {@value #SETTLE_SECONDS} seconds: on a file system with coarse times, a second
 * write within the same tick could leave the times as they were. Such a seed is read and digested, as always.
 * A symbolic link's status is its target's.
 */
public final class SeedStatus {
    static final int SETTLE_SECONDS = 2;
    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev";

    private SeedStatus() {
    }

    /**
     * The status of {@code seed} (named {@code name}) and its sidecar for a reader of {@code identity}, or null.
     *
     * @param sidecar whether the folder's listing showed the seed's sidecar: when it did not, the sidecar is taken
     *                to be missing without asking the file system again (a question that fails costs an exception)
     */
    public static String of(String identity, Path seed, String name, boolean sidecar) {
        long settled = System.currentTimeMillis() - TimeUnit.SECONDS.toMillis(SETTLE_SECONDS);
        Fingerprint fingerprint = new Fingerprint().add(identity).add(name);
        try {
            if (!add(fingerprint, seed, settled)) {
                return null;
            }
            try {
                if (!sidecar) {
                    fingerprint.add("no sidecar");
                } else if (!add(fingerprint, SeedKind.sidecarOf(seed), settled)) {
                    return null;
                }
            } catch (NoSuchFileException e) {
                fingerprint.add("no sidecar");
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        return fingerprint.hex();
    }

    /** Adds a file's status (a link's target's); false when it was modified too recently to be trusted. */
    private static boolean add(Fingerprint fingerprint, Path file, long settled) throws IOException {
        Map<String, Object> status = Files.readAttributes(file, ATTRIBUTES);
        FileTime modified = (FileTime) status.get("lastModifiedTime");
        FileTime changed = (FileTime) status.get("ctime");
        if (modified == null || changed == null || modified.toMillis() > settled) {
            return false;
        }
        fingerprint.add(status.get("size")).add(nanos(modified)).add(nanos(changed)).add(status.get("ino"))
                .add(status.get("dev"));
        return true;
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
