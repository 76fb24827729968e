package org.broadsheet.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging folder's writer puts every page in place, and a failed write is reported, never waited on. */
class StagingWriterTest {
    @TempDir
    Path staging;

    @Test
    void everyQueuedPageIsOnDiskInItsFolderOnceFinished() throws IOException {
        try (StagingWriter writer = new StagingWriter(staging)) {
            for (int day = 1; day <= 30; day++) {
                for (int article = 1; article <= 40; article++) {
                    Path page = staging.resolve("2022/03/" + day + "/" + article + "/index.html");
                    writer.write(page, ("第" + day + "日第" + article + "篇").getBytes(StandardCharsets.UTF_8));
                }
            }
            writer.finish();
        }
        assertEquals("第17日第23篇", Files.readString(staging.resolve("2022/03/17/23/index.html")));
        try (var pages = Files.walk(staging)) {
            assertEquals(1200, pages.filter(p -> p.getFileName().toString().equals("index.html")).count());
        }
    }

    @Test
    void aPageThatCannotBeWrittenIsNamedAndTheRestNeverHangs() throws IOException {
        Files.writeString(staging.resolve("2022"), "a file where a folder should be");
        StagingWriter writer = new StagingWriter(staging);
        writer.write(staging.resolve("2022/03/04/index.html"), new byte[] {1});
        // Far more than the queue holds: each is either discarded or refused at once, none blocks.
        IOException refused = null;
        for (int i = 0; i < 2000 && refused == null; i++) {
            try {
                writer.write(staging.resolve("other/" + i + ".html"), new byte[] {2});
            } catch (IOException e) {
                refused = e;
            }
        }
        IOException failed = assertThrows(IOException.class, writer::finish);
        assertTrue(failed.getMessage().contains("2022/03/04/index.html"), failed.getMessage());
        writer.close();
    }
}
