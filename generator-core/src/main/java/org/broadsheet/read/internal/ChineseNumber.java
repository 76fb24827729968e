package org.broadsheet.read.internal;

/** Reads the small numbers of dates: {@code 3}, {@code ３}, {@code 十二}, {@code 二十一}. */
final class ChineseNumber {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value, or -1 when the text is not a number of up to 99. */
    static int parse(String text) {
        String ascii = toAscii(text);
        if (ascii.chars().allMatch(Character::isDigit) && !ascii.isEmpty()) {
            return Integer.parseInt(ascii);
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1));
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return out.toString();
    }
}
