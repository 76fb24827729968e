package org.broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The command line as a user runs it, in a child JVM on the test class path ({@code java -cp … Main build}), for
 * tests that kill builds or vary the JVM; and the seed folders and file trees those tests compare.
 */
final class ChildBuild {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private ChildBuild() {
    }

    /** Starts {@code build --source source --out output} with these JVM options; output and errors go to {@code log}. */
    static Process start(Path source, Path output, Path log, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-Dorg.freemarker.loggerLibrary=none", "-cp", classPath(), "org.broadsheet.cli.Main",
                "build", "--source", source.toString(), "--out", output.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs a build to its end; fails with its output unless it succeeds. */
    static void run(Path source, Path output, String... jvmOptions) throws IOException, InterruptedException {
        Path log = Files.createTempFile("broadsheet-build-", ".log");
        try {
            int status = start(source, output, log, jvmOptions).waitFor();
            if (status != 0) {
                throw new AssertionError("build of " + source + " exited " + status + ":\n" + Files.readString(log));
            }
        } finally {
            Files.delete(log);
        }
    }

    private static String classPath() {
        // Surefire may start its JVM from a manifest-only jar; it still puts the real class path here.
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /**
     * Writes {@code issues} raw-text issues of about ten articles each, made of the sample's own lines, into a new
     * folder; {@code variant} changes some: another text in one issue, one issue fewer, one more.
     */
    static Path seeds(Path folder, int issues, boolean variant) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../seeds/000_85245450a54b3a6c.txt"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Random random = new Random(20220304);
        Files.createDirectories(folder);
        for (int i = 0; i < issues + (variant ? 1 : 0); i++) {
            StringBuilder text = new StringBuilder();
            for (int a = 1; a <= 10; a++) {
                text.append("第").append(i + 1).append("期第").append(a).append("篇").append(variant && i == 3 ? "（改）" : "")
                        .append("\n\n本报讯（记者 周安）").append(lines.get(random.nextInt(lines.size()))).append("\n\n")
                        .append(lines.get(random.nextInt(lines.size()))).append("\n\n");
            }
            if (variant && i == 7) {
                continue; // an issue the new input dropped
            }
            Files.writeString(folder.resolve(String.format("%s.txt", java.time.LocalDate.of(2021, 1, 1).plusDays(i * 3L))),
                    text);
        }
        return folder;
    }

    /** Every regular file under {@code root} by relative path, with its SHA-256; empty when root is missing. */
    static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** The paths whose content differs between two trees, for a readable failure. */
    static List<String> differences(Map<String, String> a, Map<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return all.keySet().stream().filter(path -> !java.util.Objects.equals(a.get(path), b.get(path))).limit(20).toList();
    }
}
