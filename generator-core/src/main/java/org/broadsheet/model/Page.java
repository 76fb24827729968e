package org.broadsheet.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A printed page (版面) of an issue, such as {@code 第01版：要闻}.
 *
 * @param number the page number as printed, such as {@code 01} or {@code A3}
 * @param name   the page's name, such as {@code 要闻}, or {@code null}
 */
public record Page(String number, String name) {
    /** Pages as the paper prints them: {@code 01} before {@code 2} before {@code 10}, numbers before {@code A1}. */
    public static final Comparator<Page> PRINTED_ORDER = Comparator
            .comparing((Page page) -> unpadded(page.number()).length())
            .thenComparing(page -> unpadded(page.number()));

    public Page {
        Objects.requireNonNull(number, "number");
    }

    /** The label a reader knows, such as {@code 01版：要闻}. */
    public String label() {
        return name == null ? number + "版" : number + "版：" + name;
    }

    private static String unpadded(String number) {
        return number.replaceFirst("^0+(?=\\d)", "");
    }
}
