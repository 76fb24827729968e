package org.broadsheet.read.internal;

import java.util.regex.Pattern;

/**
 * What a line of Chinese news text looks like: whether it ends a sentence, could be a headline, is a
 * credit line or an intertitle. Shared by the article splitter and the layout-break joiner.
 */
final class NewsText {
    /** Marks that end a sentence; a paragraph may also end in a colon before a quotation or list. */
    private static final String SENTENCE_ENDS = "。！？!?…；;：:";
    /** Closing marks that may follow a sentence end, as in {@code 。”} or {@code ！）}. */
    private static final String CLOSERS = "”’」』）)》〉】〕\"'";
    /** Marks that cannot begin a paragraph: whatever starts with one continues the text before it. */
    private static final String CONTINUATIONS = "，。、；：！？）》〉】〕」』”’,.;:!?)";
    /** Marks after which a paragraph cannot end. */
    private static final String OPENERS = "，、“‘（(《〈【〔「『";

    /** The mark that ends an article: {@code （完）}, {@code （全文完）}, {@code （待续）}. */
    private static final String END_MARK = "[（(](?:完|全文完|待续|未完待续)[）)]";
    private static final Pattern ENDS_IN_END_MARK = Pattern.compile(END_MARK + "$");
    private static final Pattern CREDIT_LINE = Pattern.compile(TraditionalForms.either(
            "^[（(【\\[]?\\s*(?:本版责任编辑|本版责编|责任编辑|本版编辑|美术编辑|图片编辑|文字编辑|编辑|责编|校对|审核|审校|美编|组版|版式设计|版式|摄影|图片|制图|"
                    + "监制|统筹|策划|终审|一审|二审|三审|编审|出品人|总监制|来源|本文来源|稿件来源|信息来源|转自|转载自)"
                    + "\\s*[：:].{0,40}$|^" + END_MARK + "$"));
    /** A source line closing a reprinted article: {@code 《人民日报》（2022年03月04日 01 版）}. */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^[（(]?\\s*《\\s*[^》]{1,20}\\s*》\\s*[（(]\\s*\\d{4}\\s*年.{0,30}[）)]\\s*[）)]?$");
    private static final Pattern INTERTITLE_MARK = Pattern.compile(TraditionalForms.either(
            "^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、．.](?![0-9０-９])|"
                    + "[◆■●▲★◇□◎▶▼◢●○【]|第[一二三四五六七八九十]{1,3}[，,、部分章节])"));
    /**
     * A byline on a line of its own: a role ({@code 本报记者}, {@code 新华社记者}, {@code 本报首席记者},
     * {@code 山西日报记者}, {@code 本报评论员}…) or a mark ({@code □}, {@code 文／}, {@code 作者：}) and then names,
     * perhaps more roles and names, and what the piece is ({@code 文／图}, {@code 摄}, {@code 报道}).
     */
    private static final Pattern STANDALONE_BYLINE = Pattern.compile(TraditionalForms.either(
            "^(?:[□◎■●][\\s\\u3000\\u00A0]*)?"
                    + "(?:(?:[文图][\\s\\u3000\\u00A0]*[／/][\\s\\u3000\\u00A0]*(?:[文图][\\s\\u3000\\u00A0]*)?)?"
                    + "(?:[\\p{IsHan}]{1,6}?(?:日报|晚报|报|社|台|网))?"
                    + "(?:本报)?" + BylineParser.ROLE_WORDS
                    + "|[□◎■●]|[文图][\\s\\u3000\\u00A0]*[／/](?:[\\s\\u3000\\u00A0]*[文图][\\s\\u3000\\u00A0]*)?|撰文[：:]?|作者[：:])"
                    + "[\\s\\u3000\\u00A0]*[\\p{IsHan}·\\s\\u3000\\u00A0、／/]{0,30}$"));
    /**
     * A parenthesised note closing an article on a line of its own: its source or author ({@code （本报综合）},
     * {@code （据新华社）}, {@code （作者单位：市委党校）}, {@code （新华社北京3月20日电）}) or a signature
     * ({@code （记者 李娜）}); not a bare number such as {@code （一）}.
     */
    private static final Pattern CLOSING_NOTE = Pattern.compile(
            "^[（(](?![一二三四五六七八九十\\d０-９]{1,3}[）)])[^（）()]{2,40}[）)]$");
    /**
     * A date alone on a line, as under a notice's signature or in a page header: {@code 2022年3月10日},
     * {@code 二〇二二年三月十日 星期四}, {@code 2022-03-10}. Never a headline.
     */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?:(?:19|20)\\d{2}|[０-９]{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*)?"
                    + "(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*"
                    + "(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号]"
                    + "(?:[\\s\\u3000]*(?:星期|周)[一二三四五六日天])?$"
                    + "|^(?:19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}$");
    /** Contact details under a notice or advertisement: {@code 联系电话：0358-6012345}, {@code 联系人：王先生}. */
    private static final Pattern CONTACT = Pattern.compile(TraditionalForms.either(
            "^(?:联系电话|咨询电话|报名电话|监督电话|举报电话|电话|联系人|联系地址|地址|邮编|邮政编码|传真|电子邮箱|邮箱|网址)\\s*[：:]"));

    /**
     * The title of a notice, announcement or other official text: {@code 关于做好春季森林防火工作的通告},
     * {@code 太原市人民政府公告}. Such a title starts a text of its own wherever it stands.
     */
    private static final Pattern OFFICIAL_TITLE = Pattern.compile(TraditionalForms.either(
            "^[^，,：:]{0,40}(?:通告|公告|通知|启事|声明|公报|决定|决议|倡议书|公开信|告知书|公示|名单|更正|讣告|致歉)$"));
    private static final int HEADLINE_MAX = 64;

    private NewsText() {
    }

    /** Whether the text ends a sentence and does not lead on to what follows with a colon. */
    static boolean endsStatement(String text) {
        return endsSentence(text) && !endsWithColon(text);
    }

    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0 || endsInNoteAfterSentence(text);
    }

    /**
     * A sentence followed by a bracketed note, as a piece is signed or sourced: {@code …。（汾河）},
     * {@code …。（市防汛办）}, {@code …。（据新华社）}.
     */
    static boolean endsInNoteAfterSentence(String text) {
        int last = text.length() - 1;
        if (last < 2 || text.charAt(last) != '）' && text.charAt(last) != ')') {
            return false;
        }
        int open = Math.max(text.lastIndexOf('（', last), text.lastIndexOf('(', last));
        if (open < 1 || last - open > 41) {
            return false;
        }
        int end = open;
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--; // …。”（李平）
        }
        char before = end > 0 ? text.charAt(end - 1) : ' ';
        return before == '。' || before == '！' || before == '？' || before == '!' || before == '?';
    }

    /** Whether the text ends in {@code （完）} or {@code （待续）}: the end of this article, not another's source. */
    static boolean endsInEndMark(String text) {
        return ENDS_IN_END_MARK.matcher(text).find();
    }

    static boolean isClosersOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CLOSERS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /**
     * Whether the line opens with a short label (up to six characters) and a colon, as rows of a list and the
     * turns of an interview do: {@code 明天：小雨}, {@code 记者：…}.
     */
    static boolean opensWithLabel(String text) {
        int colon = -1;
        for (int i = 0; i < Math.min(text.length(), 7); i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 1) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithContinuation(String text) {
        return !text.isEmpty() && CONTINUATIONS.indexOf(text.charAt(0)) >= 0;
    }

    static boolean endsWithOpener(String text) {
        return !text.isEmpty() && OPENERS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Whether a quotation mark or bracket opened in the text is still open at its end. */
    static boolean hasOpenPair(String text) {
        PairBalance balance = new PairBalance();
        balance.scan(text);
        return balance.anyOpen();
    }

    /**
     * A short headline with an exclamation or question inside it, as evening papers write them:
     * {@code “查帕卡”来了！明后天有大到暴雨}, {@code iPhone 13要来了？二手市场先动起来}: no full stop or
     * semicolon, at most one comma.
     */
    private static boolean isExclaimingHeadline(String text) {
        return length(text) <= 32 && text.indexOf('。') < 0 && text.indexOf('；') < 0 && count(text, '，') <= 1;
    }

    /** Sentence ends inside the text, not counting the last character: the line holds running prose. */
    static boolean hasInnerSentenceEnd(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                return true;
            }
        }
        return false;
    }

    static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * A line that could be a headline: short, no sentence inside it (an exclamation or question may stand inside
     * a short one), not ending mid-clause. Headlines may end in {@code ？} or {@code ！}, or in a colon when they
     * lead in to the title. Not a credit line, a date alone, contact details, a sentence of prose ending in
     * {@code ！} after commas, or prose trailing off in {@code ……}.
     */
    static boolean isHeadlineLike(String text) {
        if (text.isEmpty() || length(text) > HEADLINE_MAX || startsWithContinuation(text)
                || hasInnerSentenceEnd(text) && !isExclaimingHeadline(text) || endsWithOpener(text)
                || isCreditLine(text)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '。' || last == '；' || last == ';') {
            return false;
        }
        if ((last == '！' || last == '？' || last == '!' || last == '?')
                && (count(text, '，') >= 2 || count(text, '，') >= 1 && text.indexOf('：') > 0)) {
            return false; // a sentence of prose (警方提醒：凡是……，都是诈骗！), not a headline
        }
        if (last == '…' && (text.indexOf('，') >= 0 || text.indexOf('“') >= 0)) {
            return false; // a sentence trailing off (那一刻，车间里安静极了……), or speech: prose
        }
        return count(text, '，') + count(text, ',') <= 2 && !isDateLine(text) && !isContactLine(text);
    }

    /** Asked of every headline-like line: the pattern runs only on short lines with 月 or opening with a digit. */
    static boolean isDateLine(String text) {
        return text.length() <= 24 && (text.indexOf('月') >= 0 || Character.isDigit(text.charAt(0)))
                && DATE_LINE.matcher(text).matches();
    }

    /** Asked of every headline-like line: the pattern runs only where a colon follows a label's few characters. */
    private static boolean isContactLine(String text) {
        int colon = text.indexOf('：');
        return (colon > 0 && colon <= 16 || text.indexOf(':') > 0) && CONTACT.matcher(text).lookingAt();
    }

    /**
     * A line of three or more short cells set apart by spaces, as in a table ({@code 太原 小雨 2℃～9℃}). A headline
     * may have one such line ({@code 新思想 新征程 新作为}), never two in a row.
     */
    static boolean isTableRow(String text) {
        int cells = 0;
        int cell = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isSpace(text.charAt(i))) {
                if (cell > 0) {
                    if (cell > 8) {
                        return false;
                    }
                    cells++;
                }
                cell = 0;
            } else {
                cell++;
            }
        }
        return cells >= 3;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t';
    }

    /**
     * The commonest Chinese surnames (they cover nearly nine in ten people). A weak test of a name, as many are
     * common words too (文, 和, 明, 高): used only where the place already suggests a name (a short line under a
     * title, brackets after a last sentence, a title before a line break).
     */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            + "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
            + "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
            + "柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final Pattern COMPOUND_SURNAME = Pattern.compile("欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|长孙|宇文|司徒|夏侯");
    private static final Pattern BARE_NAME = Pattern.compile(
            "^(?:[\\p{IsHan}]{2,3}|[\\p{IsHan}][\\s\\u3000\\u00A0]+[\\p{IsHan}]|(?:" + COMPOUND_SURNAME.pattern()
                    + ")[\\p{IsHan}]{1,2})$");

    /** A line that is just a person's name: {@code 王晓东}, {@code 郝 帅}, {@code 欧阳明}. */
    static boolean isBareName(String text) {
        return text.length() <= 5 && startsWithSurname(text) && BARE_NAME.matcher(text).matches();
    }

    /**
     * Whether the line ends in a title or role and a surname alone ({@code 老党员郑}, {@code 秘书张}, {@code 队长林}):
     * a name cut by a line end, for no sentence ends that way.
     */
    static boolean endsInCutName(String text) {
        int n = text.length();
        return n >= 3 && SURNAMES.indexOf(text.charAt(n - 1)) >= 0 && "员长任书者师授士官理委席总".indexOf(text.charAt(n - 2)) >= 0;
    }

    static boolean startsWithSurname(String text) {
        return !text.isEmpty() && (SURNAMES.indexOf(text.charAt(0)) >= 0 || COMPOUND_SURNAME.matcher(text).lookingAt());
    }

    static boolean isOfficialTitle(String text) {
        return OFFICIAL_TITLE.matcher(text).matches();
    }

    /** A question put to someone in an interview: {@code 记者：您今年带来了哪些建议？}. */
    static boolean isQuestion(String text) {
        int end = text.length();
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && (text.charAt(end - 1) == '？' || text.charAt(end - 1) == '?') && opensWithLabel(text);
    }

    /** Whether the line ends in a colon: it leads in to what follows, so it can open a headline but not end one. */
    static boolean endsWithColon(String text) {
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return last == '：' || last == ':';
    }

    /**
     * A line that closes an article rather than being its text or the next one's headline: an editor's or
     * source credit, {@code （完）}, or a photographer's credit under a picture ({@code 本报记者 周文 摄}).
     */
    static boolean isCreditLine(String text) {
        return mayBeCreditLine(text)
                && (CREDIT_LINE.matcher(text).matches() || SOURCE_LINE.matcher(text).matches())
                || PhotoCredit.isLine(text) || isClosingNote(text);
    }

    private static boolean isClosingNote(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        return (first == '（' || first == '(') && text.length() <= 42 && CLOSING_NOTE.matcher(text).matches();
    }

    /**
     * Whether {@code text} has what {@link #CREDIT_LINE} or {@link #SOURCE_LINE} needs: a colon at most 40
     * characters from the end, a book title mark, or at most 8 characters. Most paragraphs have none, and the
     * layout-break repair asks about every paragraph twice: this spares them the patterns.
     */
    private static boolean mayBeCreditLine(String text) {
        if (text.length() <= 8 || text.indexOf('《') >= 0) {
            return true;
        }
        for (int i = Math.max(0, text.length() - 44); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':') {
                return true;
            }
        }
        return false;
    }

    static boolean isIntertitle(String text) {
        return INTERTITLE_MARK.matcher(text).lookingAt();
    }

    static boolean isStandaloneByline(String text) {
        return length(text) <= 30 && mayBeByline(text) && STANDALONE_BYLINE.matcher(text).matches()
                && !HeadlineRoles.isColumn(text); // 记者手记 names a column, not a reporter called 手记
    }

    /**
     * Whether {@link #STANDALONE_BYLINE} could match: the line names a role (…者, …员, 实习生) or opens with a mark, 文,
     * 图, 撰文 or 作者. Every piece of every seed is asked, by the layout-break repair, whether it is a byline.
     */
    private static boolean mayBeByline(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        return text.indexOf('者') >= 0 || text.indexOf('员') >= 0 || text.indexOf('員') >= 0
                || text.indexOf('生') >= 0 || "□◎■●文图圖撰作".indexOf(first) >= 0;
    }
}
