package org.broadsheet.search.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The posting lists of every n-gram, filled one article at a time in ascending document number.
 *
 * <p>Per n-gram: {@code df}, then per article {@code docDelta, tf} followed, for a bigram, by its {@code tf}
 * positions as deltas (the first absolute) or, for a unigram, by its first position only: a one-character
 * term needs no contiguity check, only the title test, and the title holds the lowest positions.
 */
final class Postings {
    private final Map<Long, List> lists = new HashMap<>();

    /** One n-gram's list under construction. */
    static final class List {
        final ByteSink bytes = new ByteSink(8);
        int df;
        int lastDoc = -1;
    }

    /**
     * Adds one article's n-grams.
     *
     * @param positions the normalised code point at each position, {@code -1} for the gaps between units
     */
    void add(int doc, int[] positions) {
        Map<Long, IntList> local = new HashMap<>();
        for (int p = 0; p < positions.length; p++) {
            int cp = positions[p];
            if (cp < 0) {
                continue;
            }
            if (!isSpace(cp)) {
                local.computeIfAbsent(NGram.unigram(cp), k -> new IntList()).add(p);
            }
            if (p + 1 < positions.length && positions[p + 1] >= 0) {
                local.computeIfAbsent(NGram.bigram(cp, positions[p + 1]), k -> new IntList()).add(p);
            }
        }
        local.forEach((key, found) -> {
            List list = lists.computeIfAbsent(key, k -> new List());
            list.bytes.varint(doc - list.lastDoc);
            list.bytes.varint(found.size);
            if (NGram.isBigram(key)) {
                int previous = 0;
                for (int i = 0; i < found.size; i++) {
                    list.bytes.varint(found.values[i] - previous);
                    previous = found.values[i];
                }
            } else {
                list.bytes.varint(found.values[0]);
            }
            list.lastDoc = doc;
            list.df++;
        });
    }

    Map<Long, List> lists() {
        return lists;
    }

    /**
     * The characters JavaScript's {@code \s} matches: queries are split on them, so a term is never one of
     * them alone and their unigrams are not worth storing.
     */
    static boolean isSpace(int cp) {
        return cp == ' ' || cp >= 0x09 && cp <= 0x0d || cp == 0xa0 || cp == 0x1680 || cp >= 0x2000 && cp <= 0x200a
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000 || cp == 0xfeff;
    }

    private static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
