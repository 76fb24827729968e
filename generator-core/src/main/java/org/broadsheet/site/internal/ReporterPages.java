package org.broadsheet.site.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.broadsheet.render.ArticleCard;
import org.broadsheet.render.Link;
import org.broadsheet.render.Pagination;
import org.broadsheet.render.ReporterEntry;
import org.broadsheet.render.ReporterView;
import org.broadsheet.site.SiteLayout;

/**
 * The index of reporters, and each reporter's articles, newest first: a front page with the newest
 * {@value #PAGE_SIZE}, and archive pages of {@value #PAGE_SIZE} counted from the oldest. An archive page is full
 * when made and never changes afterwards (except the newest, whose link to newer articles moves once when the
 * next page fills), so adding an issue rewrites each of its reporters' front pages rather than every page they
 * have, as newest-first numbering would (a daily update of a five-year archive rewrote about 1,100 of them).
 */
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
            pages.add(new PlannedPage(index.front(name), "reporter.ftlh", null, () -> front(name, articles),
                    () -> frontInputs(name, articles)));
            int full = articles.size() / PAGE_SIZE;
            for (int page = 1; page <= full; page++) {
                int number = page;
                pages.add(new PlannedPage(index.archive(name, page), "reporter.ftlh", null,
                        () -> archive(name, articles, number), () -> archiveInputs(name, articles, number)));
            }
        }
    }

    /** The front page's articles: the newest. */
    private static List<Placed> newest(List<Placed> articles) {
        return articles.subList(0, Math.min(articles.size(), PAGE_SIZE));
    }

    /** An archive page's articles, newest first: the {@code page}-th {@value #PAGE_SIZE} counted from the oldest. */
    private static List<Placed> archived(List<Placed> articles, int page) {
        int n = articles.size();
        return articles.subList(n - page * PAGE_SIZE, n - (page - 1) * PAGE_SIZE);
    }

    /** Whether an archive page is the newest: its link to newer articles goes to the front page. */
    private static boolean newestArchived(List<Placed> articles, int page) {
        return page == articles.size() / PAGE_SIZE;
    }

    /** The archive page holding the article just older than the front page's, or 0 when there is none. */
    private static int olderThanFront(List<Placed> articles) {
        int n = articles.size();
        return n > PAGE_SIZE ? (n - PAGE_SIZE - 1) / PAGE_SIZE + 1 : 0;
    }

    private Map<String, Object> index() {
        ReporterIndex index = site.reporters();
        Linker linker = Linker.from(SiteLayout.REPORTERS);
        List<ReporterEntry> entries = index.names().stream()
                .map(name -> new ReporterEntry(linker.link(index.front(name), name), index.articles(name).size()))
                .toList();
        Map<String, Object> model = site.frame(SiteLayout.REPORTERS, linker, SiteContext.Head.of("记者",
                site.settings().title() + "的" + entries.size() + "位记者及其报道"), SiteContext.SECTION_REPORTERS);
        model.put("reporters", entries);
        return model;
    }

    private Object frontInputs(String name, List<Placed> articles) {
        return Arrays.asList(site.shared(), site.reporters().front(name), name, articles.size(),
                listed(newest(articles)), olderThanFront(articles));
    }

    /** An archive page's inputs leave out the reporter's article count, which every new article changes. */
    private Object archiveInputs(String name, List<Placed> articles, int page) {
        return Arrays.asList(site.shared(), site.reporters().archive(name, page), name, page,
                newestArchived(articles, page), listed(archived(articles, page)));
    }

    /** Each listed article's issue (by digest) and position: everything its card shows derives from these. */
    private List<Object> listed(List<Placed> articles) {
        List<Object> listed = new ArrayList<>();
        for (Placed placed : articles) {
            listed.add(placed.issue().key());
            listed.add(site.digest(placed.issue()));
            listed.add(placed.position());
        }
        return listed;
    }

    private Map<String, Object> front(String name, List<Placed> articles) {
        ReporterIndex index = site.reporters();
        String path = index.front(name);
        Linker linker = Linker.from(path);
        int older = olderThanFront(articles);
        Pagination pagination = new Pagination(null,
                older > 0 ? linker.link(index.archive(name, older), "较早的报道") : null, null,
                older > 1 ? linker.link(index.archive(name, 1), "最早的报道") : null);
        return model(path, linker, SiteContext.Head.of("记者 " + name,
                "记者" + name + "在" + site.settings().title() + "中的" + articles.size() + "篇报道"),
                new ReporterView(name, articles.size(), null, cards(newest(articles), linker), pagination));
    }

    private Map<String, Object> archive(String name, List<Placed> articles, int page) {
        ReporterIndex index = site.reporters();
        String path = index.archive(name, page);
        Linker linker = Linker.from(path);
        boolean newestArchived = newestArchived(articles, page);
        Pagination pagination = new Pagination(
                linker.link(newestArchived ? index.front(name) : index.archive(name, page + 1), "较新的报道"),
                page > 1 ? linker.link(index.archive(name, page - 1), "较早的报道") : null,
                newestArchived ? null : linker.link(index.front(name), "最新的报道"),
                page > 2 ? linker.link(index.archive(name, 1), "最早的报道") : null);
        List<Placed> listed = archived(articles, page);
        String period = period(listed);
        String span = period != null ? period : "第" + page + "页";
        return model(path, linker, SiteContext.Head.of("记者 " + name + "：" + span,
                "记者" + name + "在" + site.settings().title() + "中的报道：" + span),
                new ReporterView(name, null, span, cards(listed, linker), pagination));
    }

    private Map<String, Object> model(String path, Linker linker, SiteContext.Head head, ReporterView view) {
        Map<String, Object> model = site.frame(path, linker, head, SiteContext.SECTION_REPORTERS);
        model.put("reporter", view);
        model.put("reportersIndex", new Link(linker.href(SiteLayout.REPORTERS), "记者"));
        return model;
    }

    private List<ArticleCard> cards(List<Placed> listed, Linker linker) {
        List<ArticleCard> cards = new ArrayList<>();
        for (Placed placed : listed) {
            cards.add(issues.card(placed, linker, true));
        }
        return cards;
    }

    /** The dates a page's articles span, newest first in the list: {@code 2021年3月2日至2021年4月9日}; null if undated. */
    private static String period(List<Placed> listed) {
        List<LocalDate> dates = listed.stream().map(p -> p.issue().date()).filter(Objects::nonNull).toList();
        if (dates.isEmpty()) {
            return null;
        }
        LocalDate first = dates.get(dates.size() - 1);
        LocalDate last = dates.get(0);
        return first.equals(last) ? DateText.day(first) : DateText.day(first) + "至" + DateText.day(last);
    }
}
