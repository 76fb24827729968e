package org.broadsheet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One printed issue of a newspaper.
 *
 * @param key          unique in the archive and stable: the date ({@code 2022-03-04}), {@code 2022-03-04-2} for a
 *                     second issue of that date, or {@code undated-<file name>}; pages and ids derive from it
 * @param source       the seed file's path relative to the source folder, with {@code /} separators
 * @param date         the publication date, or {@code null} when neither metadata nor datelines give one
 * @param dateInferred whether {@code date} was inferred from the articles' datelines rather than given
 * @param publication  the newspaper's name, or {@code null}
 * @param edition      an edition label such as {@code 晚间版}, or {@code null}
 * @param articles     the articles in printed order
 */
public record Issue(String key, String source, LocalDate date, boolean dateInferred, String publication, String edition,
                    List<Article> articles) {
    public Issue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        articles = List.copyOf(articles);
    }
}
