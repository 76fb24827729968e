package org.broadsheet.read.internal;

/** A running balance of quotation marks and brackets over pieces of text; an unbalanced closer is ignored. */
final class PairBalance {
    private int quotes;
    private int brackets;
    private int books;

    void scan(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            switch (piece.charAt(i)) {
                case '“' -> quotes++;
                case '”' -> quotes = Math.max(0, quotes - 1);
                case '（' -> brackets++;
                case '）' -> brackets = Math.max(0, brackets - 1);
                case '《' -> books++;
                case '》' -> books = Math.max(0, books - 1);
                default -> { }
            }
        }
    }

    boolean anyOpen() {
        return quotes > 0 || brackets > 0 || books > 0;
    }
}
