package org.broadsheet.render;

import java.util.List;

/**
 * Where a long list continues.
 *
 * @param previous the page before, or {@code null}
 * @param next     the page after, or {@code null}
 * @param pages    every page of the list, in order
 */
public record Pagination(Link previous, Link next, List<PageNumber> pages) {
    public Pagination {
        pages = List.copyOf(pages);
    }
}
