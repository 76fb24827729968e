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
 * longs, each list is a plain varint byte array, and an article's occurrences are chained per n-gram in
 * primitive arrays rather than grouped through maps of boxed values. Not thread-safe: one builder.
 */
final class PostingTable {
    private long[] slots = new long[1 << 16];
    private int[] slotIds = new int[1 << 16];
    private int count;

    private long[] keys = new long[1 << 14];
    private byte[][] lists = new byte[1 << 14][];
    /** Per n-gram, side by side so one cache line serves an article's visit: see the offsets below. */
    private int[] meta = new int[(1 << 14) * STRIDE];
    private static final int STRIDE = 8;
    private static final int SIZE = 0;
    private static final int LAST_DOC = 1;
    private static final int DF = 2;
    private static final int STAMP = 3;
    private static final int HEAD = 4;
    private static final int TAIL = 5;

    /** The article's (n-gram, position) occurrences as chains per n-gram, in position order. */
    private int[] nodePosition = new int[1024];
    private int[] nodeNext = new int[1024];
    private int[] seen = new int[1024];

    private final int part;
    private final int parts;

    /** A table of the n-grams whose {@link #partOf part} is {@code part} of {@code parts}; fill each on its own thread. */
    PostingTable(int part, int parts) {
        this.part = part;
        this.parts = parts;
        Arrays.fill(slotIds, -1);
    }

    /** Which of {@code parts} tables holds an n-gram. */
    static int partOf(long key, int parts) {
        // Non-negative after the shift, so a plain remainder: the unsigned one goes through long arithmetic.
        return parts == 1 ? 0 : (mix(key) >>> 7) % parts;
    }

    /**
     * One article's n-gram occurrences, split by the table that holds each: per part, the keys and their
     * positions, in position order (a unigram before the bigram that starts at the same position). Made on the
     * tokenising threads, so each table reads only its own occurrences instead of every table hashing every
     * n-gram of every article to find its share.
     */
    record Occurrences(long[][] keys, int[][] positions) {
    }

    /**
     * Splits an article's n-grams between {@code parts} tables.
     *
     * @param positions the normalised code point at each position, {@code -1} for the gaps between units
     */
    static Occurrences occurrences(int[] positions, int parts) {
        // Counted first, then filled into arrays of the right size: one array per part sized for the whole article,
        // then cut to size, was a fifth of everything a build allocated, and the collector's pauses stop both cores.
        int[] counts = new int[parts];
        split(positions, parts, counts, null, null);
        long[][] keys = new long[parts][];
        int[][] at = new int[parts][];
        for (int part = 0; part < parts; part++) {
            keys[part] = new long[counts[part]];
            at[part] = new int[counts[part]];
        }
        split(positions, parts, new int[parts], keys, at);
        return new Occurrences(keys, at);
    }

    /**
     * Walks an article's n-grams in position order, counting each part's in {@code counts}, and when {@code keys}
     * is given also storing each n-gram's key and position in its part's arrays.
     */
    private static void split(int[] positions, int parts, int[] counts, long[][] keys, int[][] at) {
        for (int p = 0; p < positions.length; p++) {
            int cp = positions[p];
            if (cp < 0) {
                continue;
            }
            if (!isSpace(cp)) {
                put(NGram.unigram(cp), p, parts, counts, keys, at);
            }
            if (p + 1 < positions.length && positions[p + 1] >= 0) {
                put(NGram.bigram(cp, positions[p + 1]), p, parts, counts, keys, at);
            }
        }
    }

    private static void put(long key, int position, int parts, int[] counts, long[][] keys, int[][] at) {
        int part = partOf(key, parts);
        if (keys != null) {
            keys[part][counts[part]] = key;
            at[part][counts[part]] = position;
        }
        counts[part]++;
    }

    /** Adds one article's n-grams that belong to this table, from {@link #occurrences}. */
    void add(int doc, Occurrences occurrences) {
        long[] keys = occurrences.keys()[part];
        int[] at = occurrences.positions()[part];
        if (nodePosition.length < keys.length) {
            nodePosition = new int[keys.length];
            nodeNext = new int[keys.length];
            seen = new int[keys.length];
        }
        int distinct = 0;
        for (int node = 0; node < keys.length; node++) {
            distinct = occur(id(keys[node]), doc, at[node], node, distinct);
        }
        for (int i = 0; i < distinct; i++) {
            flush(seen[i], doc);
        }
    }

    /** Chains one occurrence to its n-gram's; returns the number of distinct n-grams seen in the article. */
    private int occur(int id, int doc, int position, int node, int distinct) {
        int m = id * STRIDE;
        nodePosition[node] = position;
        nodeNext[node] = -1;
        if (meta[m + STAMP] != doc + 1) {
            meta[m + STAMP] = doc + 1;
            meta[m + HEAD] = node;
            seen[distinct++] = id;
        } else {
            nodeNext[meta[m + TAIL]] = node;
        }
        meta[m + TAIL] = node;
        return distinct;
    }

    /** Appends the article's entry to one n-gram's list: doc delta, tf, then positions. */
    private void flush(int id, int doc) {
        int m = id * STRIDE;
        int tf = 0;
        for (int node = meta[m + HEAD]; node >= 0; node = nodeNext[node]) {
            tf++;
        }
        boolean bigram = NGram.isBigram(keys[id]);
        int room = 10 + 5 * (bigram ? tf : 1);
        byte[] list = lists[id];
        int size = meta[m + SIZE];
        if (size + room > list.length) {
            list = Arrays.copyOf(list, Math.max(list.length * 2, size + room));
            lists[id] = list;
        }
        size = varint(list, size, doc - meta[m + LAST_DOC]);
        size = varint(list, size, tf);
        if (bigram) {
            int previous = 0;
            for (int node = meta[m + HEAD]; node >= 0; node = nodeNext[node]) {
                size = varint(list, size, nodePosition[node] - previous);
                previous = nodePosition[node];
            }
        } else {
            size = varint(list, size, nodePosition[meta[m + HEAD]]);
        }
        meta[m + SIZE] = size;
        meta[m + LAST_DOC] = doc;
        meta[m + DF]++;
    }

    /** The number of distinct n-grams. */
    int size() {
        return count;
    }

    long key(int id) {
        return keys[id];
    }

    int df(int id) {
        return meta[id * STRIDE + DF];
    }

    /** The list's bytes (only the first {@link #length} are used). */
    byte[] bytes(int id) {
        return lists[id];
    }

    int length(int id) {
        return meta[id * STRIDE + SIZE];
    }

    /** The id of an n-gram this table holds. */
    int find(long key) {
        int slot = slot(key);
        if (slotIds[slot] < 0) {
            throw new IllegalArgumentException("no n-gram " + key + " in this table");
        }
        return slotIds[slot];
    }

    private int id(long key) {
        int slot = slot(key);
        int id = slotIds[slot];
        return id >= 0 ? id : insert(key, slot);
    }

    /** The slot that holds {@code key}, or the free slot where it would go. */
    private int slot(long key) {
        int mask = slots.length - 1;
        int slot = mix(key) & mask;
        while (slotIds[slot] >= 0 && slots[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int insert(long key, int slot) {
        int id = count++;
        if (id == keys.length) {
            int capacity = keys.length * 2;
            keys = Arrays.copyOf(keys, capacity);
            lists = Arrays.copyOf(lists, capacity);
            meta = Arrays.copyOf(meta, capacity * STRIDE);
        }
        keys[id] = key;
        lists[id] = new byte[8];
        meta[id * STRIDE + LAST_DOC] = -1;
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

    private static int varint(byte[] list, int size, int value) {
        while (value >= 0x80) {
            list[size++] = (byte) (value & 0x7f | 0x80);
            value >>>= 7;
        }
        list[size++] = (byte) value;
        return size;
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
