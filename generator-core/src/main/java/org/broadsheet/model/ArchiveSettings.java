package org.broadsheet.model;

import java.util.Objects;

/**
 * Settings that describe an archive as a whole, read from {@code broadsheet.properties} in the source
 * folder and overridable from the command line or the Maven plugin.
 *
 * @param title       the site's title, shown in every page's header
 * @param publication the newspaper's name, used where an issue does not name its own
 * @param language    the BCP 47 language of the text, {@code zh-CN} unless told otherwise
 * @param baseUrl     the absolute URL the site is served from, ending in {@code /}; may carry a sub-path
 * @param year        the year to resolve datelines such as {@code 3月2日} in when no issue date gives one,
 *                    or {@code null}
 */
public record ArchiveSettings(String title, String publication, String language, String baseUrl, Integer year) {
    public static final String DEFAULT_LANGUAGE = "zh-CN";
    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8000/";

    public ArchiveSettings {
        Objects.requireNonNull(title, "title");
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
        baseUrl = normaliseBaseUrl(baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl);
    }

    public static ArchiveSettings defaults() {
        return new ArchiveSettings("Broadsheet", null, null, null, null);
    }

    public ArchiveSettings withTitle(String newTitle) {
        return new ArchiveSettings(newTitle, publication, language, baseUrl, year);
    }

    public ArchiveSettings withPublication(String newPublication) {
        return new ArchiveSettings(title, newPublication, language, baseUrl, year);
    }

    public ArchiveSettings withLanguage(String newLanguage) {
        return new ArchiveSettings(title, publication, newLanguage, baseUrl, year);
    }

    public ArchiveSettings withBaseUrl(String newBaseUrl) {
        return new ArchiveSettings(title, publication, language, newBaseUrl, year);
    }

    public ArchiveSettings withYear(Integer newYear) {
        return new ArchiveSettings(title, publication, language, baseUrl, newYear);
    }

    /** The path part of the base URL, such as {@code /} or {@code /archive/}. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    private static String normaliseBaseUrl(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
