package org.broadsheet.read.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives each headline line its role, as Chinese papers set them: three lines are 引题 (kicker), 主题
 * (title) and 副题 (subtitle); of two lines, the first is a kicker when it leads in to the title (ends in
 * 强调, 指出, a colon…) or names a column ({@code 【…】}, {@code 短评}), otherwise they are title and
 * subtitle; a line opening with {@code ——} is a subtitle. A fourth line above them names the column, and
 * goes before the kicker.
 */
final class HeadlineRoles {
    private static final Pattern LEAD_IN = Pattern.compile(TraditionalForms.either(
            "(?:强调|指出|表示|要求|提出|称|说|宣布|透露|认为|号召|希望|寄语|明确|部署|批示|指示|致信|致电|回信|贺信|"
                    + "发表|作出|署名文章|显示|发布|[：:])[”’」』]?$"));
    /** A period alone over a title about it: {@code 前8个月}, {@code 一季度}, {@code 今年以来}. */
    private static final Pattern PERIOD = Pattern.compile(
            "^(?:前[0-9０-９一二三四五六七八九十]{1,2}个?月|[一二三四]季度|上半年|下半年|今年以来|去年以来|"
                    + "[0-9０-９]{1,2}[—－-][0-9０-９]{1,2}月(?:份)?|[0-9０-９]{1,2}月份)$");

    /**
     * The name of a column or kind of piece printed above a title, as only a column is named: in brackets
     * ({@code 【奋进新征程 建功新时代】}, {@code ·民生·}) or one of the names papers use ({@code 短评},
     * {@code 读者来信}, {@code 记者手记}).
     */
    private static final Pattern COLUMN = Pattern.compile(TraditionalForms.either(
            "^(?:【[^】]{1,24}】|［[^］]{1,24}］|\\[[^\\]]{1,24}\\]|·[\\p{IsHan}]{1,8}·|社论|短评|时评|快评|微评|漫评|"
                    + "评论员文章|读者来信|记者手记|记者调查|记者观察|编辑手记|专家解读|一线见闻|新闻分析|新闻特写|人物特写|"
                    + "述评|图片新闻|新闻图片|以案说法|法治在线|今日关注|公司速递|"
                    + "[^·]{2,20}·(?:基层行|一线行|走基层|蹲点记|调研行|见闻|访谈|观察|纪实))$"));
    /**
     * A line that reads as a column's name only above a title: a short name ending in the word for its kind
     * ({@code 今日快评}, {@code 财经观察}) or {@code 聚焦…}. Titles end so too ({@code 奋战在一线}), so these
     * give the first of two lines the kicker's role but never move a line from one article to another.
     */
    private static final Pattern COLUMN_LIKE = Pattern.compile(TraditionalForms.either(
            "^(?:[\\p{IsHan}]{0,4}(?:快评|时评|短评|漫评|调查|速递|观察|视点|关注|热线|手记|札记|随笔|论坛)|聚焦[\\p{IsHan}]{2,8})$"));

    record Headline(String kicker, String title, String subtitle) {
    }

    private HeadlineRoles() {
    }

    static Headline assign(List<String> lines) {
        return switch (lines.size()) {
            case 1 -> new Headline(null, lines.get(0), null);
            case 2 -> twoLines(lines.get(0), lines.get(1));
            case 3 -> new Headline(lines.get(0), lines.get(1), lines.get(2));
            // A column's name over a full headline: it leads the kicker.
            case 4 -> new Headline(lines.get(0) + " " + lines.get(1), lines.get(2), lines.get(3));
            default -> throw new IllegalArgumentException("a headline has 1 to 4 lines, not " + lines.size());
        };
    }

    private static Headline twoLines(String first, String second) {
        if (!isSubtitleMark(second) && (LEAD_IN.matcher(first).find() || isColumn(first) || PERIOD.matcher(first).matches()
                || COLUMN_LIKE.matcher(first).matches()
                || NewsText.isOfficialTitle(second) && !NewsText.isOfficialTitle(first))) {
            return new Headline(first, second, null);
        }
        return new Headline(null, first, second);
    }

    /** Whether the line names a column or kind of piece ({@code 短评}, {@code 【…】}), printed over a title. */
    static boolean isColumn(String line) {
        return COLUMN.matcher(line).matches();
    }

    static boolean isSubtitleMark(String line) {
        return line.startsWith("——") || line.startsWith("--") || line.startsWith("—");
    }
}
