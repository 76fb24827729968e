package org.broadsheet.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.model.Archive;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedReaderKindsTest {
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SeedReaderKindsTest.class.getResource("/kinds/" + name).toURI());
    }

    private static ReadResult read(Path source) throws IOException, SeedException {
        return SeedReader.builder().build().read(source);
    }

    @Test
    void aFolderMixingRawTextMarkdownAndHtmlReadsIntoOneArchive() throws Exception {
        ReadResult result = read(fixture("mixed"));
        Archive archive = result.archive();
        assertFalse(result.hasErrors(), result.problems().toString());
        assertEquals(List.of("2022-03-04", "2022-03-04-2", "2022-03-05"),
                archive.issues().stream().map(Issue::key).toList(), "same-date issues from two files keep two keys");
        assertEquals(List.of("2022-03-04.md", "2022-03-04.txt", "2022-03-05.html"),
                archive.issues().stream().map(Issue::source).toList());
        assertEquals(4, archive.articleCount());
        assertTrue(archive.issues().stream().allMatch(issue -> "河东日报".equals(issue.publication())),
                "the archive's publication fills in for every kind");
        List<Page> pages = archive.issues().stream().flatMap(issue -> issue.articles().stream())
                .map(Article::page).toList();
        assertEquals(List.of(new Page("03", "周末"), new Page("01", "要闻"), new Page("02", "社会"), new Page("04", "体育")),
                pages);
        List<String> ids = archive.issues().stream().flatMap(issue -> issue.articles().stream()).map(Article::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "article ids are unique: " + ids);
    }

    @Test
    void rawTextHasNoHtmlWhileMarkupSeedsDo() throws Exception {
        Archive archive = read(fixture("mixed")).archive();
        Issue markdown = archive.issues().get(0);
        Issue raw = archive.issues().get(1);
        assertNull(raw.articles().get(0).html());
        assertTrue(markdown.articles().get(0).html().contains("<strong>三十年</strong>"));
        assertFalse(markdown.articles().get(0).html().contains("<script"));
    }

    @Test
    void aFileOfAnUnknownKindIsReportedButTheFolderStillBuilds() throws Exception {
        ReadResult result = read(fixture("mixed"));
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        Problem warning = result.warnings().get(0);
        assertEquals("notes.docx", warning.file());
        assertTrue(warning.message().contains(".md") && warning.message().contains(".html"), warning.message());
    }

    @Test
    void aReadmeInMarkdownIsNotAnIssue() throws Exception {
        ReadResult result = read(fixture("mixed"));
        assertTrue(result.archive().issues().stream().noneMatch(issue -> issue.source().startsWith("README")));
        assertTrue(result.problems().stream().noneMatch(p -> p.file().startsWith("README")), result.problems().toString());
    }

    @Test
    void theFilesABrowserSavesBesideAPageAreNotSeeds() throws Exception {
        ReadResult result = read(fixture("mixed"));
        assertTrue(result.problems().stream().noneMatch(p -> p.file().contains("_files")), result.problems().toString());
    }

    @Test
    void aSingleFileOfAnUnknownKindIsAnError(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("issue.rtf"), "{\\rtf1 本报讯}");
        ReadResult result = read(file);
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).message().contains("issue.rtf"), result.errors().get(0).message());
    }

    @Test
    void htmlSelectorsAreReadFromTheSettingsFile() throws Exception {
        ReadResult result = read(fixture("configured"));
        Article article = result.archive().issues().get(0).articles().get(0);
        assertEquals("剪纸课上的笑声", article.title());
        assertEquals(new Page("05", "文化"), article.page());
        assertFalse(article.paragraphs().stream().anyMatch(p -> p.contains("相关阅读")));
    }

    @Test
    void aBadSelectorInTheSettingsFileIsAnErrorNamingIt(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve(SettingsFile.NAME), "html.content=div[\n");
        SeedException e = assertThrows(SeedException.class, () -> read(folder));
        assertTrue(e.getMessage().contains(SettingsFile.NAME) && e.getMessage().contains("html.content"), e.getMessage());
    }
}
