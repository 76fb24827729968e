package org.broadsheet.site.internal;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One HTML page the site will have: where it goes, which template draws it, and how to make the template's
 * variables. The variables are made only when asked for, and not kept: a plan of a large archive stays small,
 * and a page that an incremental build keeps costs no more than its fingerprint.
 *
 * @param path      the page's path from the site root, such as {@code 2022/03/04/} or {@code 404.html}
 * @param template  the template's name, such as {@code issue.ftlh}
 * @param published the page's date for the sitemap, such as {@code 2022-03-04}, or {@code null}
 * @param variables makes the template's variables; safe to call from any thread, any number of times
 * @param inputs    makes a small value that changes whenever the variables would (such as digests of the issues
 *                  the page shows instead of their text), so a kept page costs no more than that value; or
 *                  {@code null} to fingerprint the variables themselves
 */
public record PlannedPage(String path, String template, String published, Supplier<Map<String, Object>> variables,
                          Supplier<Object> inputs) {
    public PlannedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(variables, "variables");
    }

    /** A page fingerprinted by its variables. */
    public PlannedPage(String path, String template, String published, Supplier<Map<String, Object>> variables) {
        this(path, template, published, variables, null);
    }

    /** The template's variables, made afresh. */
    public Map<String, Object> model() {
        return Map.copyOf(variables.get());
    }

    /** The file the page is written to: {@code index.html} inside a folder path, a file path as it is. */
    public String file() {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
