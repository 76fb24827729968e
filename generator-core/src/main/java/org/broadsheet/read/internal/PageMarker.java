package org.broadsheet.read.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Page;

/**
 * The mark of a printed page (版面), such as {@code 第01版：要闻}, {@code A3版：国际} or {@code 第5版}. A line that
 * is nothing but such a mark starts a page in raw text and Markdown; in a saved web page the mark is found
 * anywhere in the document's text. A bare {@code 01版} (no {@code 第}, no name) is not taken for a mark, as
 * text such as {@code 2版} is too common in prose.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageMarker {
    private static final String NUMBER = "(?<number>[A-Za-z]?\\d{1,3}[A-Za-z]?)";
    private static final Pattern LINE = Pattern.compile(
            "^第?\\s*" + NUMBER + "\\s*版\\s*[：:\\s\\u3000]?\\s*(?<name>[^\\s\\u3000]{0,20})\\s*$");
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?:第\\s*" + NUMBER + "\\s*版|(?<![A-Za-z0-9])(?<bare>[A-Za-z]?\\d{1,3}[A-Za-z]?)\\s*版(?=\\s*[：:]))"
                    + "(?:\\s*[：:]\\s*(?<name>[\\p{IsHan}A-Za-z0-9·]{1,12}))?");

    private PageMarker() {
    }

    /** The page a whole line marks, or empty when the line is text. */
    public static Optional<Page> ofLine(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches() || !(line.startsWith("第") || line.contains("：") || line.contains(":"))) {
            return Optional.empty();
        }
        String name = m.group("name");
        return Optional.of(new Page(m.group("number"), name.isEmpty() ? null : name));
    }

    /** The first page mark anywhere in a text, such as the {@code 第03版：评论} in a page's header. */
    public static Optional<Page> find(String text) {
        Matcher m = IN_TEXT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String number = m.group("number") != null ? m.group("number") : m.group("bare");
        return Optional.of(new Page(number, m.group("name")));
    }
}
