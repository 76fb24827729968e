package org.broadsheet;

import java.time.Duration;
import java.util.List;
import org.broadsheet.read.Problem;

/**
 * What a build did: counts for the summary line, and the warnings the seeds gave.
 *
 * @param issues   issues in the archive
 * @param articles articles in the archive
 * @param pages    HTML pages written
 * @param bytes    bytes in the output folder
 * @param elapsed  wall time of the build
 * @param warnings warnings from reading the seeds
 */
public record BuildReport(int issues, int articles, int pages, long bytes, Duration elapsed, List<Problem> warnings) {
    public BuildReport {
        warnings = List.copyOf(warnings);
    }

    /** One line for the log: {@code 1 issue, 5 articles, 42 pages, 1.2 MB in 0.8 s}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s, %s, %s, %,d bytes in %.2f s%s",
                count(issues, "issue"), count(articles, "article"), count(pages, "page"), bytes,
                elapsed.toMillis() / 1000.0, warnings.isEmpty() ? "" : " (" + count(warnings.size(), "warning") + ")");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
