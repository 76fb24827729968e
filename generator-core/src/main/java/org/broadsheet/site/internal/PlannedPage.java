package org.broadsheet.site.internal;

import java.util.Map;
import java.util.Objects;

/**
 * One HTML page the site will have: where it goes, which template draws it, and the template's variables.
 *
 * @param path     the page's path from the site root, such as {@code 2022/03/04/} or {@code 404.html}
 * @param template the template's name, such as {@code issue.ftlh}
 * @param model    the template's variables
 */
public record PlannedPage(String path, String template, Map<String, Object> model) {
    public PlannedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(template, "template");
        model = Map.copyOf(model);
    }

    /** The file the page is written to: {@code index.html} inside a folder path. */
    public String file() {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
