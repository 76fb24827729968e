package org.broadsheet.read.internal;

/**
 * The traditional forms of the simplified characters in the reader's words ({@code 本报讯}, {@code 记者},
 * {@code 通讯员}, {@code 责任编辑}, {@code 强调}, {@code 副题}…), so that a pattern written once in simplified
 * characters also reads an archive printed in traditional ones (Hong Kong, Taiwan, mainland papers before 1956):
 * {@code 本報訊（記者 張麗）}. Only these characters: the text itself, names included, is never converted.
 */
final class TraditionalForms {
    private static final String SIMPLIFIED = "报网闻电视广户讯据见习驻体摄记员实评论约强调称说认为号语确贺发责编辑对审组设计图制监统筹划终总来转载续节台题";
    private static final String TRADITIONAL = "報網聞電視廣戶訊據見習駐體攝記員實評論約強調稱說認為號語確賀發責編輯對審組設計圖製監統籌劃終總來轉載續節臺題";

    static {
        if (SIMPLIFIED.length() != TRADITIONAL.length()) {
            throw new AssertionError("the simplified and traditional forms are not paired");
        }
    }

    private TraditionalForms() {
    }

    /**
     * {@code regex} with each of the simplified characters above also matching its traditional form: as a class
     * of the two outside brackets ({@code 记者} → {@code [记記]者}), as one more member inside them. Escapes are
     * copied as they are.
     */
    static String either(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 32);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            int at = SIMPLIFIED.indexOf(c);
            if (at < 0) {
                out.append(c);
            } else if (inClass) {
                out.append(c).append(TRADITIONAL.charAt(at));
            } else {
                out.append('[').append(c).append(TRADITIONAL.charAt(at)).append(']');
            }
        }
        return out.toString();
    }

    /** {@code text} with the traditional forms above in their simplified form, for comparing it with a word. */
    static String simplified(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            int at = TRADITIONAL.indexOf(text.charAt(i));
            if (at >= 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, SIMPLIFIED.charAt(at));
            }
        }
        return out == null ? text : out.toString();
    }
}
