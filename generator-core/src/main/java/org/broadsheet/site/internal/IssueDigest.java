package org.broadsheet.site.internal;

import org.broadsheet.internal.Fingerprint;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;

/**
 * A digest of everything an issue holds: its key, source, date, publication and edition, and every field of
 * every article. It stands in for the issue's text in the fingerprints of the pages that show it.
 *
 * <p>Written out field by field rather than walking the records by reflection, because every build digests every
 * issue of the archive, and reflection cost most of that; IssueDigestTest changes each field of the model
 * in turn, and fails when a record gains a field this does not cover. The paragraphs go in by their list's
 * digest, which the reader's cache knows without decoding them.
 */
final class IssueDigest {
    private IssueDigest() {
    }

    static String of(Issue issue) {
        Fingerprint fingerprint = new Fingerprint().add(issue.key()).add(issue.source())
                .add(issue.date() == null ? null : issue.date().toEpochDay()).add(issue.dateInferred() ? 1 : 0)
                .add(issue.publication()).add(issue.edition()).add(issue.articles().size());
        for (Article article : issue.articles()) {
            fingerprint.add(article.id());
            if (article.page() == null) {
                fingerprint.add((Object) null);
            } else {
                fingerprint.add(article.page().number()).add(article.page().name());
            }
            fingerprint.add(article.kicker()).add(article.title()).add(article.subtitle());
            Byline byline = article.byline();
            fingerprint.add(byline.prefix()).add(byline.organization()).add(byline.reporters()).add(byline.dateline())
                    .add(byline.datelineDate() == null ? null : byline.datelineDate().toEpochDay());
            fingerprint.add(article.paragraphs()).add(article.html());
        }
        return fingerprint.hex();
    }
}
