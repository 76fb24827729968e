package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.broadsheet.model.Page;

/**
 * Splits the text of one raw issue into articles.
 *
 * <p>Every non-blank line is a unit. An article starts where a paragraph opens with a credit
 * ({@code 本报讯…}, {@code 新华社…电}) or a byline line of its own follows a headline; the one to three
 * headline-like lines before it are its headline (four, when the first names the column it runs in). Inside an article, a blank line in mid-sentence is a
 * layout break and the pieces are joined without inserting anything ({@link LayoutBreaks}). Articles without
 * a credit (commentary, briefs, notices, boxes) are found afterwards, where a headline-like paragraph follows a
 * finished one and what follows it says a new article begins. An editor's note above a headline is moved to
 * the article under it ({@link EditorsNotes}). A line such as {@code 第01版：要闻} starts a printed page; an
 * article continued on a later page ({@code （下转第2版）}) gets its continuation back ({@link PageJumps}).
 *
 * <p>Stateless and thread-safe.
 */
public final class RawTextParser {
    static final String UNTITLED = Story.UNTITLED;
    private static final BylineParser.Head NO_HEAD = new BylineParser.Head(null, null, List.of(), null);

    private final BylineParser bylines = new BylineParser();
    private final LayoutBreaks breaks = new LayoutBreaks(bylines);

    /** A line of text with its 1-based line number and the page it was printed on. */
    record Unit(String text, int line, Page page) {
    }

    /** An article as found in the text, before it gets its id. */
    public record Draft(int line, Page page, String kicker, String title, String subtitle,
                        BylineParser.Head head, List<String> signed, List<String> paragraphs) {
    }

    /** A note about the text, at a line. */
    public record Note(int line, boolean error, String message) {
    }

    public record Result(List<Draft> articles, List<Note> notes) {
    }

    /**
     * @param text      the decoded text, {@code \n} line ends
     * @param firstLine the line number of the text's first line in its file (after any front matter)
     */
    public Result parse(String text, int firstLine) {
        List<Note> notes = new ArrayList<>();
        PageJumps jumps = PageJumps.take(units(text, firstLine));
        List<Unit> units = jumps.units();
        if (units.isEmpty()) {
            notes.add(new Note(firstLine, true, "no text: the file holds no article"));
            return new Result(List.of(), notes);
        }
        List<Draft> drafts = new ArrayList<>();
        CharPairs pairs = CharPairs.of(units);
        List<Span> spans = creditedSpans(units);
        int firstStart = spans.isEmpty() ? units.size() : spans.get(0).headStart;
        if (firstStart > 0) {
            splitUncredited(units.subList(0, firstStart), pairs, jumps, drafts, notes);
        }
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            int end = s + 1 < spans.size() ? spans.get(s + 1).headStart : units.size();
            List<String> headlines = texts(units.subList(span.headStart, span.bodyStart - (span.standalone ? 1 : 0)));
            BylineParser.Head head = span.standalone
                    ? bylines.parseStandalone(units.get(span.bodyStart - 1).text())
                    : null;
            List<Paragraph> body = breaks.join(units.subList(span.bodyStart, end), pairs, jumps::resumesAt);
            if (head == null) {
                head = body.isEmpty() ? NO_HEAD : bylines.parseHead(body.get(0).text());
            }
            // Bylined at its head, by reporters or an agency (新华社…电): a signature further down is another piece's.
            List<List<Paragraph>> parts = splitBody(body, jumps, !head.reporters().isEmpty() || head.organization() != null);
            Unit first = units.get(span.headStart);
            if (headlines.isEmpty()) {
                notes.add(new Note(first.line(), false, "article has no headline; titled " + UNTITLED));
            }
            drafts.add(draft(first, headlines, head, parts.get(0)));
            for (int p = 1; p < parts.size(); p++) {
                addUncredited(parts.get(p), drafts);
            }
        }
        return new Result(jumps.rejoin(EditorsNotes.moveToTheirArticles(drafts, notes), notes, bylines), notes);
    }

    private record Span(int headStart, int bodyStart, boolean standalone) {
    }

    /** Articles that open with a credit or a byline line, with the headline lines before them. */
    private List<Span> creditedSpans(List<Unit> units) {
        List<Span> spans = new ArrayList<>();
        int floor = 0;
        for (int i = 0; i < units.size(); i++) {
            String text = units.get(i).text();
            // A credit opens a paragraph even when a layout break left its first piece as short as a headline.
            boolean credit = bylines.opensWithCredit(text);
            boolean standalone = !credit && NewsText.isStandaloneByline(text) && i + 1 < units.size()
                    && opensBody(units.get(i + 1).text());
            if (!credit && !standalone) {
                continue;
            }
            int headStart = headlineStart(units, i, floor);
            boolean opensPage = i == 0 || units.get(i - 1).page() != units.get(i).page();
            if (headStart == i && !(opensPage && credit)) {
                continue; // a credit with no headline before it is text of the article it stands in
            }
            spans.add(new Span(headStart, standalone ? i + 1 : i, standalone));
            floor = i + 1;
        }
        return spans;
    }

    /**
     * Whether a line after a byline line is body text, so the byline heads an article: not a headline (the byline
     * then signs the article before it), unless it is an interview's first question or an intertitle
     * ({@code 【案情】}), short as a headline.
     */
    private static boolean opensBody(String next) {
        return !NewsText.isHeadlineLike(next) || NewsText.isQuestion(next) || NewsText.isIntertitle(next);
    }

    /**
     * Walks back over up to three headline-like lines on the same page, not into the previous article nor a table
     * ending it; the line next to the credit does not end in a colon, as a headline's last line never does.
     */
    private int headlineStart(List<Unit> units, int lead, int floor) {
        Page page = units.get(lead).page();
        int start = lead;
        while (lead - start < 3 && isHeadlineCandidate(units, start - 1, floor, page)
                && (start < lead || !NewsText.endsWithColon(units.get(start - 1).text()))
                && !isTableRowAfterTableRow(units, start - 1)) {
            start--;
        }
        if (lead - start == 3) {
            start = threeLineStart(units, start, lead, floor, page);
        }
        // A first headline line that merely continues an unfinished paragraph before it is not a headline.
        while (start < lead && start - 1 >= 0 && breaks.continues(units.get(start - 1).text(), units.get(start).text())
                && NewsText.hasOpenPair(units.get(start - 1).text())) {
            start++;
        }
        return start;
    }

    /** Whether line {@code i} could be a headline line on {@code page}, at or after {@code floor}. */
    private static boolean isHeadlineCandidate(List<Unit> units, int i, int floor, Page page) {
        return i >= floor && i >= 0 && units.get(i).page() == page && NewsText.isHeadlineLike(units.get(i).text());
    }

    /**
     * Where a headline of three lines ({@code start} to {@code lead}) really starts, given what stands above it:
     * one line lower where its second line names a column (the first ends the article before), one higher where
     * a column's name stands over it, or only the line next to the credit where more short lines stand above and
     * no finished text (the end of verse, a list or a table).
     */
    private int threeLineStart(List<Unit> units, int start, int lead, int floor, Page page) {
        if (HeadlineRoles.isColumn(units.get(start + 1).text()) && !HeadlineRoles.isColumn(units.get(start).text())) {
            return start + 1;
        }
        if (isColumnName(units, start - 1, floor, page)) {
            return start - 1;
        }
        return isHeadlineCandidate(units, start - 1, floor, page) ? lead - 1 : start;
    }

    /**
     * Whether the line at {@code i}, over a three-line headline, is the name of the column it runs in
     * (营商环境面对面): a headline-like line on its own after the text before it has finished.
     */
    private boolean isColumnName(List<Unit> units, int i, int floor, Page page) {
        if (!isHeadlineCandidate(units, i, floor, page) || NewsText.endsWithColon(units.get(i).text())) {
            return false;
        }
        if (i == 0 || units.get(i - 1).page() != page) {
            return true;
        }
        String before = units.get(i - 1).text();
        return NewsText.endsStatement(before) || NewsText.isCreditLine(before) || !bylines.parseSignature(before).isEmpty();
    }

    /** The last rows of a table ending the article before are not the next article's headline. */
    private static boolean isTableRowAfterTableRow(List<Unit> units, int i) {
        return i > 0 && NewsText.isTableRow(units.get(i).text()) && NewsText.isTableRow(units.get(i - 1).text());
    }

    /**
     * Cuts an article's paragraphs where an uncredited article (commentary, a brief) begins, and where another
     * article's continuation resumes (上接), to be put back by {@link PageJumps#rejoin}.
     */
    private List<List<Paragraph>> splitBody(List<Paragraph> body, PageJumps jumps, boolean credited) {
        List<List<Paragraph>> parts = new ArrayList<>();
        int from = 0;
        for (int k = 1; k < body.size(); k++) {
            if (body.get(k).page() != body.get(k - 1).page() || jumps.resumesAt(body.get(k).line())
                    || repeatsHeadlineAbove(body, k, jumps) || startsUncredited(body, k, from == 0 && credited)) {
                parts.add(body.subList(from, k));
                from = k;
            }
        }
        parts.add(body.subList(from, body.size()));
        return parts;
    }

    /** A headline-like line right above where a continuation resumes: its article's headline, printed again. */
    private static boolean repeatsHeadlineAbove(List<Paragraph> body, int k, PageJumps jumps) {
        return k + 1 < body.size() && jumps.resumesAt(body.get(k + 1).line())
                && NewsText.isHeadlineLike(body.get(k).text()) && NewsText.endsSentence(body.get(k - 1).text());
    }

    private void splitUncredited(List<Unit> units, CharPairs pairs, PageJumps jumps, List<Draft> drafts,
                                 List<Note> notes) {
        List<List<Paragraph>> parts = splitBody(breaks.join(units, pairs, jumps::resumesAt), jumps, false);
        for (List<Paragraph> part : parts) {
            boolean onlyANote = part.size() == 1 && EditorsNotes.isNote(part.get(0).text());
            if (headlineRun(part, 0) == 0 && !onlyANote) {
                notes.add(new Note(part.get(0).line(), false,
                        "text before any headline; kept as an article titled " + UNTITLED));
            }
            addUncredited(part, drafts);
        }
    }

    /**
     * Whether paragraph {@code k} starts a new article: a headline-like paragraph, not numbered like an
     * intertitle, after a finished paragraph that does not end in a colon, and followed by body text (not by a
     * fourth short line: a headline has at most three, and a longer run is a table, list or verse; nor the rows
     * of a table); and either its headline has two or three
     * lines, or the paragraph before it closes an article (a signature or credit line), or it is the title of a
     * notice or other official text, or the paragraph after it opens with a dateline or is signed (a one-paragraph
     * brief), or, under an article with its byline at its head, the text below it is signed at its end. A date
     * alone after a short line is the signature of what came before ({@code 太原市人民政府} /
     * {@code 2022年3月10日}), not a brief.
     */
    private boolean startsUncredited(List<Paragraph> body, int k, boolean credited) {
        String text = body.get(k).text();
        String before = body.get(k - 1).text();
        if (!NewsText.isHeadlineLike(text) || NewsText.isIntertitle(text)) {
            return false;
        }
        // Signed off: by a credit or signature, or by the date under a notice's signature.
        boolean closed = NewsText.isCreditLine(before) || !bylines.parseSignature(before).isEmpty()
                || NewsText.isDateLine(before);
        if (!(NewsText.endsStatement(before) || closed)) {
            return false; // not after finished text; nor after a colon, which announces a table, list or quotation
        }
        int run = headlineRun(body, k);
        if (k + run >= body.size()) {
            return false;
        }
        String after = body.get(k + run).text();
        if (run == 3 && HeadlineRoles.isColumn(body.get(k + 1).text()) && !HeadlineRoles.isColumn(text)) {
            return false; // the headline starts at the column's name; this line ends the article before
        }
        if (run == 3 && NewsText.isHeadlineLike(after) && !closed) {
            // Four short lines in a row: a table, a list or verse in the article, not a headline; unless the
            // article has just been signed off, when they are a new piece (a weather box, a results table).
            return false;
        }
        if (run >= 2 && NewsText.isTableRow(body.get(k).text()) && NewsText.isTableRow(body.get(k + 1).text())
                || run >= 2 && NewsText.opensWithLabel(text) && NewsText.opensWithLabel(body.get(k + 1).text())) {
            return false; // rows of short cells, or of labels (今天：… / 明天：…): a table or list in the article
        }
        return run >= 2 || closed || NewsText.isOfficialTitle(text)
                || bylines.opensWithDateline(after) && !NewsText.isDateLine(after)
                || !bylines.parseSignature(after).isEmpty() || credited && signedBelow(body, k + run);
    }

    /**
     * Whether the text from {@code start} to the next headline-like paragraph ends in a signature or a note
     * naming its source: under an article that has its byline at its head, a piece signed at its end
     * ({@code （黎明）}, {@code （市防汛办）}) is another piece. Not {@code （完）}, which ends the article itself.
     */
    private boolean signedBelow(List<Paragraph> body, int start) {
        int end = start;
        while (end < body.size() && end - start < 12 && !NewsText.isHeadlineLike(body.get(end).text())) {
            end++;
        }
        if (end == start || end < body.size() && !NewsText.isHeadlineLike(body.get(end).text())) {
            return false;
        }
        String last = body.get(end - 1).text();
        return !bylines.parseSignature(last).isEmpty()
                || NewsText.endsInNoteAfterSentence(last) && !NewsText.endsInEndMark(last);
    }

    /**
     * How many headline-like paragraphs (at most three) start at {@code k}. Only the first may end in a colon:
     * {@code 为做好……现就有关事项通告如下：} after a notice's title leads in to its text.
     */
    private static int headlineRun(List<Paragraph> body, int k) {
        int run = 0;
        while (k + run < body.size() && run < 3 && NewsText.isHeadlineLike(body.get(k + run).text())
                && (run == 0 || !NewsText.isIntertitle(body.get(k + run).text())
                        && !NewsText.endsWithColon(body.get(k + run).text())
                        && !NewsText.isQuestion(body.get(k + run).text()))) {
            run++;
        }
        return run;
    }

    private void addUncredited(List<Paragraph> part, List<Draft> drafts) {
        int run = Math.min(headlineRun(part, 0), part.size() == 1 ? 1 : part.size() - 1);
        if (run == 3 && part.size() > 3 && NewsText.isHeadlineLike(part.get(3).text())
                && !HeadlineRoles.isSubtitleMark(part.get(2).text())) {
            run = 1; // a title over a table or list of short lines, which is its text
        }
        // Under a title, a line that is only a name is the author's, as essays and commentary are signed.
        boolean named = run >= 2 && NewsText.isBareName(part.get(run - 1).text());
        if (named) {
            run--;
        }
        List<String> headlines = new ArrayList<>();
        for (int i = 0; i < run; i++) {
            headlines.add(part.get(i).text());
        }
        Unit first = new Unit(part.get(0).text(), part.get(0).line(), part.get(0).page());
        List<Paragraph> rest = part.subList(run, part.size());
        BylineParser.Head head = null;
        if (named) {
            head = bylines.parseNames(rest.get(0).text());
            rest = rest.subList(1, rest.size());
        } else if (!rest.isEmpty() && NewsText.isStandaloneByline(rest.get(0).text()) && rest.size() > 1) {
            head = bylines.parseStandalone(rest.get(0).text());
            rest = rest.subList(1, rest.size());
        }
        drafts.add(draft(first, headlines, head, rest));
    }

    /**
     * @param known the article's head credit where already read (its byline line, or its first paragraph's
     *              credit), else {@code null} to read it from the first paragraph
     */
    private Draft draft(Unit first, List<String> headlines, BylineParser.Head known, List<Paragraph> body) {
        HeadlineRoles.Headline headline = headlines.isEmpty()
                ? new HeadlineRoles.Headline(null, UNTITLED, null)
                : HeadlineRoles.assign(headlines);
        List<String> paragraphs = texts(body);
        BylineParser.Head head = known != null ? known
                : paragraphs.isEmpty() ? NO_HEAD
                : bylines.parseHead(paragraphs.get(0));
        return new Draft(first.line(), first.page(), headline.kicker(), headline.title(), headline.subtitle(),
                head, bylines.signedBesides(head, paragraphs), paragraphs);
    }

    private static List<String> texts(List<? extends Object> items) {
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(item instanceof Unit unit ? unit.text() : ((Paragraph) item).text());
        }
        return out;
    }

    /** Non-blank lines, stripped of indentation; page markers set the page of what follows. */
    static List<Unit> units(String text, int firstLine) {
        List<Unit> units = new ArrayList<>();
        Page page = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = strip(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            Optional<Page> marker = PageMarker.ofLine(line);
            if (marker.isPresent()) {
                page = marker.get();
                continue;
            }
            units.add(new Unit(line, firstLine + i, page));
        }
        return units;
    }

    /** A line such as {@code 第01版：要闻} or {@code A3版：国际}, which starts a printed page. */
    static boolean isPageMarker(String line) {
        return PageMarker.ofLine(line).isPresent();
    }

    /** Strips ASCII, full-width and no-break spaces, and a stray byte-order mark, from both ends. */
    static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
    }
}
