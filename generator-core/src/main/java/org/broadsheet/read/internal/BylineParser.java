package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who wrote an article, in the forms Chinese papers print: the credit at the head of its first paragraph
 * ({@code 本报讯（山西日报记者 张三）3月2日，…}, {@code 本报讯　2月13日…},
 * {@code 新华社北京1月17日电（记者 魏玉坤 周圆）…}, {@code 本报太原3月2日讯}); a byline on a line of its own
 * ({@code 本报记者 赵强}, {@code 文/图 本报记者 郭婷婷}, or names alone); and the signatures some papers put at
 * the end of a paragraph instead ({@code （记者刘瑞强）}, {@code （李 平）}) or under a picture
 * ({@code 本报记者 周文 摄}).
 *
 * <p>Stateless and thread-safe.
 */
public final class BylineParser {
    /** A space as papers print one: ASCII, full-width or no-break. */
    static final String SPACE = "[\\s\\u3000\\u00A0]";
    private static final String NUMBER = "(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})";
    /** {@code 3月2日}, {@code ３月２日}, {@code 三月二日}, and with its year: {@code 2022年3月2日}. */
    private static final String DATE = "(?:(?:19|20)\\d{2}年)?" + NUMBER + "月"
            + "(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})日";
    /**
     * A source line ends in 讯 or 电 (or 消息 after an outlet's name) and names a paper, agency, site or
     * station, so body text such as {@code 国家电网…} is not taken for one.
     */
    private static final Pattern PREFIX = Pattern.compile(TraditionalForms.either(
            "^(?<prefix>[\\p{IsHan}A-Za-z0-9０-９·]{1,24}?(?:报|社|网|台|刊|新闻|电视|广播|客户端|融媒)"
                    + "[\\p{IsHan}A-Za-z0-9０-９·]{0,16}?(?:讯|电|消息))(?=$|" + SPACE + "|[（(【]|" + NUMBER + "月"
                    + "|(?<=^据[^，,]{1,30})[，,：:])"));
    /** The outlet at the start of a wire prefix: 新华社 in 新华社北京1月17日电, 中新网 in 中新网太原电. */
    private static final Pattern AGENCY = Pattern.compile(TraditionalForms.either("^(?:据)?([\\p{IsHan}]{1,8}?(?:社|网|台))"));
    private static final Pattern PARENTHESES = Pattern.compile("^" + SPACE + "*[（(](?<inner>[^（）()]{1,60})[）)]");
    private static final Pattern DATELINE = Pattern.compile("^" + SPACE + "*(?<date>" + DATE + ")");
    /** The words of a dateline relative to the issue, and how many days before the issue's date each means. */
    static final Map<String, Integer> DAYS_BEFORE_ISSUE = Map.of("昨天", 1, "昨日", 1, "前天", 2, "今天", 0, "今日", 0);
    /** A day of the issue's month alone, as a dateline: {@code 19日}. */
    static final String DAY_OF_MONTH = "(?:\\d{1,2}|[０-９]{1,2})日";
    /**
     * A dateline relative to the issue, as evening papers print theirs after the credit: {@code 昨天}, {@code 今日},
     * or a day of the issue's month, {@code 19日晚}. Read only right after a credit, where it can be nothing else.
     */
    private static final Pattern RELATIVE_DATELINE = Pattern.compile("^" + SPACE + "*(?<date>"
            + String.join("|", DAYS_BEFORE_ISSUE.keySet()) + "|(?<![0-9０-９])" + DAY_OF_MONTH + ")");
    private static final Pattern DATE_INSIDE = Pattern.compile(DATE);
    /**
     * A reporter's role as bylines print it, with what may qualify it: 记者, 特约记者, 驻京记者, 融媒体记者, 通讯员,
     * 实习生, 评论员. Shared with the byline-line and photo-credit patterns, so that all three know the same roles.
     */
    static final String ROLE_WORDS =
            "(?:特约|见习|特派|首席|融媒体?|全媒体?|驻[\\p{IsHan}]{1,6})?(?:摄影记者|记者|通讯员|实习生|评论员)";
    private static final Pattern ROLE = Pattern.compile(TraditionalForms.either(ROLE_WORDS));
    private static final Pattern SIGNATURE = Pattern.compile(TraditionalForms.either(
            "[（(](?<inner>[^（）()]{0,30}(?:记者|通讯员|实习生)[^（）()]{1,40})[）)]" + SPACE + "*$"));
    /**
     * A signature of names alone closing the last paragraph, after its last sentence: {@code …。（李平）},
     * {@code …。（李 平）}, as commentary and briefs are signed.
     */
    private static final Pattern BARE_SIGNATURE = Pattern.compile(
            "(?<=[。！？!?”])[（(](?<inner>[\\p{IsHan}·]{1,4}(?:[\\s\\u3000\\u00A0、，,]+[\\p{IsHan}·]{1,4}){0,3})[）)]$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\\u3000\\u00A0、，,/／：:]+");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·A-Za-z]{2,12}");
    /** Words a byline prints beside the names, which are not names: what the piece is, who the paper is. */
    private static final Set<String> NOT_NAMES = Set.of("报道", "摄影报道", "图文报道", "文图", "图文", "本报", "摄影", "整理",
            "采写", "发自", "综合", "本报讯");
    /** Marks that open a byline line before its role or names: □, 文／, 文／图, 作者：. */
    private static final Pattern BYLINE_MARK = Pattern.compile(TraditionalForms.either(
            "^(?:[□◎■●][\\s\\u3000\\u00A0]*)?(?:[文图][\\s\\u3000\\u00A0]*[／/][\\s\\u3000\\u00A0]*(?:[文图](?=[\\s\\u3000\\u00A0]|$))?|撰文[：:]?|作者[：:])?"
                    + "[\\s\\u3000\\u00A0]*"));

    /** The parts of a head credit and where the body text after it begins. */
    public record Head(String prefix, String organization, List<String> reporters, String dateline) {
    }

    public Head parseHead(String firstParagraph) {
        Matcher prefix = PREFIX.matcher(firstParagraph);
        String prefixText = null;
        int at = 0;
        if (prefix.lookingAt()) { // the pattern is anchored: find() would try every position and fail
            prefixText = prefix.group("prefix");
            at = prefix.end();
        }
        String organization = null;
        List<String> reporters = List.of();
        Matcher parens = PARENTHESES.matcher(firstParagraph).region(at, firstParagraph.length());
        parens.useAnchoringBounds(true);
        if (parens.lookingAt() && (prefixText != null || ROLE.matcher(parens.group("inner")).find())) {
            Credit credit = parseCredit(parens.group("inner"));
            organization = credit.organization();
            reporters = credit.reporters();
            at = parens.end();
        }
        String dateline = null;
        if (prefixText != null || !reporters.isEmpty()) {
            Matcher date = DATELINE.matcher(firstParagraph).region(at, firstParagraph.length());
            Matcher relative = RELATIVE_DATELINE.matcher(firstParagraph).region(at, firstParagraph.length());
            if (date.lookingAt()) {
                dateline = date.group("date");
            } else if (relative.lookingAt()) {
                dateline = relative.group("date");
            } else if (prefixText != null) {
                Matcher inside = DATE_INSIDE.matcher(prefixText);
                dateline = inside.find() ? inside.group() : null;
            }
        }
        if (organization == null && prefixText != null) {
            Matcher agency = AGENCY.matcher(prefixText);
            organization = agency.lookingAt() && !agency.group(1).startsWith("本") ? agency.group(1) : null;
        }
        return new Head(prefixText, organization, reporters, dateline);
    }

    /**
     * Reporters signed at the end of a paragraph, such as {@code （记者刘瑞强）} or, after its last sentence, by
     * names alone ({@code （李 平）}), or the photographers credited at the end of a caption
     * ({@code 本报记者 周文 摄}); empty when there is none.
     */
    public List<String> parseSignature(String paragraph) {
        if (!maySign(paragraph)) {
            return List.of();
        }
        Matcher signature = SIGNATURE.matcher(paragraph);
        if (signature.find()) {
            return parseCredit(signature.group("inner")).reporters();
        }
        Matcher bare = BARE_SIGNATURE.matcher(paragraph);
        if (bare.find()) {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            addNames(bare.group("inner"), names);
            // Only people's names: not （掌声） after a sentence of a speech, nor a source (（解放日报）).
            boolean allNames = !names.isEmpty() && names.stream().allMatch(BylineParser::looksLikeName);
            return allNames ? List.copyOf(names) : List.of();
        }
        String photo = PhotoCredit.ending(paragraph);
        if (photo == null) {
            return List.of();
        }
        if (ROLE.matcher(photo).find()) {
            return parseCredit(photo).reporters(); // the names after 本报记者: whoever they are
        }
        // Names alone: a short caption may run into them (春到太行 王强 摄), and its words are no names.
        return parseCredit(photo).reporters().stream().filter(BylineParser::looksLikeName).toList();
    }

    /** Whether the word ends as the name of a paper, agency, site or station does: 新华社, 解放日报, 人民网. */
    private static boolean isOutlet(String word) {
        return "报社网台刊".indexOf(TraditionalForms.simplified(word).charAt(word.length() - 1)) >= 0;
    }

    /**
     * A word that can be a person's name where only names are expected to stand: two to four characters, opening
     * with a surname, not ending as a paper, agency or place does, nor as 全文完 or 待续.
     */
    private static boolean looksLikeName(String word) {
        int length = word.codePointCount(0, word.length());
        char last = word.charAt(word.length() - 1);
        return length >= 2 && length <= 4 && NewsText.startsWithSurname(word) && !isOutlet(word)
                && "省市县区完续".indexOf(last) < 0;
    }

    /**
     * Whether a paragraph ends as a signature or a credit has to: in a bracket, or in a credit's mark (摄, 摄影,
     * 作, 绘). Every piece of every seed is asked, by the layout-break repair, whether it is signed.
     */
    private static boolean maySign(String paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        char end = paragraph.charAt(paragraph.length() - 1);
        return end == '）' || end == ')' || PhotoCredit.mayEndInCredit(paragraph);
    }

    /**
     * The reporters an article's paragraphs sign that its head credit does not already name, in the order signed:
     * a byline line under a credit that names no one ({@code 新华社记者 陈思远} under {@code 新华社…电 题：…}),
     * the last paragraph, even with an editor's credit after it, and each item of a brief and each picture's
     * caption, which may sign their own ({@code （记者刘瑞强）}, {@code （李平）}, {@code 本报记者 周文 摄}).
     */
    public List<String> signedBesides(Head head, List<String> paragraphs) {
        LinkedHashSet<String> signed = new LinkedHashSet<>();
        if (head.reporters().isEmpty() && head.prefix() != null && paragraphs.size() > 1
                && NewsText.isStandaloneByline(paragraphs.get(1))) {
            // A credit naming no one, with the reporters on the line under it: 新华社北京8月8日电 题：… / 新华社记者 陈思远.
            signed.addAll(parseStandalone(paragraphs.get(1)).reporters());
        }
        for (String paragraph : paragraphs) {
            signed.addAll(parseSignature(paragraph));
        }
        head.reporters().forEach(signed::remove);
        return List.copyOf(signed);
    }

    /** Whether a paragraph opens with a source line such as {@code 本报讯} or {@code 新华社…电}. */
    public boolean opensWithCredit(String paragraph) {
        if (mayOpenWithPrefix(paragraph) && PREFIX.matcher(paragraph).lookingAt()) {
            return true;
        }
        Matcher parens = PARENTHESES.matcher(paragraph);
        return parens.lookingAt() && ROLE.matcher(parens.group("inner")).find();
    }

    /**
     * Whether {@link #PREFIX} could match: its last word (讯, 电 or 消息) starts within its longest reach, 24
     * characters, a 3-character outlet word and 16 more. Every paragraph of every seed is asked whether it opens
     * with a credit, and trying the pattern's lazy runs on a paragraph without any of them was the parser's
     * largest cost.
     */
    private static boolean mayOpenWithPrefix(String paragraph) {
        int reach = Math.min(paragraph.length(), 24 + 3 + 16 + 1);
        for (int i = 0; i < reach; i++) {
            char c = paragraph.charAt(i);
            if (c == '讯' || c == '电' || c == '消' || c == '訊' || c == '電') {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph opens with a dateline such as {@code 3月2日}. */
    public boolean opensWithDateline(String paragraph) {
        return DATELINE.matcher(paragraph).lookingAt();
    }

    /**
     * A byline printed on a line of its own between headline and body, such as {@code 本报评论员} or
     * {@code 记者 张三}: the whole line as printed is the prefix, and the names it gives are the reporters.
     */
    public Head parseStandalone(String line) {
        String text = line.strip();
        String unmarked = BYLINE_MARK.matcher(text).replaceFirst("");
        if (ROLE.matcher(unmarked).find()) {
            Credit credit = parseCredit(unmarked);
            return new Head(text, credit.organization(), credit.reporters(), null);
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (!unmarked.equals(text)) {
            addNames(unmarked, names);
        }
        return new Head(text, null, new ArrayList<>(names), null);
    }

    /**
     * A byline that is names alone, as printed on a line under a title ({@code 王晓东}, {@code 郝 帅}) or in an
     * element known to name the authors: the line as printed is the prefix.
     */
    public Head parseNames(String line) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        addNames(line, names);
        return new Head(line.strip(), null, new ArrayList<>(names), null);
    }

    private record Credit(String organization, List<String> reporters) {
    }

    /** Splits {@code 山西日报记者 张三 通讯员 王五} into the organisation and the names after each role. */
    private static Credit parseCredit(String inner) {
        Matcher role = ROLE.matcher(inner);
        String organization = null;
        LinkedHashSet<String> names = new LinkedHashSet<>();
        int last = -1;
        while (role.find()) {
            if (last < 0) {
                organization = cleanOrganization(inner.substring(0, role.start()));
            } else {
                addNames(inner.substring(last, role.start()), names);
            }
            last = role.end();
        }
        if (last >= 0) {
            addNames(inner.substring(last), names);
        } else {
            addNames(inner, names);
        }
        return new Credit(organization, new ArrayList<>(names));
    }

    private static String cleanOrganization(String text) {
        String org = RawTextParser.strip(text);
        String plain = TraditionalForms.simplified(org);
        // This paper, however it calls itself: 本报, 晚报 (晚报记者 俞佳), 本台.
        if (org.isEmpty() || plain.equals("本报") || plain.equals("本台") || plain.equals("本刊") || plain.equals("本网")
                || plain.equals("晚报") || plain.equals("日报") || plain.equals("商报")) {
            return null;
        }
        return org;
    }

    /**
     * Adds the names in {@code text}, split at spaces and commas. Two single characters in a row are one name
     * spaced out to the width of three ({@code 李 平}); the words of {@link #NOT_NAMES} and a lone 文, 图 or 摄 are
     * no names.
     */
    private static void addNames(String text, java.util.Collection<String> names) {
        String[] parts = NAME_SEPARATORS.split(text);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.length() == 1 && i + 1 < parts.length && parts[i + 1].length() == 1
                    && isSpacedName(part.charAt(0), parts[i + 1].charAt(0))) {
                part = part + parts[++i];
            }
            if ((part.endsWith("摄") || part.endsWith("攝")) && part.length() > 2) {
                part = part.substring(0, part.length() - 1); // 周文摄, 周文/摄
            }
            String plain = TraditionalForms.simplified(part);
            // Where the reporter filed from: 北京报道, 发自杭州.
            boolean place = plain.length() > 2 && (plain.endsWith("报道") || plain.startsWith("发自"));
            boolean outlet = plain.length() > 2 && isOutlet(plain); // 图／新华社
            if (NAME.matcher(part).matches() && !NOT_NAMES.contains(plain) && !place && !outlet) {
                names.add(part);
            }
        }
    }

    /**
     * Whether two single characters are one name spaced out ({@code 李 平}, {@code 谢　文}): Chinese characters,
     * the first a surname or neither the 文, 图 or 摄 that say what a piece is ({@code 文 图}).
     */
    private static boolean isSpacedName(char first, char second) {
        boolean han = Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(second) == Character.UnicodeScript.HAN;
        return han && (NewsText.startsWithSurname(String.valueOf(first)) && second != '摄'
                || "文图摄".indexOf(first) < 0 && "文图摄".indexOf(second) < 0);
    }
}
