package org.broadsheet.read.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photographer's or artist's credit, as papers print it under a picture or at the end of its caption:
 * {@code 本报记者 周文 摄}, {@code 新华社记者 李贺 摄}, {@code （王芳 摄影）}, {@code 王 强 作} under a cartoon. The
 * names are followed by the mark after a space: a sentence that merely ends in 拍摄 or 工作 is not a credit.
 */
final class PhotoCredit {
    private static final String ROLE = "(?:[\\p{IsHan}]{0,8}?" + BylineParser.ROLE_WORDS + ")?";
    /** Names, a surname and given name perhaps spaced apart ({@code 王 强}). */
    private static final String NAMES = "[\\p{IsHan}·]{1,5}(?:[\\s\\u3000\\u00A0、]+[\\p{IsHan}·]{1,5}){0,5}";
    /** 摄 or 摄影 under a photograph, 作 or 绘 under a drawing or cartoon. */
    private static final String MARK = BylineParser.SPACE + "+(?:摄(?:影)?|作|绘)[）)]?";
    private static final Pattern LINE = Pattern.compile(TraditionalForms.either(
            "^[（(]?" + ROLE + BylineParser.SPACE + "*" + NAMES + MARK + "$"));
    /**
     * At the end of a caption: after the caption's last sentence or a space. A short caption with no sentence
     * end may still run into the names ({@code 春到太行 王强 摄}); {@link BylineParser#parseSignature} keeps only
     * what looks like a name.
     */
    private static final Pattern ENDING = Pattern.compile(TraditionalForms.either(
            "(?:^|(?<=[\\s\\u3000\\u00A0。！？!?”’）)]))[（(]?(?<credit>" + ROLE + BylineParser.SPACE + "*" + NAMES + ")" + MARK
                    + "$"));

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

    /** Whether the text ends in a credit's mark, before any closing bracket: what both patterns need, and few lines have. */
    static boolean mayEndInCredit(String text) {
        int end = text.length();
        if (end > 0 && (text.charAt(end - 1) == '）' || text.charAt(end - 1) == ')')) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '影') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char mark = text.charAt(end - 1);
        return mark == '摄' || mark == '攝' || mark == '作' || mark == '绘';
    }
}
