package org.broadsheet.site.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a folder beside the output and swaps it in only once it is complete, so a build that fails part-way
 * leaves the previous output as it was, and files a previous build left that this one did not write disappear.
 *
 * <p>What a reader of {@code <out>} sees after a first or clean build, even when it is killed (SIGKILL, power
 * loss aside) at any moment: the complete previous site, or the complete new one, never a mix. The swap is two renames in the
 * same folder ({@code <out>} to {@code .<out>.old-*}, then {@code .<out>.building-*} to {@code <out>}): for the
 * instant between them {@code <out>} is absent, and a build killed in that instant leaves it absent, with the
 * complete previous site in {@code .<out>.old-*}. The next build restores that before anything else, and
 * removes the staging and old folders killed builds left. (An atomic exchange of two folders is not in Java's
 * file API; a symbolic link swapped atomically would make {@code <out>} a link, which copying deployers,
 * {@code rsync} and {@code mvn site:stage} do not all follow.)
 *
 * <p>An incremental build writes only the files that changed into the staging folder and moves them into the
 * output under a journal ({@link #commitChanges}): a build killed while moving them is finished by the next.
 *
 * <p>One build at a time per output: a build holds a lock on {@code .<out>.lock} beside the output until it
 * commits or abandons; the operating system frees it when a build is killed. A second build meanwhile fails.
 *
 * <p>To keep a mistyped {@code --out} from wiping unrelated files, an existing output folder is replaced only
 * when it is empty or holds the {@value #MARKER} file a previous build wrote.
 */
public final class AtomicOutput {
    /** The file that marks a folder as a site this generator wrote and may replace. */
    public static final String MARKER = ".broadsheet-site";

    private final Path output;
    private final Path staging;
    private final FileLock lock;

    private AtomicOutput(Path output, Path staging, FileLock lock) {
        this.output = output;
        this.staging = staging;
        this.lock = lock;
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
        FileLock lock = lock(target);
        try {
            recover(target);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
            try {
                // Temporary folders are private to their owner; a site must be readable by the web server.
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: nothing to widen.
            }
            Files.writeString(staging.resolve(MARKER), "This folder is written by Broadsheet and replaced on every build.\n");
            return new AtomicOutput(target, staging, lock);
        } catch (IOException | RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** Takes the output's build lock, or fails when another build holds it. */
    private static FileLock lock(Path target) throws IOException {
        Path file = target.resolveSibling("." + target.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // held by another build in this same process
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another build is writing to '" + target + "' (it holds " + file + "); wait for it");
        }
        return lock;
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close(); // also releases the lock
        } catch (IOException e) {
            // Closing a lock file cannot lose data; the OS frees the lock when the process ends anyway.
        }
    }

    /**
     * Under the lock, what killed builds left: when the output is missing because a build was killed between its
     * two renames, the previous site moves back from {@code .<out>.old-*}; then every leftover old and staging
     * folder is removed.
     */
    private static void recover(Path target) throws IOException {
        String name = target.getFileName().toString();
        Path journal = journal(target);
        if (Files.exists(journal)) {
            // A build was killed after its commit point, while moving its files in: finish its moves.
            replay(target, journal);
        }
        List<Path> olds = new ArrayList<>();
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), "." + name + ".*")) {
            for (Path sibling : siblings) {
                String file = sibling.getFileName().toString();
                if (file.startsWith("." + name + ".old-")) {
                    olds.add(sibling);
                } else if (file.startsWith("." + name + ".building-") || file.equals("." + name + ".journal.new")) {
                    leftovers.add(sibling);
                }
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // Only the last swap can have been cut between its renames; its old folder is the newest.
            olds.sort(Comparator.comparing(AtomicOutput::modified).reversed());
            for (Path old : olds) {
                if (Files.exists(old.resolve(MARKER))) {
                    move(old, target);
                    olds.remove(old);
                    break;
                }
            }
        }
        leftovers.addAll(olds);
        for (Path leftover : leftovers) {
            deleteTree(leftover);
        }
    }

    /** The folder to write the new site into. */
    public Path staging() {
        return staging;
    }

    /**
     * Replaces the output with the staging folder: the old output is moved aside, then deleted; the build state
     * the staging folder holds (as {@link BuildState#FILE}) goes to {@code state}. (A build killed before that
     * leaves it in the output, where the next build's {@link BuildState#read} finds and moves it.)
     */
    public void commit(Path state) throws IOException {
        try {
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
            Path written = output.resolve(BuildState.FILE);
            if (Files.exists(written, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(state.getParent());
                moveFile(written, state);
            }
            if (old != null) {
                long clock = PhaseLog.start();
                deleteTree(old);
                PhaseLog.since(clock, "commit: delete old site");
            }
        } finally {
            release(lock);
        }
    }

    /**
     * Completes an incremental build in place: the staging folder holds only the files at {@code changed}
     * (paths relative to the root), which are renamed into the output over their old versions, and the build
     * state ({@link BuildState#FILE}), which goes to {@code state}; the files at {@code removed} are deleted from
     * the output (with folders left empty). Files put into the output by hand are kept.
     *
     * <p>First the list of moves is written to {@code .<out>.journal} beside the output and made durable: that
     * is the commit point. A build killed before it leaves the output as it was; one killed while moving leaves
     * some files moved, and the next build finishes the moves from the journal before anything else, so the
     * output becomes the complete new site. The build state is moved last, to {@code state}. Moving a few files
     * in costs milliseconds; the whole-site swap of {@link #commit(Path)} made every incremental build cost as much
     * as linking and deleting every file of the site (30 s for a five-year archive).
     */
    public void commitChanges(List<String> changed, List<String> removed, Path state) throws IOException {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            commit(state);
            return;
        }
        try {
            for (String path : java.util.stream.Stream.of(changed, removed, List.of(state.toString()))
                    .flatMap(List::stream).toList()) {
                if (path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                    throw new IOException("cannot journal the file '" + path + "': its name holds a line break");
                }
            }
            Path journal = journal(output);
            Path written = journal.resolveSibling(journal.getFileName() + ".new");
            List<String> lines = new ArrayList<>();
            lines.add(JOURNAL_HEADER + staging.getFileName());
            changed.forEach(path -> lines.add("put " + path));
            removed.forEach(path -> lines.add("drop " + path));
            lines.add("state " + state.toAbsolutePath());
            Files.write(written, lines, StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(written, journal);
            replay(output, journal);
        } finally {
            release(lock);
        }
    }

    /** The state file, moved out after every page is in, so that a cut move is never taken for a finished build. */
    private static final String LAST = BuildState.FILE;
    private static final String JOURNAL_HEADER = "broadsheet journal 1, staging ";

    private static Path journal(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".journal");
    }

    /** Carries out a committed journal's moves that are not done yet, then removes the journal and its staging. */
    private static void replay(Path target, Path journal) throws IOException {
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith(JOURNAL_HEADER)) {
            throw new IOException("cannot finish the last build of '" + target + "': its journal " + journal
                    + " is not one Broadsheet wrote (first line '" + (lines.isEmpty() ? "" : lines.get(0))
                    + "'); remove it and build again with --clean");
        }
        Path from = target.resolveSibling(lines.get(0).substring(JOURNAL_HEADER.length()));
        Set<Path> made = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("put ")) {
                String path = line.substring(4);
                Path source = inside(from, path);
                if (Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                    Path destination = inside(target, path);
                    if (made.add(destination.getParent())) {
                        Files.createDirectories(destination.getParent());
                    }
                    Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } else if (line.startsWith("state ")) {
                Path source = from.resolve(LAST);
                if (Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                    Path destination = Path.of(line.substring(6));
                    Files.createDirectories(destination.getParent());
                    moveFile(source, destination);
                }
            } else if (line.startsWith("drop ")) {
                Path file = inside(target, line.substring(5));
                Files.deleteIfExists(file);
                for (Path folder = file.getParent(); !folder.equals(target); folder = folder.getParent()) {
                    if (!removeIfEmpty(folder)) {
                        break;
                    }
                }
            }
        }
        deleteTree(from);
        Files.delete(journal);
    }

    private static Path inside(Path root, String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("the build journal names '" + path + "', which is not inside " + root);
        }
        return file;
    }

    private static boolean removeIfEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            if (entries.iterator().hasNext()) {
                return false;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return true;
        }
        Files.delete(folder);
        return true;
    }

    /**
     * Throws away the staging folder; the output stays as it was. Also how a build that changed nothing ends:
     * the current output already is the new site.
     */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // Best effort: the next build removes a leftover staging folder.
        } finally {
            release(lock);
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

    /** Moves a file over whatever file is at {@code to}: atomically where both lie on one file system. */
    static void moveFile(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
