package org.broadsheet.render;

import java.util.Objects;

/**
 * One page in a list of pages: its number, its href, and whether it is the page being read.
 */
public record PageNumber(int number, String href, boolean current) {
    public PageNumber {
        Objects.requireNonNull(href, "href");
    }
}
