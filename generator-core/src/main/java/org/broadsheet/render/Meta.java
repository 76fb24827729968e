package org.broadsheet.render;

import java.util.Objects;

/**
 * What a page's {@code <head>} says about it, and where it finds the site's shared files.
 *
 * @param lang        the BCP 47 language of the page, for {@code <html lang>}
 * @param title       the whole {@code <title>}, naming the page and the site
 * @param description a plain-text summary for {@code <meta name="description">} and Open Graph
 * @param canonical   the page's absolute URL, from the archive's base URL
 * @param type        the Open Graph type: {@code website} or {@code article}
 * @param siteName    the site's title
 * @param root        the prefix that leads from this page to the site's root: {@code ./}, {@code ../../}, or the
 *                    base path for pages served at any address, such as {@code 404.html}
 * @param stylesheet  the href of the theme's stylesheet
 * @param feed        the href of the Atom feed
 * @param published   the ISO date the page's article or issue was published, or {@code null}
 * @param jsonLd      schema.org JSON-LD, already escaped so that it cannot close its {@code <script>}, or {@code null}
 * @param indexable   whether search engines may index the page
 */
public record Meta(String lang, String title, String description, String canonical, String type, String siteName, String root, String stylesheet, String feed, String published, String jsonLd, boolean indexable) {
    public Meta {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(root, "root");
    }
}
