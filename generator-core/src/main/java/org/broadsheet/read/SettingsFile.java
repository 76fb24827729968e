package org.broadsheet.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.broadsheet.model.ArchiveSettings;
import org.broadsheet.read.internal.HtmlLayout;

/**
 * The archive's own settings, in {@code broadsheet.properties} at the top of the source folder (UTF-8):
 * {@code title}, {@code publication}, {@code language}, {@code baseUrl}, {@code year}, and the {@code html.*}
 * selectors that find articles in saved web pages ({@link HtmlLayout}). Values given on the command line or
 * in the Maven plugin override the file's.
 */
public final class SettingsFile {
    public static final String NAME = "broadsheet.properties";
    public static final List<String> KEYS = Stream.concat(
            Stream.of("title", "publication", "language", "baseUrl", "year"), HtmlLayout.KEYS.stream()).toList();

    private SettingsFile() {
    }

    /**
     * Reads the settings of a source folder (or of the folder holding a single seed file) and applies the
     * overrides, whose {@code null} values are ignored.
     *
     * @throws SeedException when a value is malformed, naming the file and key
     */
    public static ArchiveSettings load(Path source, Map<String, String> overrides) throws IOException, SeedException {
        Map<String, String> values = values(source, overrides);
        String fileName = fileName(source);
        Integer year = null;
        String yearText = values.get("year");
        if (yearText != null && !yearText.isBlank()) {
            try {
                year = Integer.valueOf(yearText.strip());
            } catch (NumberFormatException e) {
                throw new SeedException(List.of(Problem.error(fileName, 0, "year '" + yearText + "' is not a number")));
            }
        }
        String baseUrl = values.get("baseUrl");
        if (baseUrl != null && !baseUrl.isBlank() && !baseUrl.matches("(?i)https?://[^\\s/]+(/\\S*)?")) {
            throw new SeedException(List.of(Problem.error(fileName, 0,
                    "baseUrl '" + baseUrl + "' is not an absolute http(s) URL such as https://example.org/archive/")));
        }
        String title = values.getOrDefault("title", "");
        String publication = values.get("publication");
        if (title.isBlank()) {
            title = publication == null || publication.isBlank() ? "Broadsheet" : publication;
        }
        return new ArchiveSettings(title, blankToNull(publication), values.get("language"), baseUrl, year);
    }

    /**
     * The layout of the archive's saved web pages, from the {@code html.*} settings.
     *
     * @throws SeedException when a selector is malformed, naming the file and key
     */
    static HtmlLayout htmlLayout(Path source, Map<String, String> overrides) throws IOException, SeedException {
        try {
            return HtmlLayout.of(values(source, overrides));
        } catch (HtmlLayout.BadSelectorException e) {
            throw new SeedException(List.of(Problem.error(fileName(source), 0, e.getMessage())));
        }
    }

    /** Every value of the settings file, with the overrides applied. */
    private static Map<String, String> values(Path source, Map<String, String> overrides)
            throws IOException, SeedException {
        Path file = file(source);
        Map<String, String> values = new LinkedHashMap<>();
        if (file != null && Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                if (!KEYS.contains(key)) {
                    throw new SeedException(List.of(Problem.error(file.toString(), 0,
                            "unknown setting '" + key + "'; known settings: " + KEYS)));
                }
                values.put(key, properties.getProperty(key).strip());
            }
        }
        overrides.forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
        return values;
    }

    private static Path file(Path source) {
        Path folder = Files.isDirectory(source) ? source : source.toAbsolutePath().getParent();
        return folder == null ? null : folder.resolve(NAME);
    }

    private static String fileName(Path source) {
        Path file = file(source);
        return file == null ? NAME : file.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
