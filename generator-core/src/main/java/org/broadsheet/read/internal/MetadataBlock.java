package org.broadsheet.read.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Issue metadata written as {@code key: value} lines: a front-matter block between {@code ---} lines at the
 * top of a seed, or a sidecar file {@code <seed file name>.meta} beside it. Known keys: {@code date}
 * (ISO, such as {@code 2022-03-04}), {@code publication}, {@code edition}. Blank lines and lines starting
 * with {@code #} are ignored.
 */
public final class MetadataBlock {
    private static final List<String> KEYS = List.of("date", "publication", "edition");

    /** The values found, the problems, and the line after the block (1-based). */
    public record Parsed(LocalDate date, String publication, String edition, int bodyLine, List<RawTextParser.Note> notes) {
    }

    private MetadataBlock() {
    }

    /** Reads a front-matter block if the text starts with one; otherwise nothing, body at line 1. */
    public static Parsed frontMatter(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !RawTextParser.strip(lines[0]).equals("---")) {
            return new Parsed(null, null, null, 1, List.of());
        }
        for (int i = 1; i < lines.length; i++) {
            if (RawTextParser.strip(lines[i]).equals("---")) {
                Parsed block = parse(lines, 1, i, 1);
                return new Parsed(block.date, block.publication, block.edition, i + 2, block.notes);
            }
        }
        return new Parsed(null, null, null, 1,
                List.of(new RawTextParser.Note(1, true, "front matter opened with '---' is never closed")));
    }

    /** Reads a whole sidecar file. */
    public static Parsed sidecar(String text) {
        String[] lines = text.split("\n", -1);
        int from = 0;
        int to = lines.length;
        if (to > 0 && RawTextParser.strip(lines[0]).equals("---")) {
            from = 1;
        }
        if (to > from && RawTextParser.strip(lines[to - 1]).equals("---")) {
            to--;
        }
        return parse(lines, from, to, 1);
    }

    private static Parsed parse(String[] lines, int from, int to, int lineBase) {
        Map<String, String> values = new TreeMap<>();
        Map<String, Integer> lineOf = new TreeMap<>();
        List<RawTextParser.Note> notes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = RawTextParser.strip(lines[i]);
            int number = lineBase + i;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                notes.add(new RawTextParser.Note(number, true, "expected 'key: value', found '" + line + "'"));
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            if (!KEYS.contains(key)) {
                notes.add(new RawTextParser.Note(number, false, "unknown key '" + key + "' ignored; known keys: " + KEYS));
                continue;
            }
            values.put(key, value);
            lineOf.put(key, number);
        }
        LocalDate date = null;
        String dateText = values.get("date");
        if (dateText != null && !dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                notes.add(new RawTextParser.Note(lineOf.get("date"), true,
                        "date '" + dateText + "' is not a calendar date in the form YYYY-MM-DD"));
            }
        }
        return new Parsed(date, blankToNull(values.get("publication")), blankToNull(values.get("edition")), to + 1, notes);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
