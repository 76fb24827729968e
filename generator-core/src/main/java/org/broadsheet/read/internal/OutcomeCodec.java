package org.broadsheet.read.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.read.Problem;

/**
 * Writes a read seed's {@link IssueReader.Outcome} (its issue and problems) as compact binary, and reads it back
 * equal to what was written: strings as UTF-8 with a length ({@code -1} for {@code null}), dates as epoch days.
 * Faster to read back than parsing the seed again, and far faster than JSON.
 */
public final class OutcomeCodec {
    private static final int NONE = -1;

    private OutcomeCodec() {
    }

    public static void write(IssueReader.Outcome outcome, DataOutputStream out) throws IOException {
        out.writeInt(outcome.problems().size());
        for (Problem problem : outcome.problems()) {
            string(problem.file(), out);
            out.writeInt(problem.line());
            out.writeByte(problem.severity().ordinal());
            string(problem.message(), out);
        }
        Issue issue = outcome.issue();
        out.writeBoolean(issue != null);
        if (issue == null) {
            return;
        }
        string(issue.key(), out);
        string(issue.source(), out);
        date(issue.date(), out);
        out.writeBoolean(issue.dateInferred());
        string(issue.publication(), out);
        string(issue.edition(), out);
        out.writeInt(issue.articles().size());
        for (Article article : issue.articles()) {
            string(article.id(), out);
            out.writeBoolean(article.page() != null);
            if (article.page() != null) {
                string(article.page().number(), out);
                string(article.page().name(), out);
            }
            string(article.kicker(), out);
            string(article.title(), out);
            string(article.subtitle(), out);
            Byline byline = article.byline();
            string(byline.prefix(), out);
            string(byline.organization(), out);
            strings(byline.reporters(), out);
            string(byline.dateline(), out);
            date(byline.datelineDate(), out);
            strings(article.paragraphs(), out);
            string(article.html(), out);
        }
    }

    public static IssueReader.Outcome read(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Problem> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String file = string(in);
            int line = in.readInt();
            Problem.Severity severity = Problem.Severity.values()[in.readByte()];
            problems.add(new Problem(file, line, severity, string(in)));
        }
        if (!in.readBoolean()) {
            return new IssueReader.Outcome(null, problems);
        }
        String key = string(in);
        String source = string(in);
        LocalDate date = date(in);
        boolean inferred = in.readBoolean();
        String publication = string(in);
        String edition = string(in);
        int articleCount = in.readInt();
        List<Article> articles = new ArrayList<>(articleCount);
        for (int i = 0; i < articleCount; i++) {
            String id = string(in);
            Page page = in.readBoolean() ? new Page(string(in), string(in)) : null;
            String kicker = string(in);
            String title = string(in);
            String subtitle = string(in);
            Byline byline = new Byline(string(in), string(in), strings(in), string(in), date(in));
            articles.add(new Article(id, page, kicker, title, subtitle, byline, strings(in), string(in)));
        }
        return new IssueReader.Outcome(new Issue(key, source, date, inferred, publication, edition, articles), problems);
    }

    private static void string(String value, DataOutputStream out) throws IOException {
        if (value == null) {
            out.writeInt(NONE);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == NONE) {
            return null;
        }
        if (length < 0) {
            throw new IOException("a string of length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void strings(List<String> values, DataOutputStream out) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(value, out);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> values = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            values.add(string(in));
        }
        return values;
    }

    private static void date(LocalDate date, DataOutputStream out) throws IOException {
        out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
    }

    private static LocalDate date(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }
}
