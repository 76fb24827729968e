package org.broadsheet.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import org.broadsheet.search.IndexFiles;

/**
 * Writes the n-gram posting lists into {@code s<N>.bin} shard files, each n-gram in shard
 * {@code fnv1a(codePoints) % shards}.
 *
 * <p>A shard is a directory then the lists: {@code count}, then per n-gram (in ascending key order)
 * {@code length (1 or 2), code points…, byteLength × 2 + deflated}, then the lists themselves, each
 * {@code df} followed by its entries (see {@link PostingTable}). A list of {@value #DEFLATE_FROM} bytes or
 * more is stored raw-deflated (RFC 1951) when that makes it smaller, and {@code deflated} is 1: the lists of
 * common n-grams are most of what a query downloads, and they are fetched by byte range, which hosts do not
 * compress. The client reads the directory and fetches and decodes only the lists it needs.
 */
final class ShardWriter {
    static final int DEFLATE_FROM = 64;

    private final int shards;
    private final AtomicInteger directoryBytes = new AtomicInteger();

    ShardWriter(int shards) {
        this.shards = shards;
    }

    /**
     * Writes every shard. Shards are independent, so they are packed in parallel, a contiguous group per core,
     * each group with its own deflater: packing was a third of the index's time on one thread.
     */
    long write(IndexFiles out, PostingTable[] tables) throws IOException {
        // Every n-gram as (table, id), grouped by shard with a counting sort: no boxed lists.
        int total = 0;
        for (PostingTable table : tables) {
            total += table.size();
        }
        int[] shardOf = new int[total];
        int[] starts = new int[shards + 1];
        int at = 0;
        for (PostingTable table : tables) {
            for (int id = 0; id < table.size(); id++, at++) {
                shardOf[at] = NGram.shard(table.key(id), shards);
                starts[shardOf[at] + 1]++;
            }
        }
        for (int s = 0; s < shards; s++) {
            starts[s + 1] += starts[s];
        }
        int[] fill = Arrays.copyOf(starts, shards);
        long[] refs = new long[total];
        at = 0;
        for (int t = 0; t < tables.length; t++) {
            for (int id = 0; id < tables[t].size(); id++, at++) {
                refs[fill[shardOf[at]]++] = (long) t << 32 | id;
            }
        }
        int groups = Math.max(1, Math.min(shards, Runtime.getRuntime().availableProcessors()));
        try {
            return IntStream.range(0, groups).parallel().mapToLong(group -> {
                Packer packer = new Packer();
                try {
                    long written = 0;
                    for (int shard = group * shards / groups; shard < (group + 1) * shards / groups; shard++) {
                        long[] inShard = Arrays.copyOfRange(refs, starts[shard], starts[shard + 1]);
                        byte[] bytes = packer.shard(sortByKey(inShard, tables), tables);
                        out.file("s" + shard + ".bin", bytes);
                        written += bytes.length;
                    }
                    return written;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    packer.end();
                }
            }).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The (table, id) references in ascending order of their n-gram's key: the keys sorted as primitives, each
     * then found in its table (an n-gram lives in exactly one), rather than boxing every reference for a
     * comparator.
     */
    private static long[] sortByKey(long[] refs, PostingTable[] tables) {
        long[] keys = new long[refs.length];
        for (int i = 0; i < refs.length; i++) {
            keys[i] = key(refs[i], tables);
        }
        Arrays.sort(keys);
        long[] sorted = new long[refs.length];
        for (int i = 0; i < keys.length; i++) {
            int table = PostingTable.partOf(keys[i], tables.length);
            sorted[i] = (long) table << 32 | tables[table].find(keys[i]);
        }
        return sorted;
    }

    private static long key(long ref, PostingTable[] tables) {
        return tables[(int) (ref >>> 32)].key((int) ref);
    }

    /** The largest directory written, in bytes: a client that fetches this many has any shard's directory. */
    int directoryBytes() {
        return directoryBytes.get();
    }

    /**
     * Packs shards on one thread. Deflate with Huffman coding alone, no string matching: a list is varint deltas,
     * whose bytes are skewed but seldom repeat, and on the one-year benchmark matching at the fastest level made the
     * shards 10 % larger (34.1 against 30.9 MB) and the index 0.4 s slower to build (2.6 against 2.2 s); it is
     * still raw deflate, which the client inflates as before.
     */
    private final class Packer {
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        private final ByteSink list = new ByteSink(1024);
        private byte[] packed = new byte[1024];

        Packer() {
            deflater.setStrategy(Deflater.HUFFMAN_ONLY);
            // A new strategy takes effect at the next deflate, and zlib compresses what input that call has with the
            // old one: applied here, on no input, so that the first list is packed like every other (otherwise the
            // bytes would depend on how many groups, so threads, the shards were split into).
            deflater.finish();
            deflater.deflate(buffer(64));
            deflater.reset();
        }

        void end() {
            deflater.end();
        }

        private byte[] buffer(int length) {
            if (packed.length < length) {
                packed = new byte[length];
            }
            return packed;
        }

        byte[] shard(long[] refs, PostingTable[] tables) {
            ByteSink directory = new ByteSink(refs.length * 6 + 8);
            ByteSink body = new ByteSink(1024);
            directory.varint(refs.length);
            for (long ref : refs) {
                PostingTable postings = tables[(int) (ref >>> 32)];
                int id = (int) ref;
                long key = postings.key(id);
                list.reset();
                list.varint(postings.df(id));
                list.write(postings.bytes(id), postings.length(id));
                int length = list.size();
                boolean deflated = false;
                if (length >= DEFLATE_FROM) {
                    deflater.reset();
                    deflater.setInput(list.bytes(), 0, length);
                    deflater.finish();
                    int size = deflater.deflate(buffer(length), 0, length);
                    if (deflater.finished() && size < length) {
                        body.write(packed, size);
                        length = size;
                        deflated = true;
                    }
                }
                if (!deflated) {
                    body.write(list.bytes(), length);
                }
                if (NGram.isBigram(key)) {
                    directory.varint(2);
                    directory.varint(NGram.first(key));
                    directory.varint(NGram.second(key));
                } else {
                    directory.varint(1);
                    directory.varint(NGram.first(key));
                }
                directory.varint((long) length << 1 | (deflated ? 1 : 0));
            }
            directoryBytes.accumulateAndGet(directory.size(), Math::max);
            directory.write(body);
            return directory.toByteArray();
        }
    }
}
