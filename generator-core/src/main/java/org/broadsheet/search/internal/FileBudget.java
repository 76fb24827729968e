package org.broadsheet.search.internal;

/**
 * How many files the index may use, and how they are split between n-gram shards and text files.
 *
 * <p>Static hosts cap file counts (Cloudflare Pages: 20,000), so the index uses at most one file per ten
 * articles, and never fewer than {@value #MINIMUM}. Text files are fetched by byte range, so their size costs
 * little; a shard's lists are fetched by range too, but whole where a host ignores ranges, so most of the
 * budget goes to shards to keep each one small.
 *
 * @param shards    n-gram shard files
 * @param textFiles article text files
 */
record FileBudget(int shards, int textFiles) {
    static final int MINIMUM = 8;
    /** manifest.json, docs.bin, offsets.bin, reporters.json */
    static final int FIXED = 4;
    /** Text files aim at this size, so a host without range requests still serves a page of results cheaply. */
    static final long TEXT_FILE_BYTES = 48 * 1024;

    static FileBudget of(int articles, long textBytes) {
        int total = Math.max(MINIMUM, articles / 10);
        int rest = total - FIXED;
        int wanted = (int) Math.max(1, (textBytes + TEXT_FILE_BYTES - 1) / TEXT_FILE_BYTES);
        int textFiles = Math.max(1, Math.min(wanted, rest / 3));
        return new FileBudget(rest - textFiles, textFiles);
    }

    int total() {
        return FIXED + shards + textFiles;
    }
}
