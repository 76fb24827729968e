package org.broadsheet.read.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photographer's credit, as papers print it under a picture or at the end of its caption:
 * {@code 本报记者 周文 摄}, {@code 新华社记者 李贺 摄}, {@code （王芳 摄影）}. The names are followed by 摄 after a
 * space: a sentence that merely ends in 拍摄 is not a credit.
 */
final class PhotoCredit {
    private static final String SPACE = "[\\s\\u3000\\u00A0]";
    private static final String ROLE = "(?:[\\p{IsHan}]{0,8}?(?:摄影记者|记者|通讯员|实习生))?";
    private static final String NAMES = "[\\p{IsHan}·]{2,5}(?:[\\s\\u3000\\u00A0、]+[\\p{IsHan}·]{2,5}){0,5}";
    private static final String MARK = SPACE + "+摄(?:影)?[）)]?";
    private static final Pattern LINE = Pattern.compile(TraditionalForms.either(
            "^[（(]?" + ROLE + SPACE + "*" + NAMES + MARK + "$"));
    /** At the end of a caption: after the caption's last sentence or a space, so no caption text is taken as a name. */
    private static final Pattern ENDING = Pattern.compile(TraditionalForms.either(
            "(?:^|(?<=[\\s\\u3000\\u00A0。！？!?”’）)]))[（(]?(?<credit>" + ROLE + SPACE + "*" + NAMES + ")" + MARK + "$"));

    private PhotoCredit() {
    }

    /** Whether the whole line is a photographer's credit. */
    static boolean isLine(String line) {
        return mayEndInCredit(line) && line.length() <= 40 && LINE.matcher(line).matches();
    }

    /**
     * The credit ending a paragraph, such as {@code 本报记者 周文} of {@code 图为……。 本报记者 周文 摄}, or
     * {@code null} when the paragraph does not end in one.
     */
    static String ending(String paragraph) {
        if (!mayEndInCredit(paragraph)) {
            return null;
        }
        Matcher credit = ENDING.matcher(paragraph);
        return credit.find() ? credit.group("credit") : null;
    }

    /** Whether the text ends in 摄 or 摄影, before any closing bracket: what both patterns need, and few lines have. */
    private static boolean mayEndInCredit(String text) {
        int end = text.length();
        if (end > 0 && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')')) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '影') {
            end--;
        }
        return end > 0 && (text.charAt(end - 1) == '摄' || text.charAt(end - 1) == '攝');
    }
}
