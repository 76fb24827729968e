package org.broadsheet.site.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.internal.Fingerprint;
import org.broadsheet.model.Archive;
import org.broadsheet.model.ArchiveSettings;
import org.broadsheet.model.Issue;
import org.broadsheet.render.Link;
import org.broadsheet.render.Masthead;
import org.broadsheet.render.Meta;
import org.broadsheet.site.SiteLayout;

/**
 * What every page of one archive's site shares: the archive, names of issues, the reporters, the frame
 * (head and masthead) around each page's own content.
 */
final class SiteContext {
    static final String SECTION_CALENDAR = "往期";
    static final String SECTION_REPORTERS = "记者";
    static final String SECTION_SEARCH = "搜索";
    private static final int DESCRIPTION_LENGTH = 120;

    private final Archive archive;
    private final ArchiveSettings settings;
    private final Map<String, Integer> positions = new HashMap<>();
    private final ReporterIndex reporters;
    private final Integer latestYear;
    private final String shared;
    /** Dated issues by day of the year, in archive order: for "on this day" links without a scan per page. */
    private final Map<MonthDay, List<Issue>> byDay = new HashMap<>();
    /** Each issue's digest, made once: the cheap stand-in for its text in pages' fingerprints. */
    private final IssueDigests digests;

    SiteContext(Archive archive, IssueDigests digests) {
        this.digests = digests;
        this.archive = archive;
        this.settings = archive.settings();
        for (int i = 0; i < archive.issues().size(); i++) {
            positions.put(archive.issues().get(i).key(), i);
        }
        for (Issue issue : archive.issues()) {
            if (issue.date() != null) {
                byDay.computeIfAbsent(MonthDay.from(issue.date()), d -> new ArrayList<>()).add(issue);
            }
        }
        this.reporters = new ReporterIndex(archive);
        this.latestYear = archive.issues().stream().map(Issue::date).filter(d -> d != null)
                .map(LocalDate::getYear).max(Integer::compare).orElse(null);
        this.shared = new Fingerprint().add(new Shared(settings, latestYear)).hex();
    }

    Archive archive() {
        return archive;
    }

    ArchiveSettings settings() {
        return settings;
    }

    /** Dated issues of the same month and day as {@code date}, in any year, in archive order. */
    List<Issue> sameDay(LocalDate date) {
        return byDay.getOrDefault(MonthDay.from(date), List.of());
    }

    ReporterIndex reporters() {
        return reporters;
    }

    /** A digest of everything an issue holds (key, source, date, publication, edition, every article's text). */
    String digest(Issue issue) {
        return digests.of(issue);
    }

    /** What every page's frame is made from besides its own path and head: the settings and the latest year. */
    record Shared(ArchiveSettings settings, Integer latestYear) {
    }

    /** A digest of {@link Shared}: made once, as every page's fingerprint starts with it. */
    String shared() {
        return shared;
    }

    /** The issue before ({@code -1}) or after ({@code +1}) one, in the archive's order, or {@code null}. */
    Issue neighbour(Issue issue, int step) {
        int at = positions.get(issue.key()) + step;
        return at >= 0 && at < archive.issues().size() ? archive.issues().get(at) : null;
    }

    /** The newspaper's name for an issue. */
    String publication(Issue issue) {
        if (issue.publication() != null) {
            return issue.publication();
        }
        return settings.publication() != null ? settings.publication() : settings.title();
    }

    /** How a list names an issue: its date, and edition when it has one; the seed's name when undated. */
    String shortName(Issue issue) {
        String name = issue.date() != null ? DateText.dayAndWeekday(issue.date()) : "未注明日期（" + issue.source() + "）";
        return issue.edition() != null ? name + " " + issue.edition() : name;
    }

    /** The issue's full name: publication, date, edition. */
    String fullName(Issue issue) {
        String date = issue.date() != null ? DateText.day(issue.date()) : "未注明日期（" + issue.source() + "）";
        String name = publication(issue) + " " + date;
        return issue.edition() != null ? name + " " + issue.edition() : name;
    }

    /** The page's absolute URL, for canonical links, Open Graph, JSON-LD, the sitemap and the feed. */
    String absolute(String path) {
        return settings.baseUrl() + SiteLayout.href(path);
    }

    /** What a page's head says about it. */
    record Head(String title, String description, String type, String published, String jsonLd) {
        static Head of(String title, String description) {
            return new Head(title, description, "website", null, null);
        }
    }

    /**
     * The variables every template gets, {@code meta} and {@code masthead}, for a page at {@code path}.
     *
     * @param current the masthead section the page belongs to, or {@code null}
     */
    Map<String, Object> frame(String path, Linker linker, Head head, String current) {
        String title = head.title() == null ? settings.title() : head.title() + "｜" + settings.title();
        boolean indexable = !SiteLayout.NOT_FOUND.equals(path);
        Meta meta = new Meta(settings.language(), title, shorten(head.description()), absolute(path), head.type(),
                settings.title(), linker.root(), linker.href(SiteLayout.ASSETS + "broadsheet.css"),
                linker.href(SiteLayout.FEED), head.published(), head.jsonLd(), indexable);
        List<Link> sections = new ArrayList<>();
        if (latestYear != null) {
            sections.add(linker.link(SiteLayout.year(latestYear), SECTION_CALENDAR));
        }
        sections.add(linker.link(SiteLayout.REPORTERS, SECTION_REPORTERS));
        sections.add(linker.link(SiteLayout.SEARCH, SECTION_SEARCH));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("meta", meta);
        model.put("masthead", new Masthead(settings.title(), linker.href(SiteLayout.HOME), sections, current));
        return model;
    }

    /** A description no longer than search engines show, cut at a character, never inside a surrogate pair. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = collapseSpaces(text).strip();
        if (flat.codePointCount(0, flat.length()) <= DESCRIPTION_LENGTH) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, DESCRIPTION_LENGTH - 1)) + "…";
    }

    /**
     * Each run of ASCII white space (what {@code \s} matches in a Java pattern) as one space: what
     * {@code replaceAll("\\s+", " ")} gives, without compiling a pattern for every page.
     */
    static String collapseSpaces(String text) {
        StringBuilder collapsed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPatternSpace(c)) {
                if (collapsed != null) {
                    collapsed.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isPatternSpace(text.charAt(end))) {
                end++;
            }
            if (collapsed == null && (c != ' ' || end > i + 1)) {
                collapsed = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (collapsed != null) {
                collapsed.append(' ');
            }
            i = end - 1;
        }
        return collapsed == null ? text : collapsed.toString();
    }

    private static boolean isPatternSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
