package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.broadsheet.model.ArchiveSettings;
import org.broadsheet.model.Article;
import org.broadsheet.read.Problem;

/** Reads the seed fixtures under {@code src/test/resources/kinds}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/kinds/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static IssueReader.Outcome read(String name) {
        return read(name, HtmlLayout.DEFAULT);
    }

    static IssueReader.Outcome read(String name, HtmlLayout layout) {
        Path file = path(name);
        return new IssueReader(ArchiveSettings.defaults(), layout).read(file, file.getFileName().toString());
    }

    static List<Article> articles(String name) {
        IssueReader.Outcome outcome = read(name);
        assertNotNull(outcome.issue(), () -> "no issue read from " + name + ": " + outcome.problems());
        return outcome.issue().articles();
    }

    static List<Problem> problems(String name) {
        return read(name).problems();
    }
}
