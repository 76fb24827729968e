package org.broadsheet.read.internal;

import java.util.List;

/**
 * Reads the bytes of one kind of seed file into its stories and the metadata the file itself gives. What
 * every kind shares (the {@code .meta} sidecar, a date in the file name, inferring a date from datelines,
 * ids) is left to {@link IssueReader}.
 *
 * <p>Implementations are configured once and thread-safe.
 */
interface KindReader {
    /**
     * @param metadata what the file says of its issue (front matter, or a web page's own metadata); its
     *                 {@code bodyLine} is unused
     * @param stories  the articles in printed order; empty when the file holds none, which a note explains
     * @param notes    problems found, at lines of the file
     */
    record Content(MetadataBlock.Parsed metadata, List<Story> stories, List<RawTextParser.Note> notes) {
        public Content {
            stories = List.copyOf(stories);
            notes = List.copyOf(notes);
        }
    }

    Content read(byte[] bytes) throws TextDecoder.UndecodableException;
}
