package org.broadsheet.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileBudgetTest {
    @Test
    void aSmallArchiveGetsAHandfulOfFiles() {
        assertEquals(FileBudget.MINIMUM, FileBudget.of(5, 20_000).total());
    }

    @Test
    void aLargeArchiveUsesAtMostOneFilePerTenArticles() {
        FileBudget budget = FileBudget.of(15_000, 45_000_000);
        assertTrue(budget.total() <= 1_500, budget.toString());
        assertTrue(budget.shards() > budget.textFiles(), "shards are fetched whole, so they get most files");
    }
}
