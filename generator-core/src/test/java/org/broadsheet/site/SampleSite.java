package org.broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.broadsheet.Broadsheet;
import org.broadsheet.read.SeedException;

/**
 * The sample site the tests look at: the real {@code seeds/} folder plus the fixtures in
 * {@code src/test/resources/archive} (another year, another month, printed pages, a second and an undated issue,
 * a prolific reporter, hostile text). Built once per base URL and shared by the tests of one run.
 */
final class SampleSite {
    static final String SUB_PATH_BASE = "https://example.org/archive/";
    private static final Path TARGET = Path.of("target");
    private static final Map<String, Path> BUILT = new HashMap<>();

    private SampleSite() {
    }

    /** A fresh copy of the sample's seeds, in a new folder under target/. */
    static Path copySource(String name) {
        try {
            Path source = TARGET.resolve("test-sources").resolve(name);
            deleteTree(source);
            Files.createDirectories(source);
            for (Path folder : List.of(Path.of("../seeds"), Path.of("src/test/resources/archive"))) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(file, source.resolve(file.getFileName()));
                    }
                }
            }
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample site served from the default base URL, at the host's root. */
    static Path atRoot() {
        return built("root", null);
    }

    /** The sample site with a base URL that has a sub-path. */
    static Path underSubPath() {
        return built("sub-path", SUB_PATH_BASE);
    }

    static synchronized Path built(String name, String baseUrl) {
        return BUILT.computeIfAbsent(name, n -> {
            Path output = TARGET.resolve("test-sites").resolve(n);
            try {
                deleteTree(output);
                Broadsheet.builder().source(copySource(n)).output(output).setting("baseUrl", baseUrl).build().generate();
                return output;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SeedException e) {
                throw new IllegalStateException("the sample seeds have errors:\n" + e.getMessage(), e);
            }
        });
    }

    /** Every file of a site whose name ends in {@code suffix}, in path order. */
    static List<Path> files(Path site, String suffix) {
        try (Stream<Path> walk = Files.walk(site)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
