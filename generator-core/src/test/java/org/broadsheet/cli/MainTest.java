package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line prints the archive as JSON, and refuses bad seeds without printing anything. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void parsePrintsTheSampleArchiveAsJson() {
        assertEquals(0, run("parse", "../seeds"), stderr());
        JsonObject issue = JsonParser.parseString(stdout()).getAsJsonObject().getAsJsonArray("issues").get(0).getAsJsonObject();
        assertEquals("2022-03-04", issue.get("date").getAsString());
        assertEquals(false, issue.get("dateInferred").getAsBoolean());
        JsonArray articles = issue.getAsJsonArray("articles");
        assertEquals(5, articles.size());
        JsonObject first = articles.get(0).getAsJsonObject();
        JsonObject byline = first.getAsJsonObject("byline");
        assertEquals("本报讯", byline.get("prefix").getAsString());
        assertEquals("山西日报", byline.get("organization").getAsString());
        assertEquals("杨文", byline.getAsJsonArray("reporters").get(0).getAsString());
        assertEquals("3月2日", byline.get("dateline").getAsString());
        assertEquals(7, first.getAsJsonArray("paragraphs").size());
        assertTrue(articles.get(1).getAsJsonObject().get("kicker").isJsonNull());
    }

    @Test
    void parseOfBadSeedsListsEveryBadFileAndPrintsNothing() {
        assertEquals(1, run("parse", "src/test/resources/org/broadsheet/read/errors"));
        assertEquals("", stdout());
        for (String file : new String[] {"binary.txt", "empty.txt", "invalid.txt:4", "mixed.txt:3", "whitespace.txt"}) {
            assertTrue(stderr().contains(file + ":") || stderr().contains(file + " "), file + " missing in " + stderr());
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("publish"));
        assertTrue(stderr().contains("unknown command 'publish'"));
    }

    @Test
    void missingFolderIsReportedByName() {
        assertEquals(1, run("parse", "no-such-folder"));
        assertTrue(stderr().contains("no-such-folder"));
    }
}
