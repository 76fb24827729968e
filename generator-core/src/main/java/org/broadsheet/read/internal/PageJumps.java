package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Page;

/**
 * Articles a paper continues on a later page (转版): the text breaks off at {@code （下转第2版）} and resumes on that
 * page after {@code （上接第1版）}. The marks are taken out of the text, and the piece on the later page, which
 * has no headline of its own, is put back at the end of the article it continues, joined in mid-sentence where
 * the break fell there. A mark may stand on a line of its own or at the end (下转) or start (上接) of a line.
 *
 * <p>One per issue: made by {@link #take}, used by {@link #rejoin}.
 */
final class PageJumps {
    private static final String MARK = "[（(]\\s*(?:(?<out>下转|转至|转)|(?<in>上接|紧接|接|续))\\s*(?:第\\s*)?"
            + "(?<page>[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}[A-Za-z]?)\\s*版[^（）()]{0,8}[）)]";
    private static final Pattern AT_END = Pattern.compile("[\\s\\u3000]*" + MARK + "$");
    private static final Pattern AT_START = Pattern.compile("^" + MARK + "[\\s\\u3000]*");

    /** The units without the marks. */
    private final List<RawTextParser.Unit> units;
    /** Per line where text breaks off: the page it goes on to. */
    private final NavigableMap<Integer, String> breaksOff;
    /** Per line where text resumes: the page it came from. */
    private final Map<Integer, String> resumes;

    private PageJumps(List<RawTextParser.Unit> units, NavigableMap<Integer, String> breaksOff,
                      Map<Integer, String> resumes) {
        this.units = units;
        this.breaksOff = breaksOff;
        this.resumes = resumes;
    }

    /**
     * Finds the jump marks in {@code units} and takes them out. A 下转 mark belongs to the text before it (it
     * may stand on the next line), a 上接 mark to the text after it (it may end the line before).
     */
    static PageJumps take(List<RawTextParser.Unit> units) {
        List<RawTextParser.Unit> kept = new ArrayList<>(units.size());
        NavigableMap<Integer, String> breaksOff = new TreeMap<>(); // in line order: an article's own are a range
        Map<Integer, String> resumes = new HashMap<>();
        String resumeFrom = null;
        for (RawTextParser.Unit unit : units) {
            String text = unit.text();
            // Every mark is in brackets and names a page (版): most lines are spared the patterns.
            List<Matcher> leading = new ArrayList<>();
            List<Matcher> trailing = new ArrayList<>();
            if (text.indexOf('版') >= 0 && opensOrClosesBracket(text)) {
                for (Matcher m = AT_START.matcher(text); m.lookingAt(); m = AT_START.matcher(text)) {
                    leading.add(m);
                    text = text.substring(m.end());
                }
                for (Matcher m = AT_END.matcher(text); !text.isEmpty() && m.find(); m = AT_END.matcher(text)) {
                    trailing.add(m);
                    text = text.substring(0, m.start());
                }
            }
            Integer lastLine = kept.isEmpty() ? null : kept.get(kept.size() - 1).line();
            for (Matcher mark : leading) {
                if (mark.group("out") != null) {
                    breakOff(breaksOff, lastLine, mark.group("page"));
                } else {
                    resumeFrom = mark.group("page");
                }
            }
            if (!text.isEmpty()) {
                if (resumeFrom != null) {
                    resumes.put(unit.line(), resumeFrom);
                    resumeFrom = null;
                }
                kept.add(text.equals(unit.text()) ? unit : new RawTextParser.Unit(text, unit.line(), unit.page()));
                lastLine = unit.line();
            }
            for (Matcher mark : trailing) {
                if (mark.group("out") != null) {
                    breakOff(breaksOff, lastLine, mark.group("page"));
                } else {
                    resumeFrom = mark.group("page");
                }
            }
        }
        return new PageJumps(kept, breaksOff, resumes);
    }

    /** Notes that the text of {@code line} breaks off for {@code page}; nothing when no text came before. */
    private static void breakOff(Map<Integer, String> breaksOff, Integer line, String page) {
        if (line != null) {
            breaksOff.put(line, page);
        }
    }

    private static boolean opensOrClosesBracket(String text) {
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return first == '（' || first == '(' || last == '）' || last == ')';
    }

    /** Whether text resumes at {@code line}, continuing an article from an earlier page. */
    boolean resumesAt(int line) {
        return resumes.containsKey(line);
    }

    /** The units without the jump marks. */
    List<RawTextParser.Unit> units() {
        return units;
    }

    /**
     * The articles with each continuation appended to the article it continues: a headline-less article that
     * starts where text resumes goes to the article that broke off for its page (or for any page, where pages
     * are not marked): the one whose headline is repeated above the continuation, else the first still waiting,
     * as papers print continuations in the order of the articles they continue. Notes about the continuation
     * having no headline are dropped with it; an article whose continuation is not in the issue gets a note.
     */
    List<RawTextParser.Draft> rejoin(List<RawTextParser.Draft> drafts, List<RawTextParser.Note> notes,
            BylineParser bylines) {
        if (resumes.isEmpty()) {
            breaksOff.forEach((line, page) -> notes.add(unresolved(line, page)));
            return drafts;
        }
        List<RawTextParser.Draft> out = new ArrayList<>(drafts.size());
        // Per article kept so far (by its place in out), where its text broke off, in the order they broke off.
        Map<Integer, BreakOff> waiting = new LinkedHashMap<>();
        for (int d = 0; d < drafts.size(); d++) {
            RawTextParser.Draft draft = drafts.get(d);
            int next = d + 1 < drafts.size() ? drafts.get(d + 1).line() : Integer.MAX_VALUE;
            int line = draft.line();
            int target = -1;
            if (resumes.containsKey(line) && untitled(draft)) {
                // Not "text before any headline": appended to its article, or kept with a note that says why.
                notes.removeIf(note -> note.line() == line && note.message().contains(RawTextParser.UNTITLED));
                int repeated = repeatedHeadline(out, waiting, draft.page());
                if (repeated >= 0) {
                    out.remove(out.size() - 1); // the headline repeated above the continuation, and nothing else
                    target = repeated;
                } else {
                    target = continued(waiting, draft.page());
                }
                if (target < 0) {
                    notes.add(new RawTextParser.Note(line, false, "text continued from page " + resumes.get(line)
                            + " (上接), but no article before it breaks off for this page; kept as an article titled "
                            + RawTextParser.UNTITLED));
                }
            }
            if (target >= 0) {
                out.set(target, appended(out.get(target), draft, bylines));
                waiting.remove(target);
            } else {
                out.add(draft);
            }
            int at = target >= 0 ? target : out.size() - 1;
            int from = draft.line();
            for (Map.Entry<Integer, String> jump : breaksOff.subMap(from, Math.max(from, next)).entrySet()) {
                waiting.put(at, new BreakOff(jump.getValue(), jump.getKey()));
            }
        }
        waiting.values().stream().sorted(Comparator.comparingInt(BreakOff::line))
                .forEach(left -> notes.add(unresolved(left.line(), left.page())));
        return out;
    }

    /** Where an article's text breaks off: the page it goes on to, and the line. */
    private record BreakOff(String page, int line) {
    }

    private static RawTextParser.Note unresolved(int line, String page) {
        return new RawTextParser.Note(line, false, "text breaks off for page " + page
                + " (下转), but no text in this issue continues from it (上接); the article ends there");
    }

    /**
     * The article waiting to continue on {@code page} whose headline the last article kept repeats, when that
     * article is nothing but the headline; or -1.
     */
    private static int repeatedHeadline(List<RawTextParser.Draft> out, Map<Integer, BreakOff> waiting, Page page) {
        if (out.isEmpty()) {
            return -1;
        }
        RawTextParser.Draft heading = out.get(out.size() - 1);
        if (!heading.paragraphs().isEmpty() || heading.head().prefix() != null) {
            return -1;
        }
        for (Map.Entry<Integer, BreakOff> entry : waiting.entrySet()) {
            RawTextParser.Draft article = out.get(entry.getKey());
            if (entry.getKey() != out.size() - 1 && (page == null || samePage(entry.getValue().page(), page.number()))
                    && repeats(heading.title(), article)) {
                return entry.getKey();
            }
        }
        return -1;
    }

    private static boolean untitled(RawTextParser.Draft draft) {
        return draft.title().equals(RawTextParser.UNTITLED) && draft.kicker() == null && draft.subtitle() == null;
    }

    /** Whether {@code line} is the article's headline, or its title, printed again, perhaps on one line now. */
    private static boolean repeats(String line, RawTextParser.Draft article) {
        String title = article.title();
        String subtitle = article.subtitle();
        String kicker = article.kicker();
        return line.equals(title) || subtitle != null && (line.equals(subtitle) || line.equals(title + subtitle))
                || kicker != null && line.equals(kicker + title);
    }

    /** The first article waiting to continue on {@code page}, or -1. */
    private static int continued(Map<Integer, BreakOff> waiting, Page page) {
        for (Map.Entry<Integer, BreakOff> entry : waiting.entrySet()) {
            if (page == null || samePage(entry.getValue().page(), page.number())) {
                return entry.getKey();
            }
        }
        return -1;
    }

    private static boolean samePage(String a, String b) {
        return pageNumber(a).equals(pageNumber(b));
    }

    /** {@code 02}, {@code 2}, {@code ２} and {@code 二} as one number (as dates read theirs); {@code a3} as {@code A3}. */
    private static String pageNumber(String printed) {
        int number = ChineseNumber.parse(printed);
        return number >= 0 ? Integer.toString(number) : printed.toUpperCase(Locale.ROOT);
    }

    private static RawTextParser.Draft appended(RawTextParser.Draft article, RawTextParser.Draft continuation,
            BylineParser bylines) {
        List<String> paragraphs = new ArrayList<>(article.paragraphs());
        List<String> more = continuation.paragraphs();
        int from = 0;
        if (!paragraphs.isEmpty() && !more.isEmpty() && !NewsText.endsSentence(paragraphs.get(paragraphs.size() - 1))) {
            paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + more.get(0));
            from = 1;
        }
        paragraphs.addAll(more.subList(from, more.size()));
        return new RawTextParser.Draft(article.line(), article.page(), article.kicker(), article.title(),
                article.subtitle(), article.head(), bylines.signedBesides(article.head(), paragraphs),
                List.copyOf(paragraphs));
    }
}
