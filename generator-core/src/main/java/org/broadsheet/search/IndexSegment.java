package org.broadsheet.search;

import java.util.List;
import org.broadsheet.model.Issue;

/**
 * A part of the search index: the articles of a run of issues, indexed on their own in
 * {@code search/data/<name>/} so that a build which changes none of its issues keeps its files as they are.
 *
 * @param name   the segment's folder name: {@code 2021} (a year), {@code 2022-to-11} (a year's months up to
 *               November), {@code 2022-12} (one month) or {@code undated}
 * @param issues its issues, in index order (oldest first; on one date, the key's reverse order)
 */
public record IndexSegment(String name, List<Issue> issues) {
    public IndexSegment {
        issues = List.copyOf(issues);
    }
}
