package org.broadsheet.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes the n-gram posting lists into {@code s<N>.bin} shard files, each n-gram in shard
 * {@code fnv1a(codePoints) % shards}.
 *
 * <p>A shard is a directory then the lists: {@code count}, then per n-gram (in ascending key order)
 * {@code length (1 or 2), code points…, byteLength}, then the lists themselves, each {@code df} followed by
 * its entries (see {@link Postings}). The client reads the directory and decodes only the lists it needs.
 */
final class ShardWriter {
    private final int shards;

    ShardWriter(int shards) {
        this.shards = shards;
    }

    long write(Path folder, Postings postings) throws IOException {
        List<List<Long>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new ArrayList<>());
        }
        for (long key : postings.lists().keySet()) {
            byShard.get(NGram.shard(key, shards)).add(key);
        }
        long written = 0;
        for (int shard = 0; shard < shards; shard++) {
            long[] keys = byShard.get(shard).stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(keys);
            written += IndexBuilder.write(folder.resolve("s" + shard + ".bin"), shard(keys, postings.lists()));
        }
        return written;
    }

    private static byte[] shard(long[] keys, Map<Long, Postings.List> lists) {
        ByteSink directory = new ByteSink(keys.length * 6 + 8);
        ByteSink body = new ByteSink(1024);
        directory.varint(keys.length);
        for (long key : keys) {
            Postings.List list = lists.get(key);
            ByteSink block = new ByteSink(list.bytes.size() + 4);
            block.varint(list.df);
            block.write(list.bytes);
            if (NGram.isBigram(key)) {
                directory.varint(2);
                directory.varint(NGram.first(key));
                directory.varint(NGram.second(key));
            } else {
                directory.varint(1);
                directory.varint(NGram.first(key));
            }
            directory.varint(block.size());
            body.write(block);
        }
        directory.write(body);
        return directory.toByteArray();
    }
}
