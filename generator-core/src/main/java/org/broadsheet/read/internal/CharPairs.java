package org.broadsheet.read.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The runs of two and three adjacent Han characters that occur inside the lines of one issue. A layout break
 * that cuts a word ({@code …合理增} / {@code 加储备…}) leaves a pair across the break that the same issue also
 * prints whole elsewhere ({@code 增加}); a real paragraph end rarely does, and a run of three across it
 * ({@code 合理增加}'s {@code 理增加}) almost never by chance. The issue itself is the dictionary, so this works
 * for any paper without a word list.
 */
final class CharPairs {
    static final CharPairs NONE = new CharPairs(Set.of(), Set.of());

    private final Set<Integer> pairs;
    private final Set<Long> triples;

    private CharPairs(Set<Integer> pairs, Set<Long> triples) {
        this.pairs = pairs;
        this.triples = triples;
    }

    static CharPairs of(List<RawTextParser.Unit> units) {
        Set<Integer> pairs = new HashSet<>();
        Set<Long> triples = new HashSet<>();
        for (RawTextParser.Unit unit : units) {
            String text = unit.text();
            for (int i = 1; i < text.length(); i++) {
                char a = text.charAt(i - 1);
                char b = text.charAt(i);
                if (isHan(a) && isHan(b)) {
                    pairs.add(pair(a, b));
                    if (i >= 2 && isHan(text.charAt(i - 2))) {
                        triples.add(triple(text.charAt(i - 2), a, b));
                    }
                }
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

    private static int pair(char a, char b) {
        return a << 16 | b;
    }

    private static long triple(char a, char b, char c) {
        return (long) a << 32 | (long) b << 16 | c;
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
