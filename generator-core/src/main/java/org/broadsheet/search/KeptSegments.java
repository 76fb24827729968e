package org.broadsheet.search;

import java.io.IOException;

/** Which segments of a previous build's index stay as they are: their files are neither built nor written. */
@FunctionalInterface
public interface KeptSegments {
    /** Keeps nothing: every segment is built. */
    KeptSegments NONE = segment -> null;

    /**
     * The segment's {@code manifest.json} as the previous build wrote it, when that build's files of the segment
     * stay in the site unchanged; {@code null} to build the segment.
     */
    byte[] manifest(IndexSegment segment) throws IOException;
}
