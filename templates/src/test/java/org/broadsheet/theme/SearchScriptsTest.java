package org.broadsheet.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SearchScriptsTest {
    private static final String[] SCRIPTS = {"assets/search.js", "assets/search-ui.js"};

    @Test
    void theSearchClientIsSmallEnoughToReadInOneSitting() throws IOException {
        long total = 0;
        for (String script : SCRIPTS) {
            total += read(script).length;
        }
        assertTrue(total <= 20 * 1024, "search client is " + total + " bytes, over 20 KB");
    }

    @Test
    void archiveTextNeverGoesThroughHtmlParsing() throws IOException {
        for (String script : SCRIPTS) {
            String text = new String(read(script), StandardCharsets.UTF_8);
            assertFalse(text.contains("innerHTML") || text.contains("outerHTML") || text.contains("insertAdjacentHTML"),
                    script + " parses HTML");
        }
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = SearchScriptsTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is missing from the theme");
            return in.readAllBytes();
        }
    }
}
