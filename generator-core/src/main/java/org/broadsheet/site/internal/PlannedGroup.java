package org.broadsheet.site.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Pages that change together, such as an issue's page and its articles' pages: fingerprinted as one, by inputs
 * from which every page's own inputs derive, so that an incremental build keeps an unchanged group for the cost of
 * one fingerprint, without planning or fingerprinting its pages. The pages are made only when the group changed.
 *
 * @param name      the group's name, unique in the site (an issue's folder, such as {@code 2022/03/04/})
 * @param published the date of every page of the group for the sitemap, such as {@code 2022-03-04}, or {@code null}
 * @param size      how many pages {@code pages} makes
 * @param templates the templates its pages are drawn with
 * @param inputs    makes a small value that changes whenever any page's inputs or variables would; together with
 *                  the name and the size it also decides every page's path
 * @param pages     makes the pages, in a fixed order; safe to call from any thread, any number of times
 */
public record PlannedGroup(String name, String published, int size, List<String> templates, Supplier<Object> inputs,
                           Supplier<List<PlannedPage>> pages) {
    public PlannedGroup {
        Objects.requireNonNull(name, "name");
        templates = List.copyOf(templates);
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(pages, "pages");
    }
}
