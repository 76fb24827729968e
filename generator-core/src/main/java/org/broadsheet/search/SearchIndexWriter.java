package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.broadsheet.model.Archive;
import org.broadsheet.search.internal.SegmentedIndex;
import org.broadsheet.search.internal.Segments;

/**
 * Writes the client-side search index for an archive into {@code <site>/search/data/}, for
 * {@code assets/search.js} to query.
 *
 * <p>Search is exact: a term matches an article when it is a substring of its title, kicker, subtitle, a
 * byline part or one paragraph, after NFKC and lower-casing. The index is positional, so the client proves
 * contiguity without downloading text.
 *
 * <p>The index is split by date into segments ({@link #segments}), so that adding the newest issue rebuilds
 * and rewrites only the newest week's. Documents are numbered over the whole archive in index order (oldest
 * first, undated before all); each segment is a contiguous run of them, numbered from 0 inside it. At the top:
 * <ul>
 * <li>{@code manifest.json}: format (3), the article count and average length over the whole archive (BM25
 *     ranks with these, and with a term's document frequency summed over every segment, so results rank as
 *     one index), and the segments in index order, each with its name, article count and first and last
 *     issue date (null when undated), so a date filter skips segments;</li>
 * <li>{@code reporters.json}: every reporter's name, most prolific first.</li>
 * </ul>
 * Each segment's folder {@code <name>/} holds (all numbers are unsigned LEB128 varints):
 * <ul>
 * <li>{@code manifest.json}: format (2), article count, summed length, title span, shard count, the largest
 *     shard directory's byte length, and the first document number of each text file;</li>
 * <li>{@code docs.bin}, raw-deflated (RFC 1951): the issue dates as runs over document numbers, then per
 *     article its length as a log-scale byte (for BM25);</li>
 * <li>{@code offsets.bin}: per article, its record's start, the end of its head line and its end in its text
 *     file, as three big-endian 32-bit numbers; the client fetches the 12 bytes of each result shown, by
 *     range;</li>
 * <li>{@code s<N>.bin}: n-gram shards; unigrams (first position only) and bigrams (all positions) of the
 *     normalised text, each n-gram in shard {@code FNV-1a(code points) mod N}. A directory at the head gives
 *     each list's byte length and whether it is raw-deflated, so the client fetches the directory, then only the
 *     lists a query needs, by range (whole files from a host that ignores ranges);</li>
 * <li>{@code t<N>.jsonl}: per article a head line, a JSON object (url, title, kicker, subtitle, date,
 *     reporters, byline, and its first paragraphs up to about 160 characters), then, when it has more
 *     paragraphs, a line with a JSON array of them; fetched by byte range for the page of results shown,
 *     the second line only when no term is in the head's paragraphs;</li>
 * <li>{@code reporters.json}: reporters' names and their articles, for the reporter filter.</li>
 * </ul>
 * A segment has at most one file per ten of its articles (at least 8). The builder holds no state: safe from
 * any thread.
 */
public final class SearchIndexWriter {
    /** The folder, relative to the site root, that holds the index files. */
    public static final String FOLDER = "search/data";

    private SearchIndexWriter() {
    }

    /** The segments of the archive's index, in index order: a function of the issues' dates alone. */
    public static List<IndexSegment> segments(Archive archive) {
        return Segments.of(archive);
    }

    /**
     * Writes the index of {@code archive} into {@code siteRoot/search/data/}, replacing any files there.
     *
     * @return the number of bytes written
     */
    public static long write(Archive archive, Path siteRoot) throws IOException {
        Path folder = siteRoot.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return write(archive, (name, bytes) -> {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }, KeptSegments.NONE);
    }

    /**
     * Builds the index of {@code archive} and hands each file to {@code out}, in a fixed order, except the
     * files of the segments {@code kept} keeps.
     *
     * @return the number of bytes handed to {@code out}
     */
    public static long write(Archive archive, IndexFiles out, KeptSegments kept) throws IOException {
        return SegmentedIndex.write(segments(archive), out, kept);
    }
}
