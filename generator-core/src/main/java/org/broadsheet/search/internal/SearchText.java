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
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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
