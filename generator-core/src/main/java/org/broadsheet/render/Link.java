package org.broadsheet.render;

import java.util.Objects;

/**
 * A link as a page shows it: {@code href} is ready to use as is (relative to the page it is on), {@code label} is its text.
 */
public record Link(String href, String label) {
    public Link {
        Objects.requireNonNull(href, "href");
    }
}
