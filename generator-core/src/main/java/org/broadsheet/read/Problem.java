package org.broadsheet.read;

import java.util.Objects;

/**
 * Something wrong with a seed file, found while reading it.
 *
 * @param file     the file's path as the user gave it (relative to the source folder where there is one)
 * @param line     the 1-based line the problem is on, or 0 when it concerns the whole file
 * @param severity whether the file could still be read
 * @param message  what is wrong, quoting the bad value
 */
public record Problem(String file, int line, Severity severity, String message) {
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Formats as compilers do, {@code file:line: error: message}, so editors can jump to it. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
