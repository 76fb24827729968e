package org.broadsheet.read.internal;

import java.util.List;

/**
 * The runs of two and three adjacent Han characters that occur inside the lines of one issue. A layout break
 * that cuts a word ({@code …合理增} / {@code 加储备…}) leaves a pair across the break that the same issue also
 * prints whole elsewhere ({@code 增加}); a real paragraph end rarely does, and a run of three across it
 * ({@code 合理增加}'s {@code 理增加}) almost never by chance. The issue itself is the dictionary, so this works
 * for any paper without a word list.
 */
final class CharPairs {
    static final CharPairs NONE = new CharPairs(new Runs(), new Runs());

    private final Runs pairs;
    private final Runs triples;

    private CharPairs(Runs pairs, Runs triples) {
        this.pairs = pairs;
        this.triples = triples;
    }

    static CharPairs of(List<RawTextParser.Unit> units) {
        Runs pairs = new Runs();
        Runs triples = new Runs();
        for (RawTextParser.Unit unit : units) {
            String text = unit.text();
            // The two characters before each one are carried along: an issue is some 100,000 characters, and
            // reading each three times was a third of this.
            char beforeLast = 0; // not a Han character, as at the start of a unit
            char last = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isHan(c) && isHan(last)) {
                    pairs.add(pair(last, c));
                    if (isHan(beforeLast)) {
                        triples.add(triple(beforeLast, last, c));
                    }
                }
                beforeLast = last;
                last = c;
            }
        }
        return new CharPairs(pairs, triples);
    }

    /**
     * How strongly the issue's own text says {@code before} and {@code after} are one sentence cut in two:
     * 0 when the characters across the cut never occur together elsewhere, 1 for a pair, 2 for a run of three.
     */
    int evidenceAcross(String before, String after) {
        int n = before.length();
        if (n == 0 || after.isEmpty() || !isHan(before.charAt(n - 1)) || !isHan(after.charAt(0))) {
            return 0;
        }
        char last = before.charAt(n - 1);
        char first = after.charAt(0);
        if (!pairs.contains(pair(last, first))) {
            return 0;
        }
        boolean three = n >= 2 && isHan(before.charAt(n - 2)) && triples.contains(triple(before.charAt(n - 2), last, first))
                || after.length() >= 2 && isHan(after.charAt(1)) && triples.contains(triple(last, first, after.charAt(1)));
        return three ? 2 : 1;
    }

    private static long pair(char a, char b) {
        return (long) a << 16 | b;
    }

    private static long triple(char a, char b, char c) {
        return (long) a << 32 | (long) b << 16 | c;
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /**
     * A set of runs, each packed into a long, in an open-addressing table of primitives: an issue has tens of
     * thousands of them, and boxing each into a hash set was a fifth of the time it takes to read a seed.
     */
    private static final class Runs {
        private static final long EMPTY = 0; // never a run: every run holds a Han character
        private long[] slots = new long[1 << 12];
        private int size;

        void add(long run) {
            int at = find(slots, run);
            if (slots[at] == EMPTY) {
                slots[at] = run;
                if (++size * 2 > slots.length) {
                    grow();
                }
            }
        }

        boolean contains(long run) {
            return slots[find(slots, run)] == run;
        }

        private static int find(long[] table, long run) {
            int mask = table.length - 1;
            long h = run * 0x9E3779B97F4A7C15L;
            int at = (int) (h ^ h >>> 32) & mask;
            while (table[at] != EMPTY && table[at] != run) {
                at = at + 1 & mask;
            }
            return at;
        }

        private void grow() {
            long[] larger = new long[slots.length * 2];
            for (long run : slots) {
                if (run != EMPTY) {
                    larger[find(larger, run)] = run;
                }
            }
            slots = larger;
        }
    }
}
