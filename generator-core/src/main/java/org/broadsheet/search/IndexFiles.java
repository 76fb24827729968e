package org.broadsheet.search;

import java.io.IOException;

/**
 * Where the index builder puts its files: {@link SearchIndexWriter#write} writes them into a folder; the site
 * build compares each with its previous build and writes only those that changed.
 */
@FunctionalInterface
public interface IndexFiles {
    /**
     * Receives one finished file of the index; may be called from several threads at once.
     *
     * @param name  the file's path inside {@value SearchIndexWriter#FOLDER}, such as {@code 2021/s12.bin}
     * @param bytes its whole content; not changed by the caller afterwards
     */
    void file(String name, byte[] bytes) throws IOException;
}
