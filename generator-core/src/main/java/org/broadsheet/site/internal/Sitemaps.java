package org.broadsheet.site.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.render.SitemapEntry;
import org.broadsheet.site.SiteLayout;

/**
 * The site's sitemaps: {@code sitemap.xml} is a sitemap index, listing one sitemap per year of the pages' dates
 * ({@code sitemaps/2022.xml}) and one of the pages without a date ({@code sitemaps/pages.xml}), each cut into
 * files of at most {@value #MOST_URLS} URLs ({@code sitemaps/2022-2.xml} …), the most the sitemap protocol allows
 * in one file; a five-year archive has some 80,000 pages. A daily update rewrites its year's sitemap, not a list
 * of every page.
 */
final class Sitemaps {
    static final int MOST_URLS = 50_000;
    private static final String UNDATED = "pages";

    private final SiteContext site;
    private final int mostUrls;

    Sitemaps(SiteContext site) {
        this(site, MOST_URLS);
    }

    /** With files of at most {@code mostUrls} URLs. */
    Sitemaps(SiteContext site, int mostUrls) {
        this.site = site;
        this.mostUrls = mostUrls;
    }

    /** The sitemaps of {@code pages} (the 404 page left out), then the index, each fingerprinted by what it lists. */
    List<PlannedPage> plan(List<PlannedPage> pages) {
        Map<String, List<PlannedPage>> groups = new TreeMap<>();
        for (PlannedPage page : pages) {
            if (!page.path().equals(SiteLayout.NOT_FOUND)) {
                String group = page.published() == null ? UNDATED : page.published().substring(0, 4);
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(page);
            }
        }
        List<PlannedPage> sitemaps = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, List<PlannedPage>> group : groups.entrySet()) {
            List<PlannedPage> members = group.getValue();
            for (int from = 0, part = 1; from < members.size(); from += mostUrls, part++) {
                List<PlannedPage> chunk = members.subList(from, Math.min(members.size(), from + mostUrls));
                String path = SiteLayout.sitemap(part == 1 ? group.getKey() : group.getKey() + "-" + part);
                sitemaps.add(new PlannedPage(path, "sitemap.ftlx", null, () -> urls(chunk), () -> inputs(chunk)));
                listed.add(site.absolute(path));
            }
        }
        sitemaps.add(new PlannedPage(SiteLayout.SITEMAP, "sitemap-index.ftlx", null,
                () -> Map.of("sitemaps", listed)));
        return sitemaps;
    }

    private Map<String, Object> urls(List<PlannedPage> pages) {
        List<SitemapEntry> urls = new ArrayList<>(pages.size());
        for (PlannedPage page : pages) {
            urls.add(new SitemapEntry(site.absolute(page.path()), page.published()));
        }
        return Map.of("urls", urls);
    }

    /** What a sitemap is made from: the site's address and the paths and dates it lists, not its entries. */
    private Object inputs(List<PlannedPage> pages) {
        List<String> listed = new ArrayList<>(pages.size() * 2 + 1);
        listed.add(site.settings().baseUrl());
        for (PlannedPage page : pages) {
            listed.add(page.path());
            listed.add(page.published());
        }
        return listed;
    }
}
