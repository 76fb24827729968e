package org.broadsheet.site.internal;

import java.util.concurrent.TimeUnit;

/**
 * Prints how long each phase of a build took, to standard error, when the system property
 * {@value #PROPERTY} is {@code true} (as in {@code java -Dbroadsheet.phases=true -jar broadsheet.jar build …}):
 * for profiling where a build's time goes. Silent otherwise.
 */
public final class PhaseLog {
    public static final String PROPERTY = "broadsheet.phases";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private PhaseLog() {
    }

    /** The clock reading to pass to {@link #since}. */
    public static long start() {
        return System.nanoTime();
    }

    /** Prints the time since {@code start} under {@code phase}; returns the clock reading now. */
    public static long since(long start, String phase) {
        long now = System.nanoTime();
        if (ON) {
            System.err.printf("phase %-28s %6d ms%n", phase, TimeUnit.NANOSECONDS.toMillis(now - start));
        }
        return now;
    }
}
