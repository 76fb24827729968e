package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own templates folder overrides the default theme file by file, and is looked at on every render. */
class ThemeTest {
    @TempDir
    Path folder;

    @Test
    void theDefaultThemeShipsItsStylesheet() throws Exception {
        Map<String, byte[]> assets = Theme.of(null).assets();
        assertTrue(assets.containsKey("broadsheet.css"), "assets: " + assets.keySet());
    }

    @Test
    void aSiteAssetReplacesTheThemesAndNewAssetsAreAdded() throws Exception {
        Path assets = Files.createDirectories(folder.resolve("assets"));
        Files.writeString(assets.resolve("broadsheet.css"), "body{}");
        Files.writeString(assets.resolve("extra.js"), "export {};");
        Map<String, byte[]> merged = Theme.of(folder).assets();
        assertArrayEquals("body{}".getBytes(StandardCharsets.UTF_8), merged.get("broadsheet.css"));
        assertTrue(merged.containsKey("extra.js"));
    }

    @Test
    void aSiteTemplateChangedAfterARenderIsSeenOnceTheThemeIsRefreshedAsEveryBuildDoes() throws Exception {
        Theme theme = Theme.of(folder);
        Map<String, Object> model = Map.of("name", "<b>杨文</b>");
        Files.writeString(folder.resolve("probe.ftlh"), "A ${name}");
        assertEquals("A &lt;b&gt;杨文&lt;/b&gt;", theme.render("probe.ftlh", model), "HTML is escaped in .ftlh");
        Files.writeString(folder.resolve("probe.ftlh"), "B ${name}");
        // FreeMarker notices an edit by its modification time in milliseconds; a warm JVM can write both
        // versions within one. A person's edit comes later: say so. Each build starts with a refresh.
        Files.setLastModifiedTime(folder.resolve("probe.ftlh"), java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(folder.resolve("probe.ftlh")).toMillis() + 2000));
        theme.refresh();
        assertEquals("B &lt;b&gt;杨文&lt;/b&gt;", theme.render("probe.ftlh", model));
    }

    @Test
    void recordsAreReadAsProperties() throws Exception {
        Files.writeString(folder.resolve("link.ftlh"), "<a href=\"${link.href}\">${link.label}</a>");
        assertEquals("<a href=\"../2022/\">2022年</a>",
                Theme.of(folder).render("link.ftlh", Map.of("link", new Link("../2022/", "2022年"))));
    }

    @Test
    void aMissingTemplateIsNamedInTheError() {
        Exception e = assertThrows(java.io.IOException.class, () -> Theme.of(null).render("nope.ftlh", Map.of()));
        assertTrue(e.getMessage().contains("nope.ftlh"), e.getMessage());
    }

    @Test
    void aTemplatesFolderThatIsNotAFolderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Theme.of(folder.resolve("missing")));
    }
}
