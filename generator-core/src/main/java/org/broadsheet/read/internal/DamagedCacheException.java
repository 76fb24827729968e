package org.broadsheet.read.internal;

import java.io.IOException;

/**
 * The text of an article could not be had from the cache of read seeds: its bytes are not the ones written, or
 * cannot be read. Nothing wrong was shown; reading the seeds afresh gives the text again.
 */
public final class DamagedCacheException extends IOException {
    public DamagedCacheException(String message) {
        super(message);
    }

    public DamagedCacheException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether {@code failure} was caused by a damaged cache, however deep it was wrapped. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DamagedCacheException) {
                return true;
            }
        }
        return false;
    }
}
