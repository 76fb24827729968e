package org.broadsheet.render;

import java.util.Objects;

/**
 * A reporter in the index of reporters: a link to their page and how many articles they wrote.
 */
public record ReporterEntry(Link link, int articles) {
    public ReporterEntry {
        Objects.requireNonNull(link, "link");
    }
}
