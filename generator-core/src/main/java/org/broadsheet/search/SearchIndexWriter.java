package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import org.broadsheet.model.Archive;

/**
 * Writes the client-side search index for an archive into {@code <site>/search/data/}.
 *
 * <p>Placeholder until the search index lands: writes nothing.
 */
public final class SearchIndexWriter {
    /** The folder, relative to the site root, that holds the index files. */
    public static final String FOLDER = "search/data";

    private SearchIndexWriter() {
    }

    /**
     * Writes the index of {@code archive} into {@code siteRoot/search/data/}.
     *
     * @return the number of bytes written
     */
    public static long write(Archive archive, Path siteRoot) throws IOException {
        return 0;
    }
}
