package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clean builds of the same input are byte-identical, whatever the JVM they run in: one processor or four or
 * all the machine's (the reader reads seeds in parallel), another time zone, locale and default encoding.
 */
class DeterministicBuildTest {
    @TempDir
    Path work;

    @Test
    void cleanBuildsOfTheSameInputAreByteIdenticalWithOneThreadAndWithMany() throws Exception {
        Path seeds = ChildBuild.seeds(work.resolve("seeds"), 12, false);
        copyFolder(Path.of(getClass().getResource("/kinds/mixed").toURI()), seeds.resolve("mixed"));
        copyFolder(Path.of(getClass().getResource("/hostile/script").toURI()), seeds.resolve("hostile"));

        ChildBuild.run(seeds, work.resolve("default"));
        Map<String, String> reference = ChildBuild.tree(work.resolve("default"));
        assertFalse(reference.isEmpty());
        Map<String, String[]> variants = Map.of(
                "one-processor", new String[] {"-XX:ActiveProcessorCount=1"},
                "four-processors", new String[] {"-XX:ActiveProcessorCount=4"},
                "elsewhere", new String[] {"-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr",
                    "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=UTF-8"});
        for (Map.Entry<String, String[]> variant : variants.entrySet()) {
            Path output = work.resolve(variant.getKey());
            ChildBuild.run(seeds, output, variant.getValue());
            Map<String, String> tree = ChildBuild.tree(output);
            assertEquals(reference.keySet(), tree.keySet(), variant.getKey() + ": the same files");
            assertEquals(java.util.List.of(), ChildBuild.differences(reference, tree), variant.getKey() + ": the same bytes");
        }
    }

    private static void copyFolder(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("broadsheet.properties")) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
