package org.broadsheet.read.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pairs of adjacent Han characters that occur inside the lines of one issue. A layout break that cuts a
 * word ({@code …合理增} / {@code 加储备…}) leaves a pair across the break that the same issue also prints
 * whole elsewhere ({@code 增加}); a real paragraph end rarely does. The issue itself is the dictionary, so
 * this works for any paper without a word list.
 */
final class CharPairs {
    static final CharPairs NONE = new CharPairs(Set.of());

    private final Set<Integer> pairs;

    private CharPairs(Set<Integer> pairs) {
        this.pairs = pairs;
    }

    static CharPairs of(List<RawTextParser.Unit> units) {
        Set<Integer> pairs = new HashSet<>();
        for (RawTextParser.Unit unit : units) {
            String text = unit.text();
            for (int i = 1; i < text.length(); i++) {
                char a = text.charAt(i - 1);
                char b = text.charAt(i);
                if (isHan(a) && isHan(b)) {
                    pairs.add(a << 16 | b);
                }
            }
        }
        return new CharPairs(pairs);
    }

    /** Whether the issue prints the last character of {@code before} followed by the first of {@code after}. */
    boolean printsAcross(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        char a = before.charAt(before.length() - 1);
        char b = after.charAt(0);
        return isHan(a) && isHan(b) && pairs.contains(a << 16 | b);
    }

    private static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
