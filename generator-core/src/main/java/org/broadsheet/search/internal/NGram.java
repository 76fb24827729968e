package org.broadsheet.search.internal;

/**
 * An n-gram of one or two normalised code points, packed into a long (code points fit in 21 bits), and the
 * shard it lives in. The hash is 32-bit FNV-1a over the code points; {@code search.js} computes the same.
 */
final class NGram {
    private static final long SECOND = 1L << 21;
    private static final long BIGRAM = 1L << 42;

    private NGram() {
    }

    static long unigram(int codePoint) {
        return codePoint;
    }

    static long bigram(int first, int second) {
        return BIGRAM | (long) first * SECOND | second;
    }

    static boolean isBigram(long key) {
        return (key & BIGRAM) != 0;
    }

    static int first(long key) {
        return isBigram(key) ? (int) ((key & ~BIGRAM) / SECOND) : (int) key;
    }

    static int second(long key) {
        return (int) (key % SECOND);
    }

    static int shard(long key, int shards) {
        int hash = 0x811c9dc5;
        hash = (hash ^ first(key)) * 0x01000193;
        if (isBigram(key)) {
            hash = (hash ^ second(key)) * 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % shards);
    }
}
