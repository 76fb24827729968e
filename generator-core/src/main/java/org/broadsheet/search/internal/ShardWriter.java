package org.broadsheet.search.internal;

import java.io.IOException;
import java.util.Arrays;
import org.broadsheet.search.IndexFiles;

/**
 * Writes the n-gram posting lists into {@code s<N>.bin} shard files, each n-gram in shard
 * {@code fnv1a(codePoints) % shards}.
 *
 * <p>A shard is a directory then the lists: {@code count}, then per n-gram (in ascending key order)
 * {@code length (1 or 2), code points…, byteLength}, then the lists themselves, each {@code df} followed by
 * its entries (see {@link PostingTable}). The client reads the directory and decodes only the lists it needs.
 */
final class ShardWriter {
    private final int shards;

    ShardWriter(int shards) {
        this.shards = shards;
    }

    long write(IndexFiles out, PostingTable postings) throws IOException {
        // Ids grouped by shard with a counting sort: no boxed lists, whatever the number of n-grams.
        int[] shardOf = new int[postings.size()];
        int[] starts = new int[shards + 1];
        for (int id = 0; id < postings.size(); id++) {
            shardOf[id] = NGram.shard(postings.key(id), shards);
            starts[shardOf[id] + 1]++;
        }
        for (int s = 0; s < shards; s++) {
            starts[s + 1] += starts[s];
        }
        int[] fill = Arrays.copyOf(starts, shards);
        int[] ids = new int[postings.size()];
        for (int id = 0; id < postings.size(); id++) {
            ids[fill[shardOf[id]]++] = id;
        }
        long written = 0;
        for (int shard = 0; shard < shards; shard++) {
            long[] keyed = new long[starts[shard + 1] - starts[shard]];
            for (int i = 0; i < keyed.length; i++) {
                keyed[i] = ids[starts[shard] + i];
            }
            byte[] bytes = shard(sortByKey(keyed, postings), postings);
            out.file("s" + shard + ".bin", bytes);
            written += bytes.length;
        }
        return written;
    }

    /** The ids in ascending order of their n-gram's key. */
    private static int[] sortByKey(long[] ids, PostingTable postings) {
        Integer[] boxed = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = (int) ids[i];
        }
        Arrays.sort(boxed, (a, b) -> Long.compare(postings.key(a), postings.key(b)));
        int[] sorted = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            sorted[i] = boxed[i];
        }
        return sorted;
    }

    private static byte[] shard(int[] ids, PostingTable postings) {
        ByteSink directory = new ByteSink(ids.length * 6 + 8);
        ByteSink body = new ByteSink(1024);
        directory.varint(ids.length);
        for (int id : ids) {
            long key = postings.key(id);
            int start = body.size();
            body.varint(postings.df(id));
            body.write(postings.bytes(id), postings.length(id));
            if (NGram.isBigram(key)) {
                directory.varint(2);
                directory.varint(NGram.first(key));
                directory.varint(NGram.second(key));
            } else {
                directory.varint(1);
                directory.varint(NGram.first(key));
            }
            directory.varint(body.size() - start);
        }
        directory.write(body);
        return directory.toByteArray();
    }
}
