package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a source folder is walked: which files are seeds, odd names, links, and issues sharing a date. */
class SourceFolderTest {
    private static final String ISSUE = "我市新建公园二十个\n\n本报讯（记者 张丽）3月1日，我市今年将新建公园二十个。\n";

    @TempDir
    Path source;

    private void write(String name, String text) throws Exception {
        Path file = source.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void twoIssuesOfTheSameDateKeepSeparateKeysInSourceOrder() throws Exception {
        write("b/2022-03-04.txt", ISSUE);
        write("a/2022-03-04.txt", ISSUE);
        List<Issue> issues = SeedReader.builder().build().read(source).archive().issues();
        assertEquals(List.of("a/2022-03-04.txt", "b/2022-03-04.txt"), issues.stream().map(Issue::source).toList());
        assertEquals(List.of("2022-03-04", "2022-03-04-2"), issues.stream().map(Issue::key).toList());
        assertEquals("2022-03-04-2-1", issues.get(1).articles().get(0).id());
    }

    @Test
    void fileNamesWithSpacesUnicodeAndDotsAreRead() throws Exception {
        write("二〇二二 年/第 1 期 2022-03-04.txt", ISSUE);
        write("第..2期 2022-03-05..txt", ISSUE);
        ReadResult result = SeedReader.builder().build().read(source);
        assertEquals(List.of(), result.errors());
        assertEquals(2, result.archive().issues().size());
    }

    @Test
    void folderWithBuildOutputTemplatesAndPomReadsOnlyItsSeeds() throws Exception {
        write("2022-03-04.txt", ISSUE);
        write("pom.xml", "<project/>");
        write("README.md", "# about");
        write("target/site/2022-03-05.txt", ISSUE);
        write("templates/article.ftlh", "<p/>");
        write(".git/HEAD", "ref");
        ReadResult result = SeedReader.builder().build().read(source);
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.archive().issues().size());
    }

    @Test
    void aSiteBuiltInsideTheSourceFolderIsNotReadAsSeeds() throws Exception {
        write("2022-03-04.txt", ISSUE);
        write("public/robots.txt", "User-agent: *");
        write("public/.broadsheet-site", "");
        ReadResult result = SeedReader.builder().build().read(source);
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.archive().issues().size());
    }

    @Test
    void fileOfAnUnknownKindIsReportedByName() throws Exception {
        write("2022-03-04.txt", ISSUE);
        write("scan.pdf", "%PDF");
        ReadResult result = SeedReader.builder().build().read(source);
        assertEquals(1, result.problems().size());
        assertEquals("scan.pdf", result.problems().get(0).file());
    }

    @Test
    void symbolicLinkLeavingTheSourceFolderIsRefused(@TempDir Path elsewhere) throws Exception {
        Path secret = elsewhere.resolve("2022-03-05.txt");
        Files.writeString(secret, ISSUE, StandardCharsets.UTF_8);
        write("2022-03-04.txt", ISSUE);
        Files.createSymbolicLink(source.resolve("2022-03-05.txt"), secret);
        ReadResult result = SeedReader.builder().build().read(source);
        assertEquals(1, result.archive().issues().size());
        assertEquals("2022-03-05.txt", result.errors().get(0).file());
        assertTrue(result.errors().get(0).message().contains("outside the source folder"));
    }

    @Test
    void settingsFileDescribesTheArchiveAndOverridesWin() throws Exception {
        write("2022-03-04.txt", ISSUE);
        write("broadsheet.properties", "title=示例档案\npublication=示例日报\nbaseUrl=https://example.org/archive\n");
        ReadResult result = SeedReader.builder().setting("publication", "另一份报纸").build().read(source);
        assertEquals("示例档案", result.archive().settings().title());
        assertEquals("另一份报纸", result.archive().settings().publication());
        assertEquals("https://example.org/archive/", result.archive().settings().baseUrl());
        assertEquals("/archive/", result.archive().settings().basePath());
        assertEquals("另一份报纸", result.archive().issues().get(0).publication());
    }

    @Test
    void malformedSettingIsAnErrorNamingTheFileAndValue() throws Exception {
        write("2022-03-04.txt", ISSUE);
        write("broadsheet.properties", "baseUrl=example.org\n");
        SeedException e = org.junit.jupiter.api.Assertions.assertThrows(SeedException.class,
                () -> SeedReader.builder().build().read(source));
        assertTrue(e.getMessage().contains("broadsheet.properties") && e.getMessage().contains("'example.org'"),
                e.getMessage());
    }
}
