package org.broadsheet.render;

import java.util.Objects;

/**
 * An issue in a list.
 *
 * @param link     the issue's page, labelled with its date (or name when undated)
 * @param datetime the ISO date, or {@code null}
 * @param edition  the edition's label, or {@code null}
 * @param articles how many articles it has
 */
public record IssueCard(Link link, String datetime, String edition, int articles) {
    public IssueCard {
        Objects.requireNonNull(link, "link");
    }
}
