package org.broadsheet.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;

/**
 * What search sees of an article, and how text is normalised before it is compared.
 *
 * <p>A term matches when it is a substring of one <em>unit</em>: the title, the kicker, the subtitle, each
 * part of the byline, or one paragraph, after {@link #normalise}. Units are never joined, so a term never runs
 * from one paragraph into the next. {@code assets/search.js} normalises queries the same way.
 */
public final class SearchText {
    private SearchText() {
    }

    /**
     * NFKC, then lower case by the Unicode default rules: full-width Latin letters and digits fold to
     * half-width, {@code GDP} to {@code gdp}; nothing else is folded (no traditional/simplified mapping,
     * no punctuation stripping). JavaScript's {@code s.normalize('NFKC').toLowerCase()} gives the same.
     */
    public static String normalise(String text) {
        int[] simple = simple(text);
        return simple != null ? new String(simple, 0, simple.length)
                : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The code points of {@link #normalise normalise(text)}, as the index reads every unit of every article. */
    public static int[] normalisedCodePoints(String text) {
        int[] simple = simple(text);
        return simple != null ? simple : normalise(text).codePoints().toArray();
    }

    /**
     * The code points of {@code text} normalised without the normaliser, when every character is one NFKC keeps
     * or maps to a single ASCII character, and no two of them compose: ASCII, the common CJK ideographs, full-width
     * ASCII, the ideographic space and the punctuation of Chinese text. That is most of a newspaper's text, and
     * running NFKC and lower-casing over it was a fifth of the search index's time. Null for any other text.
     */
    private static int[] simple(String text) {
        int[] folded = new int[text.length()];
        for (int i = 0; i < folded.length; i++) {
            int c = simple(text.charAt(i));
            if (c < 0) {
                return null;
            }
            folded[i] = c;
        }
        return folded;
    }

    /** What NFKC and lower-casing make of {@code c} when it is one of the simple characters; -1 otherwise. */
    static int simple(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c -= 0xFEE0; // full-width ASCII
        } else if (c == 0x3000) {
            return ' ';
        }
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        boolean kept = c >= 0x4E00 && c <= 0x9FFF // CJK unified ideographs
                || c >= 0x3001 && c <= 0x3003 || c >= 0x3008 && c <= 0x3011 // 、。〃〈〉《》「」『』【】
                || c == 0x2010 || c >= 0x2012 && c <= 0x2015 || c >= 0x2018 && c <= 0x201F // dashes (not U+2011), quotes
                || c == 0x00B7 || c == 0x2022 || c == 0x3014 || c == 0x3015; // ·•〔〕
        return kept ? c : -1;
    }

    /**
     * The article's units as printed (not normalised): the title, always first, even when empty, so that a
     * hit's position tells whether it is in the title; then kicker, subtitle, byline parts and paragraphs,
     * absent and empty ones left out.
     */
    public static List<String> units(Article article) {
        List<String> units = new ArrayList<>();
        units.add(article.title());
        add(units, article.kicker());
        add(units, article.subtitle());
        bylineUnits(article.byline()).forEach(unit -> add(units, unit));
        article.paragraphs().forEach(paragraph -> add(units, paragraph));
        return units;
    }

    /** The byline's parts, each searched on its own: prefix, organisation, each reporter, dateline. */
    public static List<String> bylineUnits(Byline byline) {
        List<String> units = new ArrayList<>();
        add(units, byline.prefix());
        add(units, byline.organization());
        byline.reporters().forEach(reporter -> add(units, reporter));
        add(units, byline.dateline());
        return units;
    }

    private static void add(List<String> units, String text) {
        if (text != null && !text.isEmpty()) {
            units.add(text);
        }
    }
}
