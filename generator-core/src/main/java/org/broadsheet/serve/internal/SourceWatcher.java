package org.broadsheet.serve.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches folders (whole trees, new sub-folders included) and single files, and reports changes in batches:
 * after the first change it waits until nothing has changed for the quiet period, so an editor's
 * save-as-rename-and-delete, or a {@code git checkout} of many files, gives one rebuild, not dozens.
 *
 * <p>Changes that arrive while the callback runs are kept and reported in the next batch; nothing is
 * dropped, and there is no queue to fill up. The callback runs on the watcher's own thread.
 */
public final class SourceWatcher implements Closeable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> trees = new LinkedHashSet<>();
    private final Set<Path> files = new LinkedHashSet<>();
    private final Predicate<Path> ignored;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /**
     * @param watched  folders to watch recursively, and files to watch alone (a file need not exist yet)
     * @param ignored  paths whose changes do not count, such as the output folder
     * @param quiet    how long nothing must change before a batch is reported
     * @param onChange receives each batch of changed paths
     */
    public SourceWatcher(List<Path> watched, Predicate<Path> ignored, Duration quiet, Consumer<Set<Path>> onChange)
            throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.quiet = quiet;
        this.onChange = onChange;
        for (Path path : watched) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                trees.add(absolute);
                registerTree(absolute);
            } else if (absolute.getParent() != null && Files.isDirectory(absolute.getParent())) {
                files.add(absolute);
                register(absolute.getParent());
            }
        }
        this.thread = new Thread(this::run, "broadsheet-watcher");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(Set.copyOf(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost: count the whole folder as changed, and pick up any new sub-folders.
                if (folder != null) {
                    changed.add(folder);
                    if (isInTree(folder)) {
                        registerTree(folder);
                    }
                }
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored.test(path) || !(isInTree(path) || files.contains(path))) {
                continue;
            }
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private boolean isInTree(Path path) {
        return trees.stream().anyMatch(path::startsWith);
    }

    private void registerTree(Path top) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(top) && ignored.test(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    found.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a folder vanished while being walked; what was found is registered below
        }
        found.forEach(this::register);
    }

    private void register(Path folder) {
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        } catch (IOException | ClosedWatchServiceException e) {
            // gone already, or the watcher is closing: nothing to watch
        }
    }
}
