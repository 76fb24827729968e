package org.broadsheet.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Issue;

/**
 * Where each page of a site lives, as a path relative to the site's root. An article's page is a file in its
 * issue's folder ({@code 2022/03/04/3.html}, as newspapers' digital editions name theirs); the paths of other
 * pages end in {@code /} and are served from the {@code index.html} inside that folder. A year of a daily paper
 * has some 18,000 articles: a folder for each would double the files a build creates (each folder an inode and
 * a block on disk) for nothing a reader sees. Paths never depend on the order seeds were read.
 *
 * <pre>
 *   (empty)                 the home page
 *   2022/                   a year's calendar           2022/03/        a month
 *   2022/03/04/             an issue (its key 2022-03-04); 2022/03/04-2/ for a second issue that day;
 *                           undated/&lt;name&gt;/ for an issue without a date
 *   2022/03/04/3.html       the third article printed in that issue
 *   reporters/              the index of reporters      reporters/张三/  a reporter; reporters/张三/page/2/ …
 *   search/                 the search page
 * </pre>
 *
 * <p>Paths are returned as they are named on disk; {@link #href(String)} percent-encodes one for a link.
 * Stateless and thread-safe.
 */
public final class SiteLayout {
    public static final String HOME = "";
    public static final String REPORTERS = "reporters/";
    public static final String SEARCH = "search/";
    public static final String ASSETS = "assets/";
    public static final String NOT_FOUND = "404.html";
    public static final String FEED = "feed.xml";
    /** The sitemap index: it lists the {@link #sitemap(String) sitemaps}, which list the pages. */
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private static final Pattern DATED_KEY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:-(\\d+))?");
    private static final String UNDATED = "undated-";
    // Characters that some file systems, URLs or static hosts treat specially.
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|#%&{}^~\\[\\]`'+;=\\s\\p{Cntrl}]+");

    private SiteLayout() {
    }

    /** An issue's folder, from its key: {@code 2022/03/04/}, {@code 2022/03/04-2/}, {@code undated/notes/}. */
    public static String issue(Issue issue) {
        String key = issue.key();
        if (isPlainDate(key)) {
            // Most keys are a plain date; every build asks for the folder of every issue and article.
            return key.substring(0, 4) + "/" + key.substring(5, 7) + "/" + key.substring(8) + "/";
        }
        Matcher m = DATED_KEY.matcher(key);
        if (m.matches()) {
            String day = m.group(4) == null ? m.group(3) : m.group(3) + "-" + m.group(4);
            return m.group(1) + "/" + m.group(2) + "/" + day + "/";
        }
        if (key.startsWith(UNDATED)) {
            return "undated/" + segment(key.substring(UNDATED.length()), "issue") + "/";
        }
        return "issues/" + segment(key, "issue") + "/";
    }

    /** Whether a key is {@code YYYY-MM-DD} in ASCII digits, as {@link #DATED_KEY} with no issue number. */
    private static boolean isPlainDate(String key) {
        if (key.length() != 10 || key.charAt(4) != '-' || key.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = key.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** An article's page: a file in its issue's folder named by its 1-based printed position. */
    public static String article(Issue issue, int position) {
        if (position < 1 || position > issue.articles().size()) {
            throw new IllegalArgumentException("issue '" + issue.key() + "' has no article " + position);
        }
        return issue(issue) + position + ".html";
    }

    /** One sitemap of the {@link #SITEMAP index}: {@code sitemaps/2022-03.xml}. */
    public static String sitemap(String name) {
        return "sitemaps/" + name + ".xml";
    }

    /** A year's calendar: {@code 2022/}. */
    public static String year(int year) {
        return fourDigits(year) + "/";
    }

    /** A month's page: {@code 2022/03/}. */
    public static String month(YearMonth month) {
        int number = month.getMonthValue();
        return fourDigits(month.getYear()) + (number < 10 ? "/0" : "/") + number + "/";
    }

    /** A reporter's front page, with their newest articles: {@code reporters/张三/}. */
    public static String reporter(String folder) {
        return REPORTERS + folder + "/";
    }

    /**
     * One of a reporter's archive pages: {@code reporters/张三/page/1/} holds their oldest articles; the numbers
     * count from the oldest so that a page's address and articles stay the same as new articles come.
     *
     * @param folder the reporter's folder name, from {@link #segment(String, String)} and made unique in the site
     * @param page   1 for the oldest page
     */
    public static String reporter(String folder, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("no archive page " + page + " of reporter '" + folder + "'");
        }
        return REPORTERS + folder + "/page/" + page + "/";
    }

    /**
     * A name made safe as one folder name: characters that file systems or URLs treat specially become
     * {@code -}; Chinese and other letters stay as they are.
     *
     * @param fallback what to use when nothing of the name is left
     */
    public static String segment(String name, String fallback) {
        String safe = UNSAFE.matcher(name.strip()).replaceAll("-").replaceAll("^[-.]+|-+$", "");
        return safe.isEmpty() ? fallback : safe;
    }

    private static String fourDigits(int year) {
        // String.format would do, but it parses its pattern on every call, and every page links a year and month.
        String digits = Integer.toString(Math.abs(year));
        return (year < 0 ? "-" : "") + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }

    /** A site path made fit for a link: every character that may not appear in a URL path is percent-encoded. */
    public static String href(String path) {
        if (plain(path)) {
            return path;
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a link of path '" + path + "'", e);
        }
    }

    /** Whether a path has only characters a URL path may hold as they are, as most of a site's paths do. */
    private static boolean plain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean safe = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '/' || c == '-' || c == '.' || c == '_';
            if (!safe) {
                return false;
            }
        }
        return true;
    }
}
