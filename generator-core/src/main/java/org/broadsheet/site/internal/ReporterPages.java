package org.broadsheet.site.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.render.ArticleCard;
import org.broadsheet.render.Link;
import org.broadsheet.render.PageNumber;
import org.broadsheet.render.Pagination;
import org.broadsheet.render.ReporterEntry;
import org.broadsheet.render.ReporterView;
import org.broadsheet.site.SiteLayout;

/** The index of reporters, and each reporter's articles, newest first, a page at a time. */
final class ReporterPages {
    static final int PAGE_SIZE = 20;
    private final SiteContext site;
    private final IssuePages issues;

    ReporterPages(SiteContext site, IssuePages issues) {
        this.site = site;
        this.issues = issues;
    }

    void plan(List<PlannedPage> pages) {
        ReporterIndex index = site.reporters();
        pages.add(new PlannedPage(SiteLayout.REPORTERS, "reporters.ftlh", null, this::index));
        for (String name : index.names()) {
            List<Placed> articles = index.articles(name);
            int count = Math.max(1, (articles.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            for (int page = 1; page <= count; page++) {
                int number = page;
                pages.add(new PlannedPage(index.path(name, page), "reporter.ftlh", null,
                        () -> page(name, articles, number, count), () -> inputs(name, articles, number, count)));
            }
        }
    }

    private Map<String, Object> index() {
        ReporterIndex index = site.reporters();
        Linker linker = Linker.from(SiteLayout.REPORTERS);
        List<ReporterEntry> entries = index.names().stream()
                .map(name -> new ReporterEntry(linker.link(index.path(name, 1), name), index.articles(name).size()))
                .toList();
        Map<String, Object> model = site.frame(SiteLayout.REPORTERS, linker, SiteContext.Head.of("记者",
                site.settings().title() + "的" + entries.size() + "位记者及其报道"), SiteContext.SECTION_REPORTERS);
        model.put("reporters", entries);
        return model;
    }

    /**
     * What a reporter's page is made from: its place among the reporter's pages, the reporter's article count,
     * and each listed article's issue (by digest) and position; everything a card shows derives from these.
     * A kept page then costs no cards and no links.
     */
    private Object inputs(String name, List<Placed> articles, int page, int count) {
        List<Object> listed = new ArrayList<>();
        for (Placed placed : articles.subList((page - 1) * PAGE_SIZE, Math.min(articles.size(), page * PAGE_SIZE))) {
            listed.add(placed.issue().key());
            listed.add(site.digest(placed.issue()));
            listed.add(placed.position());
        }
        return java.util.Arrays.asList(site.shared(), site.reporters().path(name, page), name, page, count,
                articles.size(), listed);
    }

    private Map<String, Object> page(String name, List<Placed> articles, int page, int count) {
        ReporterIndex index = site.reporters();
        String path = index.path(name, page);
        Linker linker = Linker.from(path);
        List<ArticleCard> cards = new ArrayList<>();
        for (Placed placed : articles.subList((page - 1) * PAGE_SIZE, Math.min(articles.size(), page * PAGE_SIZE))) {
            cards.add(issues.card(placed, linker, true));
        }
        List<PageNumber> numbers = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            numbers.add(new PageNumber(n, linker.href(index.path(name, n)), n == page));
        }
        Pagination pagination = new Pagination(
                page > 1 ? linker.link(index.path(name, page - 1), "上一页") : null,
                page < count ? linker.link(index.path(name, page + 1), "下一页") : null, numbers);
        String title = page == 1 ? "记者 " + name : "记者 " + name + "（第" + page + "页）";
        Map<String, Object> model = site.frame(path, linker, SiteContext.Head.of(title,
                "记者" + name + "在" + site.settings().title() + "中的" + articles.size() + "篇报道"),
                SiteContext.SECTION_REPORTERS);
        model.put("reporter", new ReporterView(name, articles.size(), cards, pagination));
        model.put("reportersIndex", new Link(linker.href(SiteLayout.REPORTERS), "记者"));
        return model;
    }
}
