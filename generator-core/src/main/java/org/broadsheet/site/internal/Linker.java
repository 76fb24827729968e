package org.broadsheet.site.internal;

import org.broadsheet.render.Link;
import org.broadsheet.site.SiteLayout;

/**
 * Makes links from one page to others. Links are relative ({@code ../../2022/03/04/}) so that a site works
 * at a host's root, under a sub-path and from any local server; a page served at any address (the 404 page)
 * links from the base path instead ({@code /archive/2022/}).
 *
 * @param root the prefix that leads from the page to the site's root, such as {@code ./} or {@code ../../}
 */
record Linker(String root) {
    /** The linker for a page at {@code path}, such as {@code 2022/03/04/1/}. */
    static Linker from(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return new Linker(depth == 0 ? "./" : "../".repeat(depth));
    }

    /** The href of a site path, such as {@code 2022/03/}; the home page is {@code ""}. */
    String href(String path) {
        return root + SiteLayout.href(path);
    }

    Link link(String path, String label) {
        return new Link(href(path), label);
    }

    /** A link to a site path already made fit for a link by {@link SiteLayout#href(String)}. */
    Link linkToHref(String href, String label) {
        return new Link(root + href, label);
    }
}
