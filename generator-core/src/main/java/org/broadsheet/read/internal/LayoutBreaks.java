package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Re-joins paragraphs that the layout broke in mid-sentence ({@code …及时动态调整“三} / {@code 区”和管控…}).
 *
 * <p>A break is judged from both sides: a piece that ends on a comma or an open quotation, holds finished
 * sentences before its unfinished end, or reads as running prose, continues into the next piece; a piece
 * that ends a sentence or with a reporter's signature, a credit line ({@code 编辑：胡钰}), a short line with no
 * punctuation (an intertitle or summary), or a next piece that opens with a credit, does not; a break that
 * cuts a word the same issue prints whole elsewhere ({@link CharPairs}) leans towards joining. The pieces are
 * joined with nothing between.
 *
 * <p>Known limit: a short piece with no punctuation at all (under twenty characters) reads exactly like an
 * intertitle, so a layout break right after such a piece is kept as a paragraph end.
 *
 * <p>Work is linear in the text: a paragraph joined from many pieces is judged by its last piece and by
 * running counts, never re-scanned.
 */
final class LayoutBreaks {
    private static final int JOIN_THRESHOLD = 3;
    private final BylineParser bylines;

    LayoutBreaks(BylineParser bylines) {
        this.bylines = bylines;
    }

    /** The paragraph being assembled: its text so far, its last piece and what is still open in it. */
    private static final class Open {
        final StringBuilder text = new StringBuilder();
        final RawTextParser.Unit start;
        final PairBalance pairs = new PairBalance();
        String last;
        int pieces;

        Open(RawTextParser.Unit start) {
            this.start = start;
            add(start.text());
        }

        void add(String piece) {
            text.append(piece);
            pairs.scan(piece);
            // A piece of closing marks alone (a ” on a line of its own) is judged with the piece it closes, and
            // does not make the paragraph read as joined prose.
            boolean closers = last != null && NewsText.isClosersOnly(piece);
            last = closers ? last + piece : piece;
            pieces += closers ? 0 : 1;
        }

        Paragraph close() {
            return new Paragraph(text.toString(), start.line(), start.page());
        }
    }

    /**
     * Joins the pieces of {@code units} into paragraphs.
     *
     * @param apart the lines that start a paragraph whatever precedes them (where another article's
     *              continuation resumes)
     */
    List<Paragraph> join(List<RawTextParser.Unit> units, CharPairs pairs, IntPredicate apart) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Open open = null;
        for (RawTextParser.Unit unit : units) {
            if (open != null && unit.page() == open.start.page() && !apart.test(unit.line())
                    && continues(open.last, open.pairs.anyOpen(), open.pieces > 1, open.text.length(), unit.text(),
                            pairs, open.pieces == 1 && isListRow(paragraphs, open.last, unit.text()))) {
                open.add(unit.text());
                continue;
            }
            if (open != null) {
                paragraphs.add(open.close());
            }
            open = new Open(unit);
        }
        if (open != null) {
            paragraphs.add(open.close());
        }
        return paragraphs;
    }

    /** Whether {@code next} continues the sentence the single line {@code previous} left unfinished. */
    boolean continues(String previous, String next) {
        return continues(previous, NewsText.hasOpenPair(previous), false, previous.length(), next, CharPairs.NONE,
                false);
    }

    /**
     * A short line opening with a label, after or before another that opens with one: a row of a list
     * ({@code 今天：多云… / 明天：阴有小雨，13℃～18℃}, {@code 一等奖：… / 二等奖：…}), finished as it is; not an answer
     * in an interview, which is prose.
     */
    private static boolean isListRow(List<Paragraph> before, String line, String next) {
        return line.length() <= 32 && !NewsText.hasInnerSentenceEnd(line) && NewsText.opensWithLabel(line)
                && (NewsText.opensWithLabel(next)
                        || !before.isEmpty() && NewsText.opensWithLabel(before.get(before.size() - 1).text()));
    }

    private boolean continues(String last, boolean openPair, boolean joined, int length, String next,
                              CharPairs pairs, boolean listRow) {
        if (NewsText.isCreditLine(last) || NewsText.isCreditLine(next) || NewsText.isStandaloneByline(next)
                || isSigned(last)) {
            return false;
        }
        if (NewsText.startsWithContinuation(next)) {
            return true;
        }
        if (NewsText.endsSentence(last) || bylines.opensWithCredit(next)) {
            return false;
        }
        int score = score(last, openPair, joined, length, next, listRow);
        // The break cuts a word this issue prints whole elsewhere: a pair counts 2, a run of three 6, enough to
        // outweigh a short first piece with no punctuation, which alone would read as an intertitle.
        int evidence = pairs.evidenceAcross(last, next);
        score += evidence == 2 ? 6 : evidence == 1 ? 2 : 0;
        return score >= JOIN_THRESHOLD;
    }

    private static int score(String last, boolean openPair, boolean joined, int length, String next,
                             boolean listRow) {
        int score = listRow ? -4 : 0;
        if (NewsText.endsInCutName(last) && Character.UnicodeScript.of(next.charAt(0)) == Character.UnicodeScript.HAN) {
            score += 6; // 队长林 / 雨萱: a person's title and surname, the given name on the next line
        }
        if (NewsText.isIntertitle(last)) {
            score -= 3;
        }
        if (NewsText.endsWithOpener(last)) {
            score += 5;
        }
        if (openPair) {
            score += 4;
        }
        if (joined || NewsText.hasInnerSentenceEnd(last)) {
            score += 3; // running prose: it already went on past a line end or a sentence
        }
        int commas = NewsText.count(last, '，') + NewsText.count(last, '、') + NewsText.count(last, ',');
        score += Math.min(commas, 2);
        score += length >= 40 ? 2 : length >= 20 ? 1 : 0;
        if (!joined && !hasPunctuation(last)) {
            score -= 3;
        }
        if (NewsText.length(next) <= 20 && NewsText.endsSentence(next)) {
            score += 2;
        }
        if (NewsText.isIntertitle(next)) {
            score -= 3;
        }

        char end = last.charAt(last.length() - 1);
        char first = next.charAt(0);
        // A Latin word or a number cut in two; not a score (23∶24) before a name (CBA…), which is a new line.
        if (isAsciiLetter(end) && isAsciiLetter(first) || isAsciiDigit(end) && isAsciiDigit(first)) {
            score += 2;
        }
        return score;
    }

    /**
     * Whether a piece ends with a reporter's signature, {@code …。（记者 王芳）}, or a photographer's credit,
     * {@code …。 本报记者 周文 摄}: that closes an article, even when the next one has no credit of its own to
     * start it.
     */
    private boolean isSigned(String last) {
        return !bylines.parseSignature(last).isEmpty();
    }

    private static boolean hasPunctuation(String text) {
        return text.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                    || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                    || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
        });
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
