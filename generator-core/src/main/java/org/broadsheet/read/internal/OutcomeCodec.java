package org.broadsheet.read.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.broadsheet.internal.DeferredList;
import org.broadsheet.internal.Fingerprint;
import org.broadsheet.model.Article;
import org.broadsheet.model.Byline;
import org.broadsheet.model.Issue;
import org.broadsheet.model.Page;
import org.broadsheet.read.Problem;

/**
 * Writes a read seed's {@link IssueReader.Outcome} (its issue and problems) as compact binary, and reads it back
 * equal to what was written: strings as UTF-8 with a length ({@code -1} for {@code null}), dates as epoch days.
 * Faster to read back than parsing the seed again, and far faster than JSON.
 *
 * <p>An outcome is written in two parts: its head (problems, issue, headlines, and per article the paragraphs'
 * count, digest, length and CRC-32), and its articles' paragraphs, most of its bytes, one block after another.
 * The head is read back into an issue whose articles' paragraphs are {@link DeferredList}s that fetch their
 * block (see {@link Bodies}), check it and decode it only if something asks for their text: a build that keeps
 * an issue's pages reads its head alone, not its text.
 */
public final class OutcomeCodec {
    private static final int NONE = -1;

    private OutcomeCodec() {
    }

    /** An outcome encoded: its head, and its articles' paragraphs one block after another. */
    public record Encoded(byte[] head, byte[] bodies) {
    }

    public static Encoded write(IssueReader.Outcome outcome) throws IOException {
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream(4096);
        ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream(1 << 14);
        DataOutputStream out = new DataOutputStream(headBytes);
        write(outcome, out, new DataOutputStream(bodyBytes));
        out.flush();
        return new Encoded(headBytes.toByteArray(), bodyBytes.toByteArray());
    }

    private static void write(IssueReader.Outcome outcome, DataOutputStream out, DataOutputStream bodies)
            throws IOException {
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
        // The paragraphs go straight into the bodies, checksummed and counted on the way.
        CRC32 crc = new CRC32();
        DataOutputStream paragraphs = new DataOutputStream(new CheckedOutputStream(bodies, crc));
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
            string(article.html(), out);
            Fingerprint.Digest digest = Fingerprint.digest(article.paragraphs());
            out.writeInt(article.paragraphs().size());
            out.writeLong(digest.a());
            out.writeLong(digest.b());
            crc.reset();
            int from = paragraphs.size();
            for (String paragraph : article.paragraphs()) {
                string(paragraph, paragraphs);
            }
            out.writeInt(paragraphs.size() - from);
            out.writeInt((int) crc.getValue());
        }
        paragraphs.flush();
    }

    /** Where the paragraphs of an outcome read from its head are fetched from when first asked for. */
    @FunctionalInterface
    public interface Bodies {
        /** The {@code length} bytes at {@code start} of the outcome's {@link Encoded#bodies() bodies}. */
        byte[] read(long start, int length) throws IOException;
    }

    /**
     * Reads back the issue and problems {@link #write} wrote into {@code head}, and fetches each article's
     * paragraphs from {@code bodies} when first asked for, refusing a block whose checksum is not the one written:
     * an archive read this way holds its headlines, not its text.
     */
    public static IssueReader.Outcome read(byte[] head, Bodies bodies) throws IOException {
        Cursor in = new Cursor(head, 0, head.length);
        int count = in.count();
        List<Problem> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String file = in.string();
            int line = in.integer();
            int severity = in.next();
            Problem.Severity[] severities = Problem.Severity.values();
            if (severity >= severities.length) {
                throw new IOException("no problem severity " + severity);
            }
            problems.add(new Problem(file, line, severities[severity], in.string()));
        }
        if (in.next() == 0) {
            in.end();
            return new IssueReader.Outcome(null, problems);
        }
        String key = in.string();
        String source = in.string();
        LocalDate date = in.date();
        boolean inferred = in.next() != 0;
        String publication = in.string();
        String edition = in.string();
        int articleCount = in.count();
        List<Article> articles = new ArrayList<>(articleCount);
        long start = 0;
        for (int i = 0; i < articleCount; i++) {
            String id = in.string();
            Page page = in.next() != 0 ? new Page(in.string(), in.string()) : null;
            String kicker = in.string();
            String title = in.string();
            String subtitle = in.string();
            Byline byline = new Byline(in.string(), in.string(), in.strings(), in.string(), in.date());
            String html = in.string();
            int paragraphCount = in.count();
            Fingerprint.Digest digest = new Fingerprint.Digest(in.longInteger(), in.longInteger());
            int bodyLength = in.count();
            int bodyCrc = in.integer();
            long bodyStart = start;
            start += bodyLength;
            List<String> paragraphs = new DeferredList<>(paragraphCount, digest, () -> {
                try {
                    byte[] bytes = bodies.read(bodyStart, bodyLength);
                    CRC32 check = new CRC32();
                    check.update(bytes);
                    if ((int) check.getValue() != bodyCrc) {
                        throw new DamagedCacheException("damaged (its checksum is not the one written)");
                    }
                    Cursor body = new Cursor(bytes, 0, bodyLength);
                    List<String> decoded = new ArrayList<>(paragraphCount);
                    for (int p = 0; p < paragraphCount; p++) {
                        decoded.add(body.string());
                    }
                    body.end();
                    return decoded;
                } catch (IOException e) {
                    throw new UncheckedIOException("the paragraphs of article " + id + ": " + e.getMessage(), e);
                }
            });
            articles.add(new Article(id, page, kicker, title, subtitle, byline, paragraphs, html));
        }
        in.end();
        Issue issue = new Issue(key, source, date, inferred, publication, edition, articles);
        return new IssueReader.Outcome(issue, problems);
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

    private static void strings(List<String> values, DataOutputStream out) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(value, out);
        }
    }

    private static void date(LocalDate date, DataOutputStream out) throws IOException {
        out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
    }

    /** Reads big-endian values (as {@link DataOutputStream} wrote them) from a range of a byte array. */
    private static final class Cursor {
        private final byte[] bytes;
        private final int end;
        private int at;

        Cursor(byte[] bytes, int from, int end) {
            this.bytes = bytes;
            this.at = from;
            this.end = end;
        }

        private void need(int count) throws IOException {
            if (count > end - at) {
                throw new IOException("cut short: " + count + " bytes wanted, " + (end - at) + " left");
            }
        }

        int next() throws IOException {
            need(1);
            return bytes[at++] & 0xff;
        }

        int integer() throws IOException {
            need(4);
            int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                    | bytes[at + 3] & 0xff;
            at += 4;
            return value;
        }

        /** A count or length: never negative. */
        int count() throws IOException {
            int count = integer();
            if (count < 0) {
                throw new IOException("a count of " + count);
            }
            return count;
        }

        long longInteger() throws IOException {
            return (long) integer() << 32 | integer() & 0xffffffffL;
        }

        /** Skips {@code count} bytes; returns where they start. */
        int skip(int count) throws IOException {
            need(count);
            int from = at;
            at += count;
            return from;
        }

        String string() throws IOException {
            int length = integer();
            if (length == NONE) {
                return null;
            }
            if (length < 0) {
                throw new IOException("a string of length " + length);
            }
            return new String(bytes, skip(length), length, StandardCharsets.UTF_8);
        }

        List<String> strings() throws IOException {
            int count = count();
            List<String> values = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                values.add(string());
            }
            return values;
        }

        LocalDate date() throws IOException {
            long day = longInteger();
            return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        }

        /** The encoded outcome must end where its block does. */
        void end() throws IOException {
            if (at != end) {
                throw new IOException((end - at) + " bytes left over");
            }
        }
    }
}
