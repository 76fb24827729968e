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
 * @param written  files this build wrote
 * @param kept     files kept unchanged from the previous build (an incremental build)
 * @param elapsed  wall time of the build
 * @param warnings warnings from reading the seeds
 */
public record BuildReport(int issues, int articles, int pages, long bytes, int written, int kept, Duration elapsed,
                          List<Problem> warnings) {
    public BuildReport {
        warnings = List.copyOf(warnings);
    }

    /**
     * One line for the log:
     * {@code 1 issue, 5 articles, 42 pages, 1,234,567 bytes (12 files written, 80 kept) in 0.80 s}.
     */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s, %s, %s, %,d bytes (%s written, %,d kept) in %.2f s%s",
                count(issues, "issue"), count(articles, "article"), count(pages, "page"), bytes,
                String.format(java.util.Locale.ROOT, "%,d file%s", written, written == 1 ? "" : "s"), kept,
                elapsed.toMillis() / 1000.0, warnings.isEmpty() ? "" : " (" + count(warnings.size(), "warning") + ")");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
