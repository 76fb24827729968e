package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins paragraphs that the layout broke in mid-sentence ({@code …及时动态调整“三} / {@code 区”和管控…}).
 *
 * <p>A break is judged from both sides: a piece that ends on a comma or an open quotation, holds finished
 * sentences before its unfinished end, or reads as running prose, continues into the next piece; a piece
 * that ends a sentence, a credit line ({@code 编辑：胡钰}), a short line with no punctuation (an intertitle or
 * summary), or a next piece that opens with a credit, does not. The pieces are joined with nothing between.
 *
 * <p>Known limit: a short piece with no punctuation at all (under twenty characters) reads exactly like an
 * intertitle, so a layout break right after such a piece is kept as a paragraph end.
 */
final class LayoutBreaks {
    private static final int JOIN_THRESHOLD = 3;
    private final BylineParser bylines;

    LayoutBreaks(BylineParser bylines) {
        this.bylines = bylines;
    }

    List<Paragraph> join(List<RawTextParser.Unit> units) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = null;
        RawTextParser.Unit start = null;
        for (RawTextParser.Unit unit : units) {
            if (text != null && unit.page() == start.page() && continues(text.toString(), unit.text())) {
                text.append(unit.text());
                continue;
            }
            if (text != null) {
                paragraphs.add(new Paragraph(text.toString(), start.line(), start.page()));
            }
            text = new StringBuilder(unit.text());
            start = unit;
        }
        if (text != null) {
            paragraphs.add(new Paragraph(text.toString(), start.line(), start.page()));
        }
        return paragraphs;
    }

    /** Whether {@code next} continues the sentence {@code previous} left unfinished. */
    boolean continues(String previous, String next) {
        if (NewsText.isCreditLine(previous) || NewsText.isCreditLine(next) || NewsText.isStandaloneByline(next)) {
            return false;
        }
        if (NewsText.startsWithContinuation(next)) {
            return true;
        }
        if (NewsText.endsSentence(previous) || bylines.opensWithCredit(next)) {
            return false;
        }
        return score(previous, next) >= JOIN_THRESHOLD;
    }

    private static int score(String previous, String next) {
        int score = 0;
        if (NewsText.endsWithOpener(previous)) {
            score += 5;
        }
        if (NewsText.hasOpenPair(previous)) {
            score += 4;
        }
        if (NewsText.hasInnerSentenceEnd(previous)) {
            score += 3;
        }
        int commas = NewsText.count(previous, '，') + NewsText.count(previous, '、') + NewsText.count(previous, ',');
        score += Math.min(commas, 2);
        int length = NewsText.length(previous);
        score += length >= 40 ? 2 : length >= 20 ? 1 : 0;
        if (!hasPunctuation(previous)) {
            score -= 3;
        }
        if (NewsText.length(next) <= 20 && NewsText.endsSentence(next)) {
            score += 2;
        }
        if (NewsText.isIntertitle(next)) {
            score -= 3;
        }
        char last = previous.charAt(previous.length() - 1);
        char first = next.charAt(0);
        if (isAsciiAlnum(last) && isAsciiAlnum(first)) {
            score += 2;
        }
        return score;
    }

    private static boolean hasPunctuation(String text) {
        return text.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                    || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                    || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
        });
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
