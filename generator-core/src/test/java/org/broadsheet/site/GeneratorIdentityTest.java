package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's identity, read from its jar's zip directory, changes with any file in the jar. */
class GeneratorIdentityTest {
    @TempDir
    Path temp;

    private Path jar(String name, String template, String comment) throws Exception {
        Path jar = temp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            if (comment != null) {
                zip.setComment(comment);
            }
            for (String[] entry : new String[][] {{"org/broadsheet/A.class", "cafebabe"},
                    {"org/broadsheet/theme/article.ftlh", template}}) {
                ZipEntry zipEntry = new ZipEntry(entry[0]);
                zipEntry.setLastModifiedTime(FileTime.fromMillis(0));
                zip.putNextEntry(zipEntry);
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void twoJarsOfTheSameFilesHaveOneIdentityAndAChangedTemplateAnother() throws Exception {
        byte[] one = SiteBuilder.zipDirectory(jar("one.jar", "<p>${title}</p>", null));
        byte[] same = SiteBuilder.zipDirectory(jar("same.jar", "<p>${title}</p>", null));
        byte[] other = SiteBuilder.zipDirectory(jar("other.jar", "<p>${title}</b>", null));
        assertNotNull(one);
        assertArrayEquals(one, same);
        assertFalse(Arrays.equals(one, other), "a template changed in place, the same length");
    }

    @Test
    void aJarThatDoesNotEndAsAPlainZipFileIsDigestedWhole() throws Exception {
        assertNull(SiteBuilder.zipDirectory(jar("commented.jar", "x", "a comment")));
        Path text = Files.writeString(temp.resolve("not.jar"), "not a zip file at all, but longer than 22 bytes");
        assertNull(SiteBuilder.zipDirectory(text));
    }
}
