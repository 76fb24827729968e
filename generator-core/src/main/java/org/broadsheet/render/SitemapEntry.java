package org.broadsheet.render;

import java.util.Objects;

/**
 * A page in the sitemap.
 *
 * @param loc     the page's absolute URL, percent-encoded
 * @param lastmod the date its content is from, ISO, or {@code null}
 */
public record SitemapEntry(String loc, String lastmod) {
    public SitemapEntry {
        Objects.requireNonNull(loc, "loc");
    }
}
