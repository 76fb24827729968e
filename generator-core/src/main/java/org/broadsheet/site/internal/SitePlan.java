package org.broadsheet.site.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.internal.Fingerprint;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.render.FeedEntry;
import org.broadsheet.render.FeedView;
import org.broadsheet.render.IssueCard;
import org.broadsheet.render.Link;
import org.broadsheet.search.IndexSegment;
import org.broadsheet.search.SearchIndexWriter;
import org.broadsheet.site.SiteLayout;

/**
 * Every page of an archive's site with its template and variables, plus the feed and the sitemap: what the
 * build writes, decided before anything is written. Pages come out in a fixed order: the pages of issues in
 * {@link #groups() groups}, one per issue, and the others one by one.
 */
public final class SitePlan {
    static final int RECENT_ISSUES = 10;
    static final int FEED_ISSUES = 20;

    private final SiteContext site;
    private final List<PlannedPage> pages;
    private final List<PlannedGroup> groups;

    /** The plan of {@code archive}, taking its issues' digests from {@code digests}. */
    public SitePlan(Archive archive, IssueDigests digests) {
        this.site = new SiteContext(archive, digests);
        IssuePages issues = new IssuePages(site);
        CalendarPages calendar = new CalendarPages(site);
        List<PlannedPage> planned = new ArrayList<>();
        planned.add(new PlannedPage(SiteLayout.HOME, "home.ftlh", null, () -> home(issues, calendar)));
        List<PlannedGroup> grouped = new ArrayList<>();
        issues.plan(grouped);
        calendar.plan(planned);
        new ReporterPages(site, issues).plan(planned);
        planned.add(simple(SiteLayout.SEARCH, "search.ftlh", "搜索", "在" + site.settings().title() + "中搜索文章",
                SiteContext.SECTION_SEARCH));
        planned.add(new PlannedPage(SiteLayout.NOT_FOUND, "404.ftlh", null, this::notFound));
        this.pages = List.copyOf(planned);
        this.groups = List.copyOf(grouped);
    }

    /**
     * Per segment of the search index (by name, in index order), the digest of what it is made from: its issues
     * and the settings. A segment whose digest is unchanged comes out the same, file for file.
     */
    public static Map<String, String> indexInputs(Archive archive, IssueDigests digests) {
        archive.issues().parallelStream().forEach(digests::of);
        Map<String, String> inputs = new LinkedHashMap<>();
        for (IndexSegment segment : SearchIndexWriter.segments(archive)) {
            Fingerprint fingerprint = new Fingerprint().add(archive.settings()).add(segment.name());
            segment.issues().forEach(issue -> fingerprint.add(digests.of(issue)));
            inputs.put(segment.name(), fingerprint.hex());
        }
        return inputs;
    }

    /** The pages not in a {@link #groups() group}. */
    public List<PlannedPage> pages() {
        return pages;
    }

    /** The issues' pages: per issue, its page and its articles' pages. */
    public List<PlannedGroup> groups() {
        return groups;
    }

    /** How many HTML pages the site has, in groups or not. */
    public int pageCount() {
        return pages.size() + groups.stream().mapToInt(PlannedGroup::size).sum();
    }

    /** The variables of {@code feed.ftlx}: {@code feed}, the latest dated issues, newest first. */
    public Map<String, Object> feed() {
        List<Issue> latest = dated().limit(FEED_ISSUES).toList();
        List<FeedEntry> entries = latest.stream().map(issue -> new FeedEntry(site.absolute(SiteLayout.issue(issue)),
                site.fullName(issue), site.absolute(SiteLayout.issue(issue)), instant(issue),
                String.join("；", issue.articles().stream().map(Article::title).toList()))).toList();
        String updated = entries.isEmpty() ? "1970-01-01T00:00:00Z" : entries.get(0).updated();
        String author = site.settings().publication() != null ? site.settings().publication() : site.settings().title();
        return Map.of("feed", new FeedView(site.absolute(SiteLayout.HOME), site.settings().title(),
                site.absolute(SiteLayout.FEED), site.absolute(SiteLayout.HOME), updated, author,
                site.settings().language(), entries));
    }

    /** The sitemaps and the sitemap index: see {@link Sitemaps}. */
    public List<PlannedPage> sitemaps() {
        return new Sitemaps(site).plan(pages, groups);
    }

    /** The text of {@code robots.txt}: everything may be crawled; the sitemap's absolute URL. */
    public String robots() {
        return "User-agent: *\nAllow: /\n\nSitemap: " + site.absolute(SiteLayout.SITEMAP) + "\n";
    }

    private java.util.stream.Stream<Issue> dated() {
        return site.archive().issues().stream().filter(i -> i.date() != null)
                .sorted(Comparator.comparing(Issue::date).thenComparing(Issue::key).reversed());
    }

    private static String instant(Issue issue) {
        return issue.date() + "T00:00:00Z";
    }

    private Map<String, Object> home(IssuePages issues, CalendarPages calendar) {
        Linker linker = Linker.from(SiteLayout.HOME);
        Issue latest = dated().findFirst().orElse(site.archive().issues().isEmpty() ? null : site.archive().issues().get(0));
        Map<String, Object> model = site.frame(SiteLayout.HOME, linker, SiteContext.Head.of(null,
                site.settings().title() + (latest == null ? "" : "：最新一期 " + site.fullName(latest))), null);
        if (latest != null) {
            model.put("latest", issues.view(latest, linker));
            model.put("latestLink", linker.link(SiteLayout.issue(latest), site.fullName(latest)));
        }
        model.put("recent", dated().filter(i -> i != latest).limit(RECENT_ISSUES).map(i -> card(i, linker)).toList());
        model.put("undated", site.archive().issues().stream().filter(i -> i.date() == null && i != latest)
                .map(i -> card(i, linker)).toList());
        List<Link> years = new ArrayList<>();
        for (int year : calendar.years()) {
            years.add(0, linker.link(SiteLayout.year(year), DateText.year(year)));
        }
        model.put("years", years);
        return model;
    }

    private IssueCard card(Issue issue, Linker linker) {
        return new IssueCard(linker.link(SiteLayout.issue(issue), site.shortName(issue)),
                issue.date() == null ? null : issue.date().toString(), issue.edition(), issue.articles().size());
    }

    private PlannedPage simple(String path, String template, String title, String description, String section) {
        return new PlannedPage(path, template, null,
                () -> site.frame(path, Linker.from(path), SiteContext.Head.of(title, description), section));
    }

    /** Hosts serve 404.html at any address, so its links start from the base path, not from where it lies. */
    private Map<String, Object> notFound() {
        Linker linker = new Linker(site.settings().basePath());
        Map<String, Object> model = site.frame(SiteLayout.NOT_FOUND, linker,
                SiteContext.Head.of("找不到该页", "这个地址没有页面。"), null);
        return model;
    }
}
