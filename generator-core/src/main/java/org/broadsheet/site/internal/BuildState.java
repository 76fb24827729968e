package org.broadsheet.site.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a build wrote, kept beside the output (not in it: it is no part of the site, and a daily update would
 * otherwise deploy megabytes of it every day), by default as {@code .<out>.state}: per file, the fingerprint of
 * what it was made from (template, variables, or its bytes) and its size. The next build compares fingerprints
 * and writes only the files whose fingerprint changed. The first line names the state's format and the generator
 * that wrote it; a state from another generator is ignored, so a new version of Broadsheet rebuilds everything.
 *
 * <p>The second line holds, per segment of the search index, its name and the digest of what it was made from
 * (its issues and the settings), as {@code index 2021=<digest> 2022-to-11=<digest> …}, so a build keeps the
 * files of every segment whose issues are unchanged without building it again.
 *
 * <p>Then one line per file ({@code fingerprint, size, path}, tab-separated, in path order), and then the
 * {@link Group groups} of pages (an issue's page and its articles' pages), in name order, each as a line
 * {@code group, fingerprint, files, bytes, name} followed by its files' lines. A group's lines are checked when
 * the state is read, but made into entries only when a build asks for them, which it does for the few groups that
 * changed: a daily update of five years keeps 1,800 groups of 75,000 pages by comparing 1,800 fingerprints, and
 * writes their lines back as they were read.
 *
 * <p>Immutable. Two states are equal when their generator, index digests, files and groups are.
 */
public final class BuildState {
    /**
     * The state's name in the staging folder, and in the output of a first build killed right after its site was
     * swapped in (or of a version of Broadsheet that kept it there): such a state is the newest, and is moved out.
     */
    public static final String FILE = ".broadsheet-state";
    private static final String HEADER = "broadsheet-state 4 ";
    private static final String INDEX = "index ";
    private static final String GROUP = "group\t";
    private static final byte[] GROUP_BYTES = GROUP.getBytes(UTF_8);

    private final String generator;
    private final Map<String, String> index;
    private final Map<String, Entry> files;
    private final Map<String, Group> groups;

    /** One file's fingerprint and size in bytes. */
    public record Entry(String fingerprint, long size) {
    }

    /**
     * A group of pages: the fingerprint of the inputs they all derive from, and each page's file. A group read
     * from a state keeps its file lines as text until its files are asked for.
     */
    public static final class Group {
        private final String fingerprint;
        private final int count;
        private final long bytes;
        /** The group's file lines in a state's bytes, for a group read back; null for a new one. */
        private final byte[] text;
        private final int start;
        private final int end;
        private volatile Map<String, Entry> files;

        /** A group whose pages were fingerprinted (and drawn where changed) by this build. */
        public Group(String fingerprint, Map<String, Entry> files) {
            this.fingerprint = fingerprint;
            this.files = Map.copyOf(files);
            this.count = files.size();
            this.bytes = files.values().stream().mapToLong(Entry::size).sum();
            this.text = null;
            this.start = 0;
            this.end = 0;
        }

        private Group(String fingerprint, int count, long bytes, byte[] text, int start, int end) {
            this.fingerprint = fingerprint;
            this.count = count;
            this.bytes = bytes;
            this.text = text;
            this.start = start;
            this.end = end;
        }

        public String fingerprint() {
            return fingerprint;
        }

        /** How many files the group has. */
        public int count() {
            return count;
        }

        /** The bytes of its files. */
        public long bytes() {
            return bytes;
        }

        /** Fingerprint and size by path. */
        public Map<String, Entry> files() {
            Map<String, Entry> known = files;
            if (known == null) {
                List<Map.Entry<String, Entry>> lines = new ArrayList<>(count);
                for (int at = start; at < end; ) {
                    int next = lineEnd(text, at);
                    lines.add(entry(text, at, next));
                    at = next + 1;
                }
                known = Map.ofEntries(lines.toArray(Map.Entry[]::new));
                files = known;
            }
            return known;
        }

        private void write(OutputStream out, String name) throws IOException {
            out.write((GROUP + fingerprint + "\t" + count + "\t" + bytes + "\t" + name + "\n").getBytes(UTF_8));
            if (text != null) {
                out.write(text, start, end - start);
            } else {
                writeFiles(out, files);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other == this || other instanceof Group group && fingerprint.equals(group.fingerprint)
                    && count == group.count && files().equals(group.files());
        }

        @Override
        public int hashCode() {
            return fingerprint.hashCode();
        }
    }

    private BuildState(String generator, Map<String, String> index, Map<String, Entry> files,
            Map<String, Group> groups) {
        this.generator = generator;
        this.index = Collections.unmodifiableMap(new LinkedHashMap<>(index));
        this.files = files;
        this.groups = groups;
    }

    /**
     * The state of a build.
     *
     * @param generator the identity of the generator (its jar's digest)
     * @param index     the digest of each search index segment's inputs, by segment name, in index order
     * @param files     fingerprint and size by path, of the files in no group
     * @param groups    the groups of pages by name
     */
    public static BuildState of(String generator, Map<String, String> index, Map<String, Entry> files,
            Map<String, Group> groups) {
        return new BuildState(generator, index, Map.copyOf(files), Map.copyOf(groups));
    }

    public String generator() {
        return generator;
    }

    public Map<String, String> index() {
        return index;
    }

    /** The files in no group, by path. */
    public Map<String, Entry> files() {
        return files;
    }

    /** The groups of pages, by name. */
    public Map<String, Group> groups() {
        return groups;
    }

    /** How many files the site has, in groups or not. */
    public int fileCount() {
        return files.size() + groups.values().stream().mapToInt(Group::count).sum();
    }

    /** The bytes of the site's files. */
    public long bytes() {
        return files.values().stream().mapToLong(Entry::size).sum()
                + groups.values().stream().mapToLong(Group::bytes).sum();
    }

    /**
     * The paths of this state's files that {@code next} has not, in path order: what a build that follows this one
     * deletes. A group that {@code next} took over as it is (the same object) has no file to look at.
     */
    public List<String> removedBy(BuildState next) {
        Set<String> regrouped = new HashSet<>();
        next.groups.forEach((name, group) -> {
            if (groups.get(name) != group) {
                regrouped.addAll(group.files().keySet());
            }
        });
        List<String> paths = new ArrayList<>(files.keySet());
        groups.forEach((name, group) -> {
            if (next.groups.get(name) != group) {
                paths.addAll(group.files().keySet());
            }
        });
        return paths.stream().filter(path -> !next.files.containsKey(path) && !regrouped.contains(path)).sorted()
                .toList();
    }

    /** Where a build keeps the state of {@code output} unless told otherwise: {@code .<out>.state} beside it. */
    public static Path beside(Path output) {
        Path target = output.toAbsolutePath().normalize();
        return target.resolveSibling("." + target.getFileName() + ".state");
    }

    /**
     * The state in {@code file} of the site in {@code output}, for this generator, or {@code null}: when there is
     * none, when it is another generator's, when it is not whole, or when {@code output} holds no site to be
     * incremental over. A state inside the output (see {@link #FILE}) is moved to {@code file} first. Call under
     * the output's build lock.
     */
    public static BuildState read(Path output, Path file, String generator) throws IOException {
        Path inside = output.resolve(FILE);
        if (Files.isRegularFile(inside, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicOutput.moveFile(inside, file);
        }
        if (!Files.isRegularFile(output.resolve(AtomicOutput.MARKER)) || !Files.isRegularFile(file)) {
            return null;
        }
        // Parsed by hand as bytes: every incremental build reads a line per file of the site, most of them in groups
        // that it only checks and writes back as they were.
        byte[] text = Files.readAllBytes(file);
        int headerEnd = lineEnd(text, 0);
        int indexEnd = headerEnd >= text.length ? text.length : lineEnd(text, headerEnd + 1);
        if (indexEnd >= text.length || !string(text, 0, headerEnd).equals(HEADER + generator)
                || !string(text, headerEnd + 1, indexEnd).startsWith(INDEX)) {
            return null;
        }
        Map<String, String> index = new LinkedHashMap<>();
        for (String segment : string(text, headerEnd + 1 + INDEX.length(), indexEnd).split(" ")) {
            String[] parts = segment.split("=", 2);
            if (parts.length == 2) {
                index.put(parts[0], parts[1]);
            } else if (!segment.isEmpty()) {
                return null;
            }
        }
        // Gathered as entries and made into the immutable map once, not hashed twice (a map, then its copy).
        List<Map.Entry<String, Entry>> files = new ArrayList<>();
        int at = fileLines(text, indexEnd + 1, Integer.MAX_VALUE, files);
        if (at < 0) {
            return null;
        }
        List<Map.Entry<String, Group>> groups = new ArrayList<>();
        int previousName = -1;
        int previousNameEnd = -1;
        while (at < text.length) {
            int end = lineEnd(text, at);
            String[] head = startsWith(text, at, GROUP_BYTES) && end < text.length
                    ? string(text, at, end).split("\t", -1) : new String[0];
            int name = end - (head.length == 5 ? head[4].getBytes(UTF_8).length : 0);
            if (head.length != 5 || head[1].isEmpty() || head[4].isEmpty() || !digits(head[2]) || !digits(head[3])
                    || previousName >= 0 && compare(text, previousName, previousNameEnd, name, end) >= 0) {
                return null;
            }
            previousName = name;
            previousNameEnd = end;
            int count = Integer.parseInt(head[2]);
            int first = end + 1;
            at = fileLines(text, first, count, null);
            if (at < 0) {
                return null;
            }
            groups.add(Map.entry(head[4], new Group(head[1], count, Long.parseLong(head[3]), text, first, at)));
        }
        return new BuildState(generator, index, Map.ofEntries(files.toArray(Map.Entry[]::new)),
                Map.ofEntries(groups.toArray(Map.Entry[]::new)));
    }

    /**
     * Checks the file lines from {@code at}: {@code count} of them, or (for {@link Integer#MAX_VALUE}) all up to the
     * first group line or the end; each whole, in path order. Adds them to {@code into} as entries unless it is null
     * (a group's lines are made into entries only when asked for). Returns where the lines end, or -1 when they are
     * damaged, out of order, repeat a path or are fewer than {@code count}: not a state this generator wrote.
     */
    private static int fileLines(byte[] text, int at, int count, List<Map.Entry<String, Entry>> into) {
        int previousPath = -1;
        int read = 0;
        for (; read < count && at < text.length && !startsWith(text, at, GROUP_BYTES); read++) {
            int end = lineEnd(text, at);
            int path = pathStart(text, at, end);
            if (path < 0 || previousPath >= 0 && compare(text, previousPath, at - 1, path, end) >= 0) {
                return -1;
            }
            if (into != null) {
                into.add(entry(text, at, end));
            }
            previousPath = path;
            at = end + 1;
        }
        return count == Integer.MAX_VALUE || read == count ? at : -1;
    }

    private static String string(byte[] text, int start, int end) {
        return new String(text, start, end - start, UTF_8);
    }

    private static boolean startsWith(byte[] text, int at, byte[] prefix) {
        return Arrays.equals(text, at, Math.min(text.length, at + prefix.length), prefix, 0, prefix.length);
    }

    /** The end of the line starting at {@code start}: its line break, or the end of the bytes when it has none. */
    private static int lineEnd(byte[] text, int start) {
        for (int i = start; i < text.length; i++) {
            if (text[i] == '\n') {
                return i;
            }
        }
        return text.length;
    }

    /**
     * Where the path of the file line from {@code start} to {@code end} starts, or -1 when the line is not
     * {@code fingerprint, size, path} with a size of digits, ended by a line break.
     */
    private static int pathStart(byte[] text, int start, int end) {
        if (end >= text.length) {
            return -1; // the last line lost its line break: the file was cut
        }
        int first = -1;
        for (int i = start; i < end; i++) {
            if (text[i] == '\t') {
                first = i;
                break;
            }
        }
        if (first <= start) {
            return -1;
        }
        int second = first + 1;
        while (second < end && text[second] >= '0' && text[second] <= '9') {
            second++;
        }
        return second == first + 1 || second - first > 19 || second >= end || text[second] != '\t'
                || second + 1 >= end ? -1 : second + 1;
    }

    /** The file line from {@code start} to {@code end}, checked by {@link #pathStart}, as an entry. */
    private static Map.Entry<String, Entry> entry(byte[] text, int start, int end) {
        int first = start;
        while (text[first] != '\t') {
            first++;
        }
        long size = 0;
        int second = first + 1;
        for (; text[second] != '\t'; second++) {
            size = size * 10 + (text[second] - '0');
        }
        return Map.entry(string(text, second + 1, end),
                new Entry(new String(text, start, first - start, StandardCharsets.ISO_8859_1), size));
    }

    private static boolean digits(String field) {
        return !field.isEmpty() && field.length() < 19 && field.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Compares two stretches of UTF-8 as their code points compare (see {@link #PATH_ORDER}), without decoding them. */
    private static int compare(byte[] text, int a, int aEnd, int b, int bEnd) {
        return Arrays.compareUnsigned(text, a, aEnd, text, b, bEnd);
    }

    /**
     * The order of paths and group names in a state: by code point, which is the order of their UTF-8 bytes, so
     * that a state is checked without decoding its paths. (String's own order differs for characters beyond the
     * Basic Multilingual Plane.)
     */
    static final Comparator<String> PATH_ORDER = (x, y) -> {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char a = x.charAt(i);
            char b = y.charAt(i);
            if (a != b) {
                // Two surrogates, or none, compare as their code points do; a surrogate's (beyond U+FFFF) comes last.
                boolean high = Character.isSurrogate(a);
                return high == Character.isSurrogate(b) ? a - b : high ? 1 : -1;
            }
        }
        return x.length() - y.length();
    };

    private static void writeFiles(OutputStream out, Map<String, Entry> files) throws IOException {
        String[] paths = files.keySet().toArray(new String[0]);
        Arrays.sort(paths, PATH_ORDER);
        for (String path : paths) {
            Entry entry = files.get(path);
            out.write((entry.fingerprint() + "\t" + entry.size() + "\t" + path + "\n").getBytes(UTF_8));
        }
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write((HEADER + generator + "\n").getBytes(UTF_8));
            out.write((INDEX + String.join(" ", index.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()) + "\n").getBytes(UTF_8));
            writeFiles(out, files);
            String[] names = groups.keySet().toArray(new String[0]);
            Arrays.sort(names, PATH_ORDER);
            for (String name : names) {
                groups.get(name).write(out, name);
            }
        }
    }

    /** Whether this state is the one a build of {@code generator} with these index inputs, files and groups would write. */
    public boolean describes(String generator, Map<String, String> index, Map<String, Entry> files,
            Map<String, Group> groups) {
        return this.generator.equals(generator) && this.index.equals(index) && this.files.equals(files)
                && this.groups.equals(groups);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BuildState state && describes(state.generator, state.index, state.files, state.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(generator, index, files);
    }

    @Override
    public String toString() {
        return "BuildState[" + generator + ", " + index.size() + " index segments, " + files.size() + " files, "
                + groups.size() + " groups]";
    }
}
