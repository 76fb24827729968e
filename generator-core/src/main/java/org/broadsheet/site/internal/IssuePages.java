package org.broadsheet.site.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.broadsheet.internal.Fingerprint;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.render.ArticleCard;
import org.broadsheet.render.ArticleView;
import org.broadsheet.render.IssueView;
import org.broadsheet.render.Link;
import org.broadsheet.render.Section;
import org.broadsheet.site.SiteLayout;

/** The page of each issue and of each of its articles. */
final class IssuePages {
    private final SiteContext site;
    private final NewsArticleJson json;

    IssuePages(SiteContext site) {
        this.site = site;
        this.json = new NewsArticleJson(site);
    }

    /** Templates of an issue's group of pages. */
    static final List<String> TEMPLATES = List.of("issue.ftlh", "article.ftlh");

    /**
     * Per issue, a group of its page and its articles' pages: the group's inputs are the issue page's inputs and
     * what every article page of the issue is made from, from which each page's own inputs derive.
     */
    void plan(List<PlannedGroup> groups) {
        for (Issue issue : site.archive().issues()) {
            groups.add(new PlannedGroup(SiteLayout.issue(issue), iso(issue.date()), issue.articles().size() + 1,
                    TEMPLATES, () -> java.util.Arrays.asList(issueInputs(issue), articlesInputs(issue)),
                    () -> pages(issue)));
        }
    }

    /** The page of {@code issue}, then its articles' pages in printed order. */
    private List<PlannedPage> pages(Issue issue) {
        List<PlannedPage> pages = new ArrayList<>(issue.articles().size() + 1);
        String published = iso(issue.date());
        pages.add(new PlannedPage(SiteLayout.issue(issue), "issue.ftlh", published, () -> issue(issue),
                () -> issueInputs(issue)));
        String articlesInputs = articlesInputs(issue);
        for (int i = 0; i < issue.articles().size(); i++) {
            int position = i + 1;
            String path = SiteLayout.article(issue, position);
            pages.add(new PlannedPage(path, "article.ftlh", published, () -> article(issue, position),
                    () -> java.util.Arrays.asList(articlesInputs, path, position)));
        }
        return pages;
    }

    private Map<String, Object> issue(Issue issue) {
        String path = SiteLayout.issue(issue);
        Linker linker = Linker.from(path);
        IssueView view = view(issue, linker);
        Map<String, Object> model = site.frame(path, linker, new SiteContext.Head(site.fullName(issue),
                description(issue), "website", iso(issue.date()), null), null);
        model.put("issue", view);
        return model;
    }

    /**
     * What an issue's page is made from: the issue itself (by digest), the names of the issues before and after
     * it and of the same day in other years, and what every page shares. Everything else on the page derives from
     * these.
     */
    private Object issueInputs(Issue issue) {
        String path = SiteLayout.issue(issue);
        Linker linker = Linker.from(path);
        Issue before = site.neighbour(issue, -1);
        Issue after = site.neighbour(issue, 1);
        return java.util.Arrays.asList(site.shared(), path, site.digest(issue),
                before == null ? null : linker.link(SiteLayout.issue(before), site.shortName(before)),
                after == null ? null : linker.link(SiteLayout.issue(after), site.shortName(after)),
                otherYears(issue, linker));
    }

    /**
     * What every article page of an issue is made from besides its own path and position, as one digest made
     * once per issue: the issue (by digest: the articles, their neighbours in the issue, the issue's name), the
     * pages of its reporters, and what every page shares.
     */
    private String articlesInputs(Issue issue) {
        List<String> reporters = new ArrayList<>();
        for (Article article : issue.articles()) {
            for (String name : article.byline().reporters()) {
                reporters.add(name);
                reporters.add(site.reporters().front(name));
            }
        }
        return new Fingerprint().add(site.shared()).add(site.digest(issue)).add(reporters).hex();
    }

    private List<Link> reporterLinks(Article article, Linker linker) {
        List<Link> reporters = new ArrayList<>();
        for (String name : article.byline().distinctReporters()) {
            reporters.add(linker.linkToHref(site.reporters().frontHref(name), name));
        }
        return reporters;
    }

    /** An issue's table of contents and neighbours, as seen from a page with {@code linker}. */
    IssueView view(Issue issue, Linker linker) {
        Issue before = site.neighbour(issue, -1);
        Issue after = site.neighbour(issue, 1);
        Link month = issue.date() == null ? null
                : linker.link(SiteLayout.month(YearMonth.from(issue.date())), DateText.month(YearMonth.from(issue.date())));
        return new IssueView(site.fullName(issue), site.publication(issue),
                issue.date() == null ? null : DateText.dayAndWeekday(issue.date()), iso(issue.date()), issue.edition(),
                issue.articles().size(), sections(issue, linker),
                before == null ? null : linker.link(SiteLayout.issue(before), site.shortName(before)),
                after == null ? null : linker.link(SiteLayout.issue(after), site.shortName(after)), month,
                otherYears(issue, linker));
    }

    /**
     * The articles in printed order, grouped by printed page where the seed names pages; each page's section
     * has an anchor and links to the pages before and after it (上一版, 下一版).
     */
    private List<Section> sections(Issue issue, Linker linker) {
        List<Section> groups = new ArrayList<>();
        List<ArticleCard> cards = new ArrayList<>();
        String label = null;
        String number = null;
        for (int i = 0; i < issue.articles().size(); i++) {
            Article article = issue.articles().get(i);
            String page = article.page() == null ? null : article.page().label();
            if (i > 0 && !Objects.equals(page, label)) {
                groups.add(new Section(label, anchor(number, groups), null, null, cards));
                cards = new ArrayList<>();
            }
            label = page;
            number = article.page() == null ? null : article.page().number();
            cards.add(card(new Placed(issue, article, i + 1), linker, false));
        }
        if (!cards.isEmpty()) {
            groups.add(new Section(label, anchor(number, groups), null, null, cards));
        }
        List<Section> sections = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            Section group = groups.get(i);
            sections.add(new Section(group.label(), group.id(), pageLink(groups, i - 1), pageLink(groups, i + 1),
                    group.articles()));
        }
        return sections;
    }

    /** A page's anchor, such as {@code page-01}; unique on the page even when a page is printed twice. */
    private static String anchor(String number, List<Section> before) {
        if (number == null) {
            return null;
        }
        String base = "page-" + number.replaceAll("[^A-Za-z0-9]", "");
        String id = base;
        for (int n = 2; ; n++) {
            String candidate = id;
            if (before.stream().noneMatch(section -> candidate.equals(section.id()))) {
                return id;
            }
            id = base + "-" + n;
        }
    }

    private static Link pageLink(List<Section> sections, int index) {
        if (index < 0 || index >= sections.size() || sections.get(index).id() == null) {
            return null;
        }
        return new Link("#" + sections.get(index).id(), sections.get(index).label());
    }

    /** An article in a list; {@code withIssue} names its issue, for lists that span issues. */
    ArticleCard card(Placed placed, Linker linker, boolean withIssue) {
        Article article = placed.article();
        List<String> names = article.byline().reporters();
        return new ArticleCard(linker.link(placed.path(), article.title()), article.kicker(), article.subtitle(),
                names.isEmpty() ? null : String.join(" ", names),
                article.page() == null ? null : article.page().label(),
                withIssue ? site.shortName(placed.issue()) : null, iso(placed.issue().date()));
    }

    private Map<String, Object> article(Issue issue, int position) {
        Placed placed = new Placed(issue, issue.articles().get(position - 1), position);
        Article article = placed.article();
        String path = placed.path();
        Linker linker = Linker.from(path);
        List<Link> reporters = reporterLinks(article, linker);
        ArticleView view = new ArticleView(article.kicker(), article.title(), article.subtitle(),
                article.byline().organization(), reporters,
                issue.date() == null ? null : DateText.dayAndWeekday(issue.date()), iso(issue.date()),
                article.page() == null ? null : article.page().label(), article.paragraphs(), article.html(),
                citation(placed), linker.link(SiteLayout.issue(issue), site.fullName(issue)),
                neighbour(issue, position - 1, linker), neighbour(issue, position + 1, linker));
        String description = SiteContext.shorten(
                article.paragraphs().isEmpty() ? article.title() : article.paragraphs().get(0));
        Map<String, Object> model = site.frame(path, linker, new SiteContext.Head(article.title(), description,
                "article", iso(issue.date()), json.of(placed, description)), null);
        model.put("article", view);
        return model;
    }

    private Link neighbour(Issue issue, int position, Linker linker) {
        if (position < 1 || position > issue.articles().size()) {
            return null;
        }
        return linker.link(SiteLayout.article(issue, position), issue.articles().get(position - 1).title());
    }

    /**
     * Links to the issues of the same day and month in other years: what happened on this day before or since. On
     * the issue's page, not on each of its articles': a new issue then rewrites the other years' issue pages, not
     * all their articles' pages (160 pages of a five-year archive's daily update).
     */
    private List<Link> otherYears(Issue issue, Linker linker) {
        if (issue.date() == null) {
            return List.of();
        }
        return site.sameDay(issue.date()).stream().filter(other -> other.date().getYear() != issue.date().getYear())
                .map(other -> linker.link(SiteLayout.issue(other), site.fullName(other))).toList();
    }

    /**
     * A reference in the manner of GB/T 7714 for newspapers:
     * {@code 张三. 标题[N]. 太原日报, 2022-03-04(01). https://…}.
     */
    private String citation(Placed placed) {
        Article article = placed.article();
        Issue issue = placed.issue();
        StringBuilder text = new StringBuilder();
        if (!article.byline().reporters().isEmpty()) {
            text.append(String.join(", ", article.byline().reporters())).append(". ");
        }
        text.append(article.title());
        if (article.subtitle() != null) {
            text.append("：").append(article.subtitle());
        }
        text.append("[N]. ").append(site.publication(issue));
        if (issue.edition() != null) {
            text.append("（").append(issue.edition()).append("）");
        }
        if (issue.date() != null) {
            text.append(", ").append(issue.date());
        }
        if (article.page() != null) {
            text.append("(").append(article.page().number()).append(")");
        }
        return text.append(". ").append(site.absolute(placed.path())).toString();
    }

    private String description(Issue issue) {
        List<String> titles = issue.articles().stream().map(Article::title).toList();
        return site.fullName(issue) + "，" + titles.size() + "篇文章：" + String.join("；", titles);
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
