package org.broadsheet.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole archive: its settings and its issues, oldest first.
 *
 * <p>Immutable and safe to share between threads. Issues without a date sort last, by source path,
 * so the order never depends on the order files were read.
 */
public record Archive(ArchiveSettings settings, List<Issue> issues) {
    public Archive {
        Objects.requireNonNull(settings, "settings");
        issues = List.copyOf(issues);
    }

    /** The number of articles in all issues. */
    public int articleCount() {
        return issues.stream().mapToInt(issue -> issue.articles().size()).sum();
    }
}
