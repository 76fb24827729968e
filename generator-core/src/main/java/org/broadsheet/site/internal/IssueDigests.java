package org.broadsheet.site.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.model.Issue;

/**
 * Each issue's {@link IssueDigest}, made once per build and shared: the search index's inputs need them before
 * the site's plan exists, so that the index can start while the pages are planned. Safe to share across threads.
 */
public final class IssueDigests {
    private final Map<String, String> digests = new ConcurrentHashMap<>();

    /** The digest of {@code issue}, made the first time it is asked for. */
    public String of(Issue issue) {
        return digests.computeIfAbsent(issue.key(), key -> IssueDigest.of(issue));
    }
}
