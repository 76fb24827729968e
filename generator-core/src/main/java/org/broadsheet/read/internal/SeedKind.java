package org.broadsheet.read.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of seed file, told apart by the file's extension. */
public enum SeedKind {
    /** Raw issue text, as digitisation projects dump it. */
    RAW_TEXT(".txt"),
    /** Markdown (CommonMark), one level-1 heading per article. */
    MARKDOWN(".md", ".markdown"),
    /** A page saved from a digital edition (数字报). */
    HTML(".html", ".htm");

    private final List<String> extensions;

    SeedKind(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The extension of a seed's sidecar, which holds the details the seed lacks (its date, …). */
    public static final String SIDECAR = ".meta";

    /** Where a seed's sidecar would be: {@code <seed's file name>.meta} beside it. */
    public static Path sidecarOf(Path seed) {
        return seed.resolveSibling(seed.getFileName() + SIDECAR);
    }

    /** The kind of a file by its name, or empty when it is not a seed. */
    public static Optional<SeedKind> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.extensions.stream().anyMatch(lower::endsWith)).findFirst();
    }

    /** Every seed extension, such as {@code .txt, .md, .markdown, .html, .htm}, for messages. */
    public static String allExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(kind -> kind.extensions.stream()).toList());
    }

    public List<String> extensions() {
        return extensions;
    }
}
