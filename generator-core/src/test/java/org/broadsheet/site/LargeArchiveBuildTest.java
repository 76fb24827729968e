package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated archive of 2,000 articles builds with the command line in a JVM of 256 MB heap, and the site is
 * the same, byte for byte, whether the build has one thread or several. Untimed.
 */
class LargeArchiveBuildTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final Path GENERATOR = PROJECT.resolve("bench/SyntheticArchive.java");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path work;

    @Test
    void aSmallHeapBuildsTwoThousandArticlesAndThreadsDoNotChangeTheOutput() throws Exception {
        Path source = work.resolve("src");
        run(work.resolve("generate.log"), JAVA.toString(), GENERATOR.toString(), "--issues", "50", "--articles", "40",
                "--sample", PROJECT.resolve("seeds").toString(), "--out", source.toString());

        Path one = work.resolve("one-thread");
        Path many = work.resolve("four-threads");
        String summary = build(source, one, 1);
        build(source, many, 4);

        assertTrue(summary.startsWith("50 issues, 2000 articles, "), summary);
        Map<String, byte[]> a = tree(one);
        Map<String, byte[]> b = tree(many);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path + " depends on the number of threads"));
    }

    private String build(Path source, Path out, int processors) throws Exception {
        Path log = work.resolve(out.getFileName() + ".log");
        run(log, JAVA.toString(), "-Xmx256m", "-XX:ActiveProcessorCount=" + processors,
                "-cp", System.getProperty("java.class.path"), "org.broadsheet.cli.Main",
                "build", "--source", source.toString(), "--out", out.toString());
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static void run(Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done && process.exitValue() == 0,
                String.join(" ", command) + " failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
