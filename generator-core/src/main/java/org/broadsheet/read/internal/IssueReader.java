package org.broadsheet.read.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArchiveSettings;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.broadsheet.read.Problem;

/**
 * Reads one seed file of any {@link SeedKind} into an {@link Issue}: the kind's reader decodes it and finds
 * its articles and the metadata the file gives (front matter, a web page's own metadata); then, the same for
 * every kind, a {@code .meta} sidecar and a date in the file name fill what the file left out, and
 * datelines are resolved.
 * Where no metadata gives a date it infers one from the datelines and the configured year, and warns.
 *
 * <p>Thread-safe: holds the archive settings and one reader per kind, each configured once.
 */
public final class IssueReader {
    private static final Pattern FILE_NAME_DATE = Pattern.compile(
            "(?<!\\d)(?<y>(?:18|19|20|21)\\d{2})[-_.]?(?<m>\\d{2})[-_.]?(?<d>\\d{2})(?!\\d)");
    /** A dateline's own year, as in {@code 2022年3月2日}: it wins over the issue's. */
    private static final Pattern DATELINE_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern DAY_OF_MONTH = Pattern.compile(BylineParser.DAY_OF_MONTH);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<m>[0-9０-９一二三四五六七八九十]{1,3})月(?<d>[0-9０-９一二三四五六七八九十]{1,3})日");
    /** The largest seed read; a larger one is reported, not read. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final ArchiveSettings settings;
    private final Map<SeedKind, KindReader> kinds;

    /** A reader whose web pages are read with the default {@link HtmlLayout}. */
    public IssueReader(ArchiveSettings settings) {
        this(settings, HtmlLayout.DEFAULT);
    }

    public IssueReader(ArchiveSettings settings, HtmlLayout layout) {
        this.settings = settings;
        this.kinds = new EnumMap<>(Map.of(
                SeedKind.RAW_TEXT, new RawTextReader(),
                SeedKind.MARKDOWN, new MarkdownReader(),
                SeedKind.HTML, new HtmlReader(layout)));
    }

    /** The issue read from a file, or {@code null} when it could not be read, and the problems found. */
    public record Outcome(Issue issue, List<Problem> problems) {
    }

    public Outcome read(Path file, String name) {
        return read(file, name, null);
    }

    /**
     * Reads a seed whose bytes the caller may have read already (to digest them), so they are not read twice.
     *
     * @param bytes the file's bytes, at most {@link #MAX_BYTES}, or {@code null} to read them here
     */
    public Outcome read(Path file, String name, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Optional<SeedKind> kind = SeedKind.of(file.getFileName().toString());
        if (kind.isEmpty()) {
            problems.add(Problem.error(name, 0, "not a seed: unknown kind of file '" + file.getFileName()
                    + "' (seeds end in " + SeedKind.allExtensions() + ")"));
            return new Outcome(null, problems);
        }
        try {
            if (bytes == null && Files.size(file) > MAX_BYTES) {
                problems.add(Problem.error(name, 0, "file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; not read"));
                return new Outcome(null, problems);
            }
            KindReader.Content content = kinds.get(kind.get()).read(bytes != null ? bytes : Files.readAllBytes(file));
            report(content.notes(), name, problems);
            MetadataBlock.Parsed front = content.metadata();
            MetadataBlock.Parsed side = readSidecar(file, name, problems);
            if (content.stories().isEmpty() || problems.stream().anyMatch(Problem::isError)) {
                return new Outcome(null, problems);
            }
            LocalDate date = firstNonNull(front.date(), side == null ? null : side.date(), fileNameDate(file));
            boolean inferred = false;
            if (date == null) {
                date = inferDate(content.stories(), name, problems);
                inferred = date != null;
            }
            String publication = firstNonNull(front.publication(), side == null ? null : side.publication(),
                    settings.publication());
            String edition = firstNonNull(front.edition(), side == null ? null : side.edition(), null);
            // Keyed as assignIds keys an issue alone on its date, so that it can take most issues as they are.
            String key = baseKey(date, name);
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < content.stories().size(); i++) {
                articles.add(article(key + "-" + (i + 1), content.stories().get(i), date));
            }
            return new Outcome(new Issue(key, name, date, inferred, publication, edition, articles), problems);
        } catch (TextDecoder.UndecodableException e) {
            problems.add(Problem.error(name, e.line(), e.getMessage()));
        } catch (IOException e) {
            problems.add(Problem.error(name, 0, "cannot read: " + e.getMessage()));
        }
        return new Outcome(null, problems);
    }

    private MetadataBlock.Parsed readSidecar(Path file, String name, List<Problem> problems) throws IOException {
        Path sidecar = SeedKind.sidecarOf(file);
        if (!Files.isRegularFile(sidecar)) {
            return null;
        }
        String sidecarName = name + SeedKind.SIDECAR;
        try {
            MetadataBlock.Parsed parsed = MetadataBlock.sidecar(
                    TextDecoder.decode(Files.readAllBytes(sidecar)).text());
            report(parsed.notes(), sidecarName, problems);
            return parsed;
        } catch (TextDecoder.UndecodableException e) {
            problems.add(Problem.error(sidecarName, e.line(), e.getMessage()));
            return null;
        }
    }

    private Article article(String id, Story story, LocalDate issueDate) {
        BylineParser.Head head = story.head();
        List<String> reporters = new ArrayList<>(head.reporters());
        reporters.addAll(story.signed());
        Byline byline = new Byline(head.prefix(), head.organization(), reporters, head.dateline(),
                resolve(head.dateline(), issueDate));
        return new Article(id, story.page(), story.kicker(), story.title(), story.subtitle(), byline, story.paragraphs(),
                story.html());
    }

    /**
     * Resolves {@code 3月2日} against the issue's date (a December dateline in a January issue is last year's), and
     * a dateline relative to it: {@code 昨天} the day before, {@code 19日} the latest 19th up to the issue's day.
     */
    private LocalDate resolve(String dateline, LocalDate issueDate) {
        LocalDate relative = dateline == null || issueDate == null ? null : relative(dateline, issueDate);
        if (relative != null) {
            return relative;
        }
        Optional<int[]> monthDay = monthDay(dateline);
        Matcher printedYear = dateline == null ? null : DATELINE_YEAR.matcher(dateline);
        boolean printed = printedYear != null && printedYear.find();
        Integer year = printed ? Integer.valueOf(printedYear.group(1))
                : issueDate != null ? Integer.valueOf(issueDate.getYear()) : settings.year();
        if (monthDay.isEmpty() || year == null) {
            return null;
        }
        int month = monthDay.get()[0];
        int y = !printed && issueDate != null && month > issueDate.getMonthValue() ? year - 1 : year;
        try {
            return LocalDate.of(y, month, monthDay.get()[1]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date a dateline relative to the issue means ({@code 昨天}, {@code 19日}), or {@code null} for any other. */
    private static LocalDate relative(String dateline, LocalDate issueDate) {
        Integer daysBefore = BylineParser.DAYS_BEFORE_ISSUE.get(dateline);
        if (daysBefore != null) {
            return issueDate.minusDays(daysBefore);
        }
        return DAY_OF_MONTH.matcher(dateline).matches()
                ? dayOfMonth(ChineseNumber.parse(dateline.substring(0, dateline.length() - 1)), issueDate) : null;
    }

    /** The latest date on {@code day} of a month that is not after the issue: this month's, or last month's. */
    private static LocalDate dayOfMonth(int day, LocalDate issueDate) {
        LocalDate month = issueDate.withDayOfMonth(1);
        for (int back = 0; back < 2; back++, month = month.minusMonths(1)) {
            if (day >= 1 && day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isAfter(issueDate)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }

    private LocalDate inferDate(List<Story> stories, String name, List<Problem> problems) {
        LocalDate latest = null;
        for (Story story : stories) {
            LocalDate date = resolve(story.head().dateline(), null);
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        if (latest == null) {
            problems.add(Problem.warning(name, 0, settings.year() == null
                    ? "no issue date: give 'date: YYYY-MM-DD' in front matter or in " + name + ".meta, "
                        + "or a date in the file name, or set 'year' in broadsheet.properties to infer it from datelines"
                    : "no issue date: no metadata gives one and no article has a dateline; "
                        + "give 'date: YYYY-MM-DD' in front matter or in " + name + ".meta"));
            return null;
        }
        LocalDate inferred = latest.plusDays(1);
        problems.add(Problem.warning(name, 0, "issue date inferred as " + inferred + ", the day after the latest dateline ("
                + latest + "); give 'date:' in front matter or in " + name + ".meta to set it"));
        return inferred;
    }

    static Optional<int[]> monthDay(String dateline) {
        if (dateline == null) {
            return Optional.empty();
        }
        Matcher m = MONTH_DAY.matcher(dateline);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = ChineseNumber.parse(m.group("m"));
        int day = ChineseNumber.parse(m.group("d"));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? Optional.of(new int[] {month, day}) : Optional.empty();
    }

    private static LocalDate fileNameDate(Path file) {
        Matcher m = FILE_NAME_DATE.matcher(file.getFileName().toString());
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d")));
            } catch (DateTimeException e) {
                // digits that are not a date, such as part of a hash; look further
            }
        }
        return null;
    }

    /**
     * Gives each issue its key (its date, or {@code undated-<file>}; a second issue of the same date gets
     * {@code -2}) and each article its id {@code <key>-<position>}. Issues come out oldest first, ties and
     * undated issues ordered by source path, so ids never depend on the order files were read. The pages of a
     * saved digital edition (one HTML file per article, of one date, in one folder) are first gathered into one
     * issue ({@link SavedEditionPages}).
     */
    public static List<Issue> assignIds(List<Issue> issues) {
        List<Issue> sorted = new ArrayList<>(SavedEditionPages.merge(issues));
        sorted.sort(Comparator.comparing(Issue::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Issue::source));
        Map<String, Integer> seen = new HashMap<>();
        List<Issue> out = new ArrayList<>(sorted.size());
        for (Issue issue : sorted) {
            String base = baseKey(issue.date(), issue.source());
            int n = seen.merge(base, 1, Integer::sum);
            String key = n == 1 ? base : base + "-" + n;
            if (keyed(issue, key)) {
                out.add(issue); // as read: most are, and remaking 73,000 articles every build of five years cost 40 ms
                continue;
            }
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < issue.articles().size(); i++) {
                Article a = issue.articles().get(i);
                articles.add(new Article(key + "-" + (i + 1), a.page(), a.kicker(), a.title(), a.subtitle(),
                        a.byline(), a.paragraphs(), a.html()));
            }
            out.add(new Issue(key, issue.source(), issue.date(), issue.dateInferred(), issue.publication(), issue.edition(),
                    articles));
        }
        return out;
    }

    /** An issue's key before keys on the same date are told apart: its date, or its seed's name when undated. */
    private static String baseKey(LocalDate date, String source) {
        return date != null ? date.toString() : "undated-" + slug(source);
    }

    /** Whether {@code issue} already has {@code key} and its articles the ids that go with it ({@code key-1} …). */
    private static boolean keyed(Issue issue, String key) {
        if (!issue.key().equals(key)) {
            return false;
        }
        for (int i = 0; i < issue.articles().size(); i++) {
            if (!issue.articles().get(i).id().equals(key + "-" + (i + 1))) {
                return false;
            }
        }
        return true;
    }

    private static String slug(String source) {
        String stem = source.replaceAll("\\.[^./]*$", "");
        String slug = stem.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "issue" : slug.toLowerCase(java.util.Locale.ROOT);
    }

    private static void report(List<RawTextParser.Note> notes, String name, List<Problem> problems) {
        for (RawTextParser.Note note : notes) {
            problems.add(note.error() ? Problem.error(name, note.line(), note.message())
                    : Problem.warning(name, note.line(), note.message()));
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

}
