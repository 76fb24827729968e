package org.broadsheet.read.internal;

/** Lets tests in other packages use the raw-text parser's own definitions of a line. */
public final class RawTextParserAccess {
    private RawTextParserAccess() {
    }

    public static String strip(String line) {
        return RawTextParser.strip(line);
    }

    public static boolean isPageMarker(String line) {
        return RawTextParser.isPageMarker(line);
    }

    public static boolean isUntitled(String title) {
        return RawTextParser.UNTITLED.equals(title);
    }
}
