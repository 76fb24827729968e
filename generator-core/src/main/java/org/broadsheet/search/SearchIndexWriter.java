package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import org.broadsheet.model.Archive;
import org.broadsheet.search.internal.IndexBuilder;

/**
 * Writes the client-side search index for an archive into {@code <site>/search/data/}, for
 * {@code assets/search.js} to query.
 *
 * <p>Search is exact: a term matches an article when it is a substring of its title, kicker, subtitle, a
 * byline part or one paragraph, after NFKC and lower-casing. The index is positional, so the client proves
 * contiguity without downloading text. Files (all numbers are unsigned LEB128 varints):
 * <ul>
 * <li>{@code manifest.json}: format, article count, average length, title span, shard count, the largest
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
 * There are at most one file per ten articles (at least 8). The builder holds no state: safe from any thread.
 */
public final class SearchIndexWriter {
    /** The folder, relative to the site root, that holds the index files. */
    public static final String FOLDER = "search/data";

    private SearchIndexWriter() {
    }

    /**
     * Writes the index of {@code archive} into {@code siteRoot/search/data/}, replacing any files there.
     *
     * @return the number of bytes written
     */
    public static long write(Archive archive, Path siteRoot) throws IOException {
        return new IndexBuilder(archive).write(siteRoot.resolve(FOLDER));
    }

    /**
     * Builds the index of {@code archive} and hands each file to {@code out}, in a fixed order.
     *
     * @return the number of bytes in the index
     */
    public static long write(Archive archive, IndexFiles out) throws IOException {
        return new IndexBuilder(archive).write(out);
    }
}
