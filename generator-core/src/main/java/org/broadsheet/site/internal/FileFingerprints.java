package org.broadsheet.site.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.internal.Fingerprint;
import org.broadsheet.render.Theme;

/**
 * The files of one build, each with its fingerprint: a file whose fingerprint matches the previous build's is
 * kept as it is; any other is rendered and written into the staging folder. Safe to use from several threads,
 * each file given once; {@link #finish} before reading the staging folder.
 */
public final class FileFingerprints implements AutoCloseable {
    private final Path root;
    private final StagingWriter writer;
    private final BuildState previous;
    private final Map<String, BuildState.Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, BuildState.Group> groups = new ConcurrentHashMap<>();
    private final List<String> written = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param root     the staging folder to write changed files into
     * @param previous the previous build's state, or {@code null} to write every file
     */
    public FileFingerprints(Path root, BuildState previous) {
        this.root = root;
        this.previous = previous;
        this.writer = new StagingWriter(root);
    }

    /** Waits until every written file is in the staging folder; throws the first failed write. */
    public void finish() throws IOException {
        writer.finish();
    }

    /** Stops writing, for a build that failed. */
    @Override
    public void close() {
        writer.close();
    }

    /** A file drawn by {@code template} (of identity {@code templateIdentity}) from {@code model}. */
    public void page(String path, String template, String templateIdentity, Map<String, ?> model, Theme theme)
            throws IOException {
        String fingerprint = new Fingerprint().add(template).add(templateIdentity).add(model).hex();
        if (!unchanged(path, fingerprint)) {
            store(path, fingerprint, theme.render(template, model).getBytes(StandardCharsets.UTF_8), true);
        }
    }

    /**
     * A planned page: fingerprinted by its {@link PlannedPage#inputs() inputs} when it has them, so its variables
     * are made only when it has to be drawn; otherwise by its variables.
     */
    public void page(PlannedPage page, String templateIdentity, Theme theme) throws IOException {
        BuildState.Entry before = previous == null ? null : previous.files().get(page.file());
        add(page.file(), drawn(page, templateIdentity, theme, before));
    }

    /**
     * A planned page's entry: {@code before} (the previous build's) when the page's fingerprint is unchanged;
     * otherwise the page is drawn and written.
     */
    private BuildState.Entry drawn(PlannedPage page, String templateIdentity, Theme theme, BuildState.Entry before)
            throws IOException {
        Map<String, Object> model = page.inputs() == null ? page.model() : null;
        Fingerprint digest = new Fingerprint().add(page.template()).add(templateIdentity);
        // The tag keeps an inputs fingerprint from ever equalling a variables fingerprint.
        String fingerprint = (model != null ? digest.add(model) : digest.add("inputs").add(page.inputs().get())).hex();
        if (before != null && before.fingerprint().equals(fingerprint)) {
            return before;
        }
        String drawn = theme.render(page.template(), model != null ? model : page.model());
        return write(page.file(), fingerprint, drawn.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A group of pages, whose templates have the identities {@code identities} (by template name): kept whole,
     * its pages never made, when its fingerprint matches the previous build's; otherwise each of its pages is
     * fingerprinted and drawn when changed, as {@link #page(PlannedPage, String, Theme)} does.
     */
    public void group(PlannedGroup group, Map<String, String> identities, Theme theme) throws IOException {
        Fingerprint digest = new Fingerprint().add("group");
        for (String template : group.templates()) {
            digest.add(template).add(identities.get(template));
        }
        String fingerprint = digest.add(group.name()).add(group.size()).add(group.inputs().get()).hex();
        BuildState.Group before = previous == null ? null : previous.groups().get(group.name());
        if (before != null && before.fingerprint().equals(fingerprint)) {
            add(group.name(), before);
            return;
        }
        Map<String, BuildState.Entry> beforeFiles = before == null ? Map.of() : before.files();
        Map<String, BuildState.Entry> files = new HashMap<>();
        for (PlannedPage page : group.pages().get()) {
            String path = page.file();
            BuildState.Entry entry = drawn(page, identities.get(page.template()), theme, beforeFiles.get(path));
            if (files.putIfAbsent(path, entry) != null) {
                throw new IllegalStateException("two files of the site at '" + path + "'");
            }
        }
        add(group.name(), new BuildState.Group(fingerprint, files));
    }

    /** Keeps a file of the previous build as it is, without making it again; false when it had no such file. */
    public boolean keep(String path) {
        BuildState.Entry before = previous == null ? null : previous.files().get(path);
        if (before == null) {
            return false;
        }
        add(path, before);
        return true;
    }

    /** A file of fixed bytes; {@code write} is false for a file already in the staging folder. */
    public void bytes(String path, byte[] bytes, boolean write) throws IOException {
        String fingerprint = digest(bytes);
        if (!unchanged(path, fingerprint)) {
            store(path, fingerprint, bytes, write);
        }
    }

    /** The state of this build, once {@link #finish finished}. */
    public BuildState state(String generator, Map<String, String> index) {
        return BuildState.of(generator, index, entries, groups);
    }

    /** The paths written into the staging folder, in path order. */
    public List<String> written() {
        synchronized (written) {
            return written.stream().sorted().toList();
        }
    }

    public static String digest(String text) {
        return new Fingerprint().add(text).hex();
    }

    public static String digest(byte[] bytes) {
        return new Fingerprint().add(bytes).hex();
    }

    private boolean unchanged(String path, String fingerprint) {
        BuildState.Entry before = previous == null ? null : previous.files().get(path);
        if (before != null && before.fingerprint().equals(fingerprint)) {
            add(path, before);
            return true;
        }
        return false;
    }

    private void store(String path, String fingerprint, byte[] bytes, boolean write) throws IOException {
        add(path, write ? write(path, fingerprint, bytes) : written(path, fingerprint, bytes));
    }

    /** Writes a changed file into the staging folder. */
    private BuildState.Entry write(String path, String fingerprint, byte[] bytes) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("refusing to write '" + path + "' outside the site folder");
        }
        writer.write(file, bytes);
        return written(path, fingerprint, bytes);
    }

    private BuildState.Entry written(String path, String fingerprint, byte[] bytes) {
        written.add(path);
        return new BuildState.Entry(fingerprint, bytes.length);
    }

    private void add(String path, BuildState.Entry entry) {
        if (entries.putIfAbsent(path, entry) != null) {
            throw new IllegalStateException("two files of the site at '" + path + "'");
        }
    }

    private void add(String name, BuildState.Group group) {
        if (groups.putIfAbsent(name, group) != null) {
            throw new IllegalStateException("two groups of pages named '" + name + "'");
        }
    }
}
