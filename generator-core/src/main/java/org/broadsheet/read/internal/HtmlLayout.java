package org.broadsheet.read.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Where the parts of an article are in an archive's saved web pages: one CSS selector (jsoup syntax) per
 * part, set in {@code broadsheet.properties} as {@code html.content}, {@code html.kicker}, {@code html.title},
 * {@code html.subtitle}, {@code html.byline}, {@code html.page} and {@code html.drop}. A part left unset is
 * found by the defaults, which know the common digital-edition (数字报) layouts; {@code html.drop} adds to
 * the elements always dropped (scripts, styles, navigation, forms, ads).
 *
 * <p>Immutable and thread-safe.
 *
 * @param content  the element holding the body text
 * @param kicker   the 引题
 * @param title    the 主题
 * @param subtitle the 副题
 * @param byline   the element naming the reporters
 * @param page     the element whose text names the printed page, such as {@code 第01版：要闻}
 * @param drop     elements to remove before anything is read
 */
public record HtmlLayout(String content, String kicker, String title, String subtitle, String byline, String page,
                         String drop) {
    /** The settings keys, in the order of the components. */
    public static final List<String> KEYS = List.of("html.content", "html.kicker", "html.title", "html.subtitle",
            "html.byline", "html.page", "html.drop");
    public static final HtmlLayout DEFAULT = new HtmlLayout(null, null, null, null, null, null, null);

    /** Thrown for a selector jsoup cannot parse; names the key and quotes the value. */
    public static final class BadSelectorException extends Exception {
        private final String key;

        BadSelectorException(String key, String message) {
            super(message);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The layout the {@code html.*} entries of a settings map give; other entries are ignored. */
    public static HtmlLayout of(Map<String, String> settings) throws BadSelectorException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : KEYS) {
            String value = settings.get(key);
            if (value != null && !value.isBlank()) {
                try {
                    QueryParser.parse(value.strip());
                } catch (Selector.SelectorParseException e) {
                    throw new BadSelectorException(key, key + " '" + value.strip() + "' is not a CSS selector jsoup "
                            + "understands: " + e.getMessage());
                }
                values.put(key, value.strip());
            }
        }
        return new HtmlLayout(values.get("html.content"), values.get("html.kicker"), values.get("html.title"),
                values.get("html.subtitle"), values.get("html.byline"), values.get("html.page"), values.get("html.drop"));
    }
}
