package org.broadsheet.site.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a folder beside the output and swaps it in only once it is complete, so a build that fails part-way
 * leaves the previous output as it was, and files a previous build left that this one did not write disappear.
 *
 * <p>An incremental build writes only the files that changed into the staging folder, then moves them into the
 * output one by one ({@link #commitChanges}): each move is atomic, and a journal beside the output lists them
 * first, so a build killed while moving is finished by the next one ({@link #recover}) rather than leaving a
 * site half old, half new. A build that fails before the journal is written leaves the output as it was.
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

    /**
     * Moves the files at {@code changed} (paths relative to the root) from the staging folder into the output,
     * replacing what was there, and deletes the files at {@code removed}, through a journal: see the class
     * comment. The staging folder is deleted afterwards.
     */
    public void commitChanges(List<String> changed, List<String> removed) throws IOException {
        Path journal = journal(output);
        List<String> lines = new ArrayList<>();
        lines.add(staging.getFileName().toString());
        changed.forEach(path -> lines.add("+" + path));
        removed.forEach(path -> lines.add("-" + path));
        Path draft = staging.resolve(".journal");
        Files.write(draft, lines, StandardCharsets.UTF_8);
        move(draft, journal);
        replay(output, lines);
    }

    /**
     * Finishes a commit that a killed build left part-done, if any, so that the output is the complete site of
     * that build. Called before a build reads the output's state.
     */
    public static void recover(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path journal = journal(target);
        if (Files.isRegularFile(journal)) {
            replay(target, Files.readAllLines(journal, StandardCharsets.UTF_8));
        }
    }

    /** Applies a journal's moves and deletions; each step can be run again, so a replay may be interrupted. */
    private static void replay(Path output, List<String> lines) throws IOException {
        Path staging = output.resolveSibling(lines.get(0));
        String state = null;
        for (String line : lines.subList(1, lines.size())) {
            String path = line.substring(1);
            if (line.startsWith("+")) {
                if (path.equals(BuildState.FILE)) {
                    state = path;
                    continue;
                }
                Path from = staging.resolve(path);
                if (Files.exists(from)) {
                    Path to = output.resolve(path);
                    Files.createDirectories(to.getParent());
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } else {
                Path file = output.resolve(path);
                Files.deleteIfExists(file);
                for (Path dir = file.getParent(); !dir.equals(output) && isEmptyFolder(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        }
        // The state goes last: until it is in place, the next build does not trust the files it describes.
        if (state != null && Files.exists(staging.resolve(state))) {
            Files.move(staging.resolve(state), output.resolve(state), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Files.delete(journal(output));
        deleteTree(staging);
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static Path journal(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".commit");
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
