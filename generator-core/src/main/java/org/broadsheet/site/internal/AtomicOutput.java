package org.broadsheet.site.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Builds a folder beside the output and swaps it in only once it is complete, so a build that fails part-way
 * leaves the previous output as it was, and files a previous build left that this one did not write disappear.
 *
 * <p>To keep a mistyped {@code --out} from wiping unrelated files, an existing output folder is replaced only
 * when it is empty or holds the {@value #MARKER} file a previous build wrote.
 */
public final class AtomicOutput {
    /** The file that marks a folder as a site this generator wrote and may replace. */
    public static final String MARKER = ".broadsheet-site";

    private final Path output;
    private final Path staging;

    private AtomicOutput(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /**
     * Creates a fresh, empty staging folder beside {@code output}.
     *
     * @throws IOException when {@code output} exists and is not a folder Broadsheet may replace
     */
    public static AtomicOutput beside(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        if (Files.exists(target) && !replaceable(target)) {
            throw new IOException("output folder '" + output + "' already holds files that Broadsheet did not write"
                    + " (no " + MARKER + " file); refusing to replace it: choose an empty or new folder");
        }
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("output folder '" + output + "' cannot be the root of a file system");
        }
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        try {
            // Temporary folders are private to their owner; a site must be readable by the web server.
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to widen.
        }
        Files.writeString(staging.resolve(MARKER), "This folder is written by Broadsheet and replaced on every build.\n");
        return new AtomicOutput(target, staging);
    }

    /** The folder to write the new site into. */
    public Path staging() {
        return staging;
    }

    /** Replaces the output with the staging folder: the old output is moved aside, then deleted. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
            Files.delete(old);
            move(output, old);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (old != null) {
                move(old, output);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Throws away the staging folder; the output stays as it was. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // Best effort: a leftover hidden staging folder is harmless and the next build makes a new one.
        }
    }

    private static boolean replaceable(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (Files.exists(folder.resolve(MARKER))) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
