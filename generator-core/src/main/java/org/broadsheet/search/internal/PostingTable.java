package org.broadsheet.search.internal;

import java.util.Arrays;

/**
 * The posting lists of every n-gram, filled one article at a time in ascending document number.
 *
 * <p>Per n-gram: {@code df}, then per article {@code docDelta, tf} followed, for a bigram, by its {@code tf}
 * positions as deltas (the first absolute) or, for a unigram, by its first position only: a one-character
 * term needs no contiguity check, only the title test, and the title holds the lowest positions.
 *
 * <p>Built for speed and a small heap on large archives: n-grams live in an open-addressing table of primitive
 * longs, each list is a plain varint byte array, and an article's n-grams are grouped by sorting packed
 * {@code (n-gram, position)} longs rather than through maps of boxed values. Not thread-safe: one builder.
 */
final class PostingTable {
    private long[] slots = new long[1 << 16];
    private int[] slotIds = new int[1 << 16];
    private int count;

    private long[] keys = new long[1 << 14];
    private byte[][] lists = new byte[1 << 14][];
    private int[] sizes = new int[1 << 14];
    private int[] dfs = new int[1 << 14];
    private int[] lastDocs = new int[1 << 14];

    private long[] pairs = new long[1024];

    PostingTable() {
        Arrays.fill(slotIds, -1);
    }

    /**
     * Adds one article's n-grams.
     *
     * @param positions the normalised code point at each position, {@code -1} for the gaps between units
     */
    void add(int doc, int[] positions) {
        int n = 0;
        if (pairs.length < positions.length * 2) {
            pairs = new long[positions.length * 2];
        }
        for (int p = 0; p < positions.length; p++) {
            int cp = positions[p];
            if (cp < 0) {
                continue;
            }
            if (!isSpace(cp)) {
                pairs[n++] = (long) id(NGram.unigram(cp)) << 32 | p;
            }
            if (p + 1 < positions.length && positions[p + 1] >= 0) {
                pairs[n++] = (long) id(NGram.bigram(cp, positions[p + 1])) << 32 | p;
            }
        }
        Arrays.sort(pairs, 0, n);
        for (int start = 0; start < n; ) {
            int id = (int) (pairs[start] >>> 32);
            int end = start + 1;
            while (end < n && (int) (pairs[end] >>> 32) == id) {
                end++;
            }
            varint(id, doc - lastDocs[id]);
            varint(id, end - start);
            if (NGram.isBigram(keys[id])) {
                int previous = 0;
                for (int i = start; i < end; i++) {
                    int position = (int) pairs[i];
                    varint(id, position - previous);
                    previous = position;
                }
            } else {
                varint(id, (int) pairs[start]);
            }
            lastDocs[id] = doc;
            dfs[id]++;
            start = end;
        }
    }

    /** The number of distinct n-grams. */
    int size() {
        return count;
    }

    long key(int id) {
        return keys[id];
    }

    int df(int id) {
        return dfs[id];
    }

    /** The list's bytes (only the first {@link #length} are used). */
    byte[] bytes(int id) {
        return lists[id];
    }

    int length(int id) {
        return sizes[id];
    }

    private int id(long key) {
        int mask = slots.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            int id = slotIds[slot];
            if (id < 0) {
                return insert(key, slot);
            }
            if (slots[slot] == key) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int insert(long key, int slot) {
        int id = count++;
        if (id == keys.length) {
            int capacity = keys.length * 2;
            keys = Arrays.copyOf(keys, capacity);
            lists = Arrays.copyOf(lists, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
            dfs = Arrays.copyOf(dfs, capacity);
            lastDocs = Arrays.copyOf(lastDocs, capacity);
        }
        keys[id] = key;
        lists[id] = new byte[4];
        lastDocs[id] = -1;
        slots[slot] = key;
        slotIds[slot] = id;
        if (count * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        long[] oldSlots = slots;
        int[] oldIds = slotIds;
        slots = new long[oldSlots.length * 2];
        slotIds = new int[oldSlots.length * 2];
        Arrays.fill(slotIds, -1);
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldIds[i] >= 0) {
                int slot = mix(oldSlots[i]) & mask;
                while (slotIds[slot] >= 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                slotIds[slot] = oldIds[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private void varint(int id, int value) {
        byte[] list = lists[id];
        int size = sizes[id];
        if (size + 5 > list.length) {
            list = Arrays.copyOf(list, Math.max(list.length * 2, size + 5));
            lists[id] = list;
        }
        while (value >= 0x80) {
            list[size++] = (byte) (value & 0x7f | 0x80);
            value >>>= 7;
        }
        list[size++] = (byte) value;
        sizes[id] = size;
    }

    /**
     * The characters JavaScript's {@code \s} matches: queries are split on them, so a term is never one of
     * them alone and their unigrams are not worth storing.
     */
    static boolean isSpace(int cp) {
        return cp == ' ' || cp >= 0x09 && cp <= 0x0d || cp == 0xa0 || cp == 0x1680 || cp >= 0x2000 && cp <= 0x200a
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000 || cp == 0xfeff;
    }
}
