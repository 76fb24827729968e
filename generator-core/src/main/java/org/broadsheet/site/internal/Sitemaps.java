package org.broadsheet.site.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.broadsheet.render.SitemapEntry;
import org.broadsheet.site.SiteLayout;

/**
 * The site's sitemaps: {@code sitemap.xml} is a sitemap index, listing one sitemap per month of the pages' dates
 * ({@code sitemaps/2022-03.xml}) and one of the pages without a date ({@code sitemaps/pages.xml}), each cut into
 * files of at most {@value #MOST_URLS} URLs ({@code sitemaps/2022-03-2.xml} …), the most the sitemap protocol
 * allows in one file; a five-year archive has some 80,000 pages. A daily update rewrites its month's sitemap
 * (about 1,300 URLs for a daily paper), not its year's or a list of every page.
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

    /**
     * The sitemaps of {@code pages} (the 404 page left out) and of the pages of {@code groups}, then the index,
     * each fingerprinted by what it lists.
     */
    List<PlannedPage> plan(List<PlannedPage> pages, List<PlannedGroup> groups) {
        Map<String, List<Listed>> months = new TreeMap<>();
        for (PlannedPage page : pages) {
            if (!page.path().equals(SiteLayout.NOT_FOUND)) {
                months.computeIfAbsent(month(page.published()), g -> new ArrayList<>()).add(new Listed(page, null, 0, 1));
            }
        }
        for (PlannedGroup group : groups) {
            months.computeIfAbsent(month(group.published()), g -> new ArrayList<>())
                    .add(new Listed(null, group, 0, group.size()));
        }
        List<PlannedPage> sitemaps = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (Map.Entry<String, List<Listed>> month : months.entrySet()) {
            List<List<Listed>> files = cut(month.getValue());
            for (int part = 1; part <= files.size(); part++) {
                List<Listed> file = files.get(part - 1);
                String path = SiteLayout.sitemap(part == 1 ? month.getKey() : month.getKey() + "-" + part);
                sitemaps.add(new PlannedPage(path, "sitemap.ftlx", null, () -> urls(file), () -> inputs(file)));
                listed.add(site.absolute(path));
            }
        }
        sitemaps.add(new PlannedPage(SiteLayout.SITEMAP, "sitemap-index.ftlx", null,
                () -> Map.of("sitemaps", listed)));
        return sitemaps;
    }

    /** The month of an ISO date, such as {@code 2022-03}. */
    private static String month(String published) {
        return published == null ? UNDATED : published.substring(0, published.lastIndexOf('-'));
    }

    /**
     * What one sitemap lists: a page, or the pages {@code from} (inclusive) to {@code to} (exclusive) of a group,
     * which a file's limit may cut between two sitemaps.
     */
    private record Listed(PlannedPage page, PlannedGroup group, int from, int to) {
    }

    /** A month's pages cut into files of at most {@link #mostUrls} URLs. */
    private List<List<Listed>> cut(List<Listed> month) {
        List<List<Listed>> files = new ArrayList<>();
        List<Listed> file = new ArrayList<>();
        int room = mostUrls;
        for (Listed listed : month) {
            for (int from = listed.from(); from < listed.to(); ) {
                if (room == 0) {
                    files.add(file);
                    file = new ArrayList<>();
                    room = mostUrls;
                }
                int to = Math.min(listed.to(), from + room);
                file.add(new Listed(listed.page(), listed.group(), from, to));
                room -= to - from;
                from = to;
            }
        }
        if (!file.isEmpty()) {
            files.add(file);
        }
        return files;
    }

    private Map<String, Object> urls(List<Listed> file) {
        List<SitemapEntry> urls = new ArrayList<>();
        for (Listed listed : file) {
            List<PlannedPage> pages = listed.page() != null ? List.of(listed.page())
                    : listed.group().pages().get().subList(listed.from(), listed.to());
            for (PlannedPage page : pages) {
                urls.add(new SitemapEntry(site.absolute(page.path()), page.published()));
            }
        }
        return Map.of("urls", urls);
    }

    /**
     * What a sitemap is made from: the site's address and the paths and dates it lists, not its entries; a group's
     * pages by the group's name, size and date, which decide their paths.
     */
    private Object inputs(List<Listed> file) {
        List<Object> inputs = new ArrayList<>(file.size() * 2 + 1);
        inputs.add(site.settings().baseUrl());
        for (Listed listed : file) {
            if (listed.page() != null) {
                inputs.add(listed.page().path());
                inputs.add(listed.page().published());
            } else {
                inputs.add(java.util.Arrays.asList(listed.group().name(), listed.group().size(), listed.from(),
                        listed.to(), listed.group().published()));
            }
        }
        return inputs;
    }
}
