package org.broadsheet.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Archive;
import org.broadsheet.model.ArchiveSettings;
import org.broadsheet.render.SitemapEntry;
import org.junit.jupiter.api.Test;

/** Pages go into one sitemap per month of their date, cut at the most URLs a file may hold, and an index lists them. */
class SitemapsTest {
    private static final SiteContext SITE = new SiteContext(new Archive(
            new ArchiveSettings("档案", null, null, "https://example.org/", null), List.of()), new IssueDigests());

    private static PlannedPage page(String path, String published) {
        return new PlannedPage(path, "article.ftlh", published, Map::of);
    }

    @SuppressWarnings("unchecked")
    private static List<String> locs(PlannedPage sitemap) {
        return ((List<SitemapEntry>) sitemap.model().get("urls")).stream().map(SitemapEntry::loc).toList();
    }

    @Test
    void pagesAreListedByMonthInFilesOfAtMostTheLimitAndTheIndexListsEveryFile() {
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(page("", null));
        for (int day = 1; day <= 7; day++) {
            pages.add(page("2021/03/0" + day + "/", "2021-03-0" + day));
        }
        pages.add(page("2021/04/02/", "2021-04-02"));
        pages.add(page("2022/01/01/", "2022-01-01"));
        pages.add(page("404.html", null));
        pages.add(page("reporters/", null));

        List<PlannedPage> sitemaps = new Sitemaps(SITE, 3).plan(pages, List.of());

        assertEquals(List.of("sitemaps/2021-03.xml", "sitemaps/2021-03-2.xml", "sitemaps/2021-03-3.xml",
                "sitemaps/2021-04.xml", "sitemaps/2022-01.xml", "sitemaps/pages.xml", "sitemap.xml"),
                sitemaps.stream().map(PlannedPage::path).toList());
        assertEquals(List.of("https://example.org/2021/03/01/", "https://example.org/2021/03/02/",
                "https://example.org/2021/03/03/"), locs(sitemaps.get(0)));
        assertEquals(List.of("https://example.org/2021/03/07/"), locs(sitemaps.get(2)));
        assertEquals(List.of("https://example.org/2021/04/02/"), locs(sitemaps.get(3)));
        assertEquals(List.of("https://example.org/", "https://example.org/reporters/"), locs(sitemaps.get(5)),
                "undated pages, and never the 404 page");
        assertEquals(List.of("https://example.org/sitemaps/2021-03.xml", "https://example.org/sitemaps/2021-03-2.xml",
                "https://example.org/sitemaps/2021-03-3.xml", "https://example.org/sitemaps/2021-04.xml",
                "https://example.org/sitemaps/2022-01.xml", "https://example.org/sitemaps/pages.xml"),
                sitemaps.get(6).model().get("sitemaps"));
    }

    @Test
    void aMonthsSitemapIsFingerprintedByItsOwnPagesOnly() {
        List<PlannedPage> before = new ArrayList<>(List.of(page("2021/03/01/", "2021-03-01"), page("2022/01/01/", "2022-01-01")));
        List<PlannedPage> after = new ArrayList<>(before);
        after.add(page("2022/01/02/", "2022-01-02"));
        List<PlannedPage> a = new Sitemaps(SITE).plan(before, List.of());
        List<PlannedPage> b = new Sitemaps(SITE).plan(after, List.of());
        assertEquals(a.get(0).inputs().get(), b.get(0).inputs().get(), "2021-03's sitemap is kept");
        org.junit.jupiter.api.Assertions.assertNotEquals(a.get(1).inputs().get(), b.get(1).inputs().get());
    }

    private static PlannedGroup issue(String path, String published, int articles) {
        List<PlannedPage> pages = new ArrayList<>();
        pages.add(page(path, published));
        for (int i = 1; i <= articles; i++) {
            pages.add(page(path + i + ".html", published));
        }
        return new PlannedGroup(path, published, pages.size(), List.of("article.ftlh"), () -> "inputs", () -> pages);
    }

    @Test
    void aGroupsPagesAreListedInItsMonthAndCutBetweenFilesLikeAnyOthers() {
        List<PlannedPage> sitemaps = new Sitemaps(SITE, 3).plan(List.of(page("", null)),
                List.of(issue("2021/03/01/", "2021-03-01", 1), issue("2021/03/02/", "2021-03-02", 2),
                        issue("undated/a/", null, 1)));

        assertEquals(List.of("sitemaps/2021-03.xml", "sitemaps/2021-03-2.xml", "sitemaps/pages.xml", "sitemap.xml"),
                sitemaps.stream().map(PlannedPage::path).toList());
        assertEquals(List.of("https://example.org/2021/03/01/", "https://example.org/2021/03/01/1.html",
                "https://example.org/2021/03/02/"), locs(sitemaps.get(0)));
        assertEquals(List.of("https://example.org/2021/03/02/1.html", "https://example.org/2021/03/02/2.html"),
                locs(sitemaps.get(1)));
        assertEquals(List.of("https://example.org/", "https://example.org/undated/a/",
                "https://example.org/undated/a/1.html"), locs(sitemaps.get(2)));
    }

    @Test
    void aSitemapOfGroupsChangesWhenAGroupGainsAPageNotWhenItsPagesChange() {
        PlannedGroup one = issue("2021/03/01/", "2021-03-01", 1);
        PlannedGroup same = new PlannedGroup(one.name(), one.published(), one.size(), one.templates(),
                () -> "other inputs", one.pages());
        Object before = new Sitemaps(SITE).plan(List.of(), List.of(one)).get(0).inputs().get();
        assertEquals(before, new Sitemaps(SITE).plan(List.of(), List.of(same)).get(0).inputs().get());
        org.junit.jupiter.api.Assertions.assertNotEquals(before,
                new Sitemaps(SITE).plan(List.of(), List.of(issue("2021/03/01/", "2021-03-01", 2))).get(0).inputs().get());
    }
}
