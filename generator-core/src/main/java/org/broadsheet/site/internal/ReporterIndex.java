package org.broadsheet.site.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Issue;
import org.broadsheet.site.SiteLayout;

/**
 * Every reporter named in an archive, with their articles newest first and a folder name of their own.
 *
 * <p>Two names that become the same folder name (such as {@code A/B} and {@code A:B}) get {@code -2}, {@code -3}
 * in the order of their names, so folders never depend on the order seeds were read.
 */
final class ReporterIndex {
    /** Newest issue first, undated last; within an issue, printed order. */
    private static final Comparator<Placed> NEWEST_FIRST = Comparator
            .comparing((Placed p) -> p.issue().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(p -> p.issue().key())
            .thenComparingInt(Placed::position);

    private final Map<String, List<Placed>> articles;
    private final Map<String, String> folders;
    /** Each reporter's front page, made once: every build asks for it once per byline of the archive. */
    private final Map<String, String> fronts = new HashMap<>();
    /**
     * The same, percent-encoded for a link, made once: most names are Chinese, and encoding one through
     * {@link java.net.URI} for every byline of a year cost more than the rest of the byline's links.
     */
    private final Map<String, String> frontHrefs = new HashMap<>();

    ReporterIndex(Archive archive) {
        // Hashed while filling (a daily update fills it from every byline of the archive), in name order after.
        Map<String, List<Placed>> hashed = new HashMap<>();
        // Newest issues first, so each list comes nearly in order and its sort below costs a pass, not a full sort
        // (no two entries compare equal, so the order the lists are filled in does not change the result).
        for (int at = archive.issues().size() - 1; at >= 0; at--) {
            Issue issue = archive.issues().get(at);
            for (int i = 0; i < issue.articles().size(); i++) {
                Placed placed = new Placed(issue, issue.articles().get(i), i + 1);
                for (String name : placed.article().byline().distinctReporters()) {
                    hashed.computeIfAbsent(name, n -> new ArrayList<>()).add(placed);
                }
            }
        }
        Map<String, List<Placed>> byName = new TreeMap<>(hashed);
        Map<String, List<Placed>> sorted = new LinkedHashMap<>();
        Map<String, String> folderOf = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        byName.forEach((name, placed) -> {
            placed.sort(NEWEST_FIRST);
            sorted.put(name, Collections.unmodifiableList(placed));
            String base = SiteLayout.segment(name, "reporter");
            String folder = base;
            for (int n = 2; !taken.add(folder.toLowerCase(java.util.Locale.ROOT)); n++) {
                folder = base + "-" + n;
            }
            folderOf.put(name, folder);
        });
        this.articles = Collections.unmodifiableMap(sorted);
        this.folders = Collections.unmodifiableMap(folderOf);
        folderOf.forEach((name, folder) -> fronts.put(name, SiteLayout.reporter(folder)));
        fronts.forEach((name, front) -> frontHrefs.put(name, SiteLayout.href(front)));
    }

    /** Reporters' names in a stable order. */
    List<String> names() {
        return List.copyOf(articles.keySet());
    }

    List<Placed> articles(String name) {
        return articles.getOrDefault(name, List.of());
    }

    /** The path of a reporter's front page. */
    String front(String name) {
        String front = fronts.get(name);
        return front != null ? front : SiteLayout.reporter(folder(name));
    }

    /** The path of a reporter's front page as {@link SiteLayout#href} makes it fit for a link. */
    String frontHref(String name) {
        String href = frontHrefs.get(name);
        return href != null ? href : SiteLayout.href(front(name));
    }

    /** The path of a reporter's archive page, 1 for the oldest. */
    String archive(String name, int page) {
        return SiteLayout.reporter(folder(name), page);
    }

    private String folder(String name) {
        String folder = folders.get(name);
        if (folder == null) {
            throw new IllegalArgumentException("no reporter named '" + name + "' in the archive");
        }
        return folder;
    }
}
