package org.broadsheet.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void aTemplateReadsARecordsComponentsNestedAndMissingAndCallsItsOtherMethods() throws Exception {
        Files.writeString(folder.resolve("pager.ftlh"), "<#if pager.links()>${pager.newer.label} ${pager.newer.href}"
                + "|${(pager.older??)?c}|${(pager.older.label)!\"无\"}|${pager.nope!\"没有\"}|${pager.newer.label()}|${pager.links?c}</#if>");
        Pagination pager = new Pagination(new Link("../2/", "较新"), null, null, null);
        assertEquals("较新 ../2/|false|无|没有|较新|true", Theme.of(folder).render("pager.ftlh", Map.of("pager", pager)));
        assertEquals("", Theme.of(folder).render("pager.ftlh",
                Map.of("pager", new Pagination(null, null, null, null))), "links() is false with nowhere to go");
    }

    @Test
    void aRecordsListComponentIsListedInOrderAndEscaped() throws Exception {
        Files.writeString(folder.resolve("toc.ftlh"),
                "${section.label}: <#list section.articles as a>${a?index + 1}.${a.link.label} </#list>(${section.articles?size})");
        Section section = new Section("第<1>版", List.of(card("要闻"), card("A&B")));
        assertEquals("第&lt;1&gt;版: 1.要闻 2.A&amp;B (2)", Theme.of(folder).render("toc.ftlh", Map.of("section", section)));
    }

    private static ArticleCard card(String title) {
        return new ArticleCard(new Link("1.html", title), null, null, null, null, null, null);
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
