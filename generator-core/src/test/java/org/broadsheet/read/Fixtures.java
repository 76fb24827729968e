package org.broadsheet.read;

import java.nio.file.Path;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;

/** Reads fixture seeds under {@code src/test/resources/org/broadsheet/read/}. */
final class Fixtures {
    static final Path ROOT = Path.of("src/test/resources/org/broadsheet/read");

    private Fixtures() {
    }

    static ReadResult read(String relative) throws Exception {
        return SeedReader.builder().build().read(ROOT.resolve(relative));
    }

    static Issue issue(String relative) throws Exception {
        ReadResult result = read(relative);
        if (result.hasErrors()) {
            throw new AssertionError("unexpected errors: " + result.errors());
        }
        return result.archive().issues().get(0);
    }

    static Article articleTitled(Issue issue, String title) {
        return issue.articles().stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled " + title + " in "
                        + issue.articles().stream().map(Article::title).toList()));
    }

    static List<String> titles(Issue issue) {
        return issue.articles().stream().map(Article::title).toList();
    }
}
