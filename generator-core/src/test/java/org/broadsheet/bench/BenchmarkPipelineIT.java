package org.broadsheet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's pipeline at its tiny size — generate an archive, read it back exactly, build it with
 * {@code bin/broadsheet}, build it again incrementally (held back newest issue added; the result must equal the
 * clean build file for file, or the run fails) and report — so {@code bench/} keeps working. Runs after
 * {@code package}, when the jar exists. Nothing here is timed.
 */
class BenchmarkPipelineIT {
    @Test
    void tinyBenchmarkGeneratesReadsBackAndBuildsAnArchiveCleanlyAndIncrementally() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "bench/run.sh", "--size", "tiny")
                .directory(Path.of("..").toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "benchmark did not finish:\n" + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("pages"), "no report table in:\n" + output);
        assertTrue(output.contains("| add the newest issue |"), "no incremental build in:\n" + output);
    }
}
