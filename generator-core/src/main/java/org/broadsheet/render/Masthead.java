package org.broadsheet.render;

import java.util.List;
import java.util.Objects;

/**
 * The site's header, the same on every page.
 *
 * @param title    the site's title
 * @param home     the href of the home page
 * @param sections the site's main sections (calendar, reporters, search), in order
 * @param current  the label of the section this page belongs to, or {@code null}
 */
public record Masthead(String title, String home, List<Link> sections, String current) {
    public Masthead {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(home, "home");
        sections = List.copyOf(sections);
    }
}
