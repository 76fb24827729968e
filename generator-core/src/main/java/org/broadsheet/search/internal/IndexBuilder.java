package org.broadsheet.search.internal;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import org.broadsheet.internal.StringBuilderWriter;
import org.broadsheet.model.Article;
import org.broadsheet.model.Issue;
import org.broadsheet.search.IndexFiles;
import org.broadsheet.site.SiteLayout;

/**
 * Builds the index files of one segment; see {@link org.broadsheet.search.SearchIndexWriter} for their format.
 * Holds no state between builds: one instance per {@link #write} call.
 */
final class IndexBuilder {
    /** Units after the title start at this position or later, so a hit below it is a title hit. */
    static final int TITLE_SPAN = 64;
    static final int FORMAT = 2;
    /**
     * A record's head line holds its first paragraphs up to about this many characters: the excerpt of most
     * results lies there, so the client fetches the other paragraphs only when no term is in the head.
     */
    static final int HEAD_CHARACTERS = 160;
    private static final Gson GSON = new Gson();
    /**
     * Articles tokenised together, in parallel: enough to keep every core busy, few enough to stay small. A batch's
     * n-grams are live until the tables have taken them; 512 articles' (about 18 MB) overflowed the young
     * generation's survivor space at every collection and were copied into the old one: 128 took 40-80 MB off
     * a year's peak memory in six pairs, at the same speed.
     */
    private static final int BATCH = 128;

    private final List<IndexedArticle> articles;

    /** @param issues the issues to index, in the index's order (see {@link Segments#ORDER}) */
    IndexBuilder(List<Issue> issues) {
        articles = indexed(issues);
    }

    /** The articles of {@code issues} (in index order) numbered from 0: within an issue, in reverse printed order. */
    static List<IndexedArticle> indexed(List<Issue> issues) {
        List<IndexedArticle> articles = new ArrayList<>();
        for (Issue issue : issues) {
            for (int i = issue.articles().size() - 1; i >= 0; i--) {
                articles.add(new IndexedArticle(articles.size(), issue, issue.articles().get(i), i));
            }
        }
        return articles;
    }

    /** What a segment's index holds, for the top manifest's global statistics. */
    record Built(long bytes, int articles, long length) {
    }

    /**
     * Builds the index and hands each file to {@code out}. Articles are tokenised in parallel, a batch at a
     * time; their text records go to a temporary file rather than the heap, so memory holds the posting lists
     * and one batch of articles, whatever the archive's size.
     */
    Built write(IndexFiles out) throws IOException {
        // The n-grams split between tables, one per core, each filled on its own thread in document order.
        PostingTable[] tables = new PostingTable[Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()))];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new PostingTable(i, tables.length);
        }
        int[] recordLengths = new int[articles.size()];
        int[] headLengths = new int[articles.size()];
        int[] lengths = new int[articles.size()];
        long textBytes = 0;
        long totalLength = 0;
        Path spillPath = Files.createTempFile("broadsheet-search-", ".jsonl");
        // Deleted on close; on Linux and macOS unlinked at once, so a killed build leaves nothing in the temp folder.
        try (FileChannel spill = FileChannel.open(spillPath, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE)) {
            // The streams over the channel are flushed, never closed: closing one would close the channel.
            OutputStream records = new BufferedOutputStream(Channels.newOutputStream(spill), 1 << 16);
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<Tokenised> batch = IntStream.range(from, Math.min(articles.size(), from + BATCH)).parallel()
                        .mapToObj(doc -> tokenise(articles.get(doc), tables.length)).toList();
                IntStream.range(0, tables.length).parallel().forEach(i -> {
                    for (Tokenised t : batch) {
                        tables[i].add(t.doc(), t.occurrences());
                    }
                });
                for (Tokenised t : batch) {
                    lengths[t.doc()] = t.length();
                    totalLength += t.length();
                    records.write(t.record());
                    recordLengths[t.doc()] = t.record().length;
                    headLengths[t.doc()] = t.head();
                    textBytes += t.record().length;
                }
            }
            records.flush();
            FileBudget budget = FileBudget.of(articles.size(), textBytes);
            long written = 0;
            List<Integer> textStarts = new ArrayList<>();
            written += writeTexts(out, spill, recordLengths, textBytes, budget.textFiles(), textStarts);
            ShardWriter shards = new ShardWriter(budget.shards());
            written += shards.write(out, tables);
            written += write(out, "docs.bin", deflate(docs(lengths)));
            written += write(out, "offsets.bin", offsets(recordLengths, headLengths, textStarts));
            written += write(out, "reporters.json", GSON.toJson(reporters(articles, true)).getBytes(StandardCharsets.UTF_8));
            JsonObject manifest = new JsonObject();
            manifest.addProperty("format", FORMAT);
            manifest.addProperty("articles", articles.size());
            manifest.addProperty("length", totalLength);
            manifest.addProperty("titleSpan", TITLE_SPAN);
            manifest.addProperty("shards", budget.shards());
            manifest.addProperty("directoryBytes", shards.directoryBytes());
            manifest.add("texts", GSON.toJsonTree(textStarts));
            written += write(out, "manifest.json", GSON.toJson(manifest).getBytes(StandardCharsets.UTF_8));
            return new Built(written, articles.size(), totalLength);
        } finally {
            Files.deleteIfExists(spillPath);
        }
    }

    /** One article made ready for the index: its positions, its length and its text record. */
    private record Tokenised(int doc, PostingTable.Occurrences occurrences, int length, byte[] record, int head) {
    }

    private static Tokenised tokenise(IndexedArticle a, int parts) {
        int[] positions = positions(a.units());
        int length = 0;
        for (int cp : positions) {
            length += cp >= 0 ? 1 : 0;
        }
        List<String> paragraphs = a.article().paragraphs();
        int inHead = 0;
        for (int characters = 0; inHead < paragraphs.size() && (inHead == 0 || characters < HEAD_CHARACTERS); inHead++) {
            characters += paragraphs.get(inHead).length();
        }
        byte[] head = headLine(a, paragraphs.subList(0, inHead)).getBytes(StandardCharsets.UTF_8);
        byte[] rest = inHead == paragraphs.size() ? new byte[0]
                : restLine(paragraphs.subList(inHead, paragraphs.size())).getBytes(StandardCharsets.UTF_8);
        byte[] record = java.util.Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, record, head.length, rest.length);
        return new Tokenised(a.doc(), PostingTable.occurrences(positions, parts), length, record, head.length);
    }

    /**
     * The article's normalised code points in position order: the title from 0, the other units from
     * {@link #TITLE_SPAN} (or after the title, if longer), each unit followed by a gap ({@code -1}) so that no
     * n-gram spans two units.
     */
    static int[] positions(List<String> units) {
        List<int[]> normalised = new ArrayList<>(units.size());
        for (String unit : units) {
            normalised.add(SearchText.normalisedCodePoints(unit));
        }
        int size = 0;
        for (int i = 0; i < normalised.size(); i++) {
            size = (i == 1 ? Math.max(size, TITLE_SPAN) : size) + normalised.get(i).length + 1;
        }
        int[] positions = new int[size];
        java.util.Arrays.fill(positions, -1);
        int at = 0;
        for (int i = 0; i < normalised.size(); i++) {
            at = i == 1 ? Math.max(at, TITLE_SPAN) : at;
            System.arraycopy(normalised.get(i), 0, positions, at, normalised.get(i).length);
            at += normalised.get(i).length + 1;
        }
        return positions;
    }

    /**
     * A record's head line: address, headlines, date, reporters, byline parts and the head paragraphs, absent
     * values left out. Written field by field through Gson's writer (HTML-safe, as {@code Gson.toJson} writes)
     * rather than built as a tree of JSON objects first: the tree and its adapters were a fifth of tokenising.
     */
    private static String headLine(IndexedArticle a, List<String> paragraphs) {
        Article article = a.article();
        return jsonLine(room(paragraphs) + 256, json -> {
            json.beginObject();
            json.name("url").value(SiteLayout.article(a.issue(), a.position() + 1));
            json.name("title").value(article.title());
            json.name("kicker").value(article.kicker());
            json.name("subtitle").value(article.subtitle());
            json.name("date").value(a.date() == null ? null : a.date().toString());
            strings(json.name("reporters"), article.byline().reporters());
            strings(json.name("byline"), SearchText.bylineUnits(article.byline()));
            strings(json.name("paragraphs"), paragraphs);
            json.endObject();
        });
    }

    /** A record's second line: the paragraphs after its head, as a JSON array. */
    private static String restLine(List<String> paragraphs) {
        return jsonLine(room(paragraphs), json -> strings(json, paragraphs));
    }

    /** What one line of a record writes. */
    private interface JsonValue {
        void write(JsonWriter json) throws IOException;
    }

    /** One JSON value and a line end, through a writer made HTML-safe and leaving out absent values. */
    private static String jsonLine(int room, JsonValue value) {
        StringBuilderWriter text = new StringBuilderWriter(room);
        try {
            JsonWriter json = new JsonWriter(text);
            json.setHtmlSafe(true);
            json.setSerializeNulls(false);
            value.write(json);
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to a string", e);
        }
        return text.append('\n').toString();
    }

    private static void strings(JsonWriter json, List<String> values) throws IOException {
        json.beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }

    /** Room for paragraphs as a JSON array: their characters, an eighth more for escapes, quotes and commas. */
    private static int room(List<String> paragraphs) {
        int characters = 16;
        for (String paragraph : paragraphs) {
            characters += paragraph.length() + 3;
        }
        return characters + characters / 8;
    }

    /** Splits the records, in document order, into {@code count} files of about equal size. */
    private static long writeTexts(IndexFiles out, FileChannel spill, int[] recordLengths, long textBytes, int count,
            List<Integer> starts) throws IOException {
        long written = 0;
        int doc = 0;
        spill.position(0);
        InputStream in = new BufferedInputStream(Channels.newInputStream(spill), 1 << 16);
        for (int file = 0; file < count; file++) {
            starts.add(doc);
            long target = textBytes * (file + 1) / count;
            int from = doc;
            long size = 0;
            while (doc < recordLengths.length && (file == count - 1 || written + size < target)) {
                size += recordLengths[doc];
                doc++;
            }
            byte[] bytes = in.readNBytes((int) size);
            if (bytes.length != size) {
                throw new IOException("the search index's text spill file ended early, at article " + from);
            }
            out.file("t" + file + ".jsonl", bytes);
            written += size;
        }
        return written;
    }

    /**
     * Per article, its record's start, the end of its head line and its end (exclusive) in its text file, as
     * big-endian 32-bit numbers: the client fetches the 12 bytes of each result it shows by range, rather than
     * every article's offsets.
     */
    private static byte[] offsets(int[] recordLengths, int[] headLengths, List<Integer> textStarts) {
        ByteBuffer buffer = ByteBuffer.allocate(recordLengths.length * 12);
        long start = 0;
        for (int doc = 0, file = 0; doc < recordLengths.length; doc++) {
            if (file + 1 < textStarts.size() && textStarts.get(file + 1) == doc) {
                file++;
                start = 0;
            }
            buffer.putInt((int) start).putInt((int) (start + headLengths[doc])).putInt((int) (start + recordLengths[doc]));
            start += recordLengths[doc];
        }
        return buffer.array();
    }

    /**
     * Dates as runs (undated count; run count; per run the day, zigzag for the first and a delta after, and
     * its length), then per article its quantised length.
     */
    private byte[] docs(int[] lengths) {
        ByteSink sink = new ByteSink(articles.size() + 64);
        List<long[]> runs = new ArrayList<>();
        int undated = 0;
        for (IndexedArticle a : articles) {
            if (a.date() == null) {
                undated++;
            } else if (!runs.isEmpty() && runs.get(runs.size() - 1)[0] == a.date().toEpochDay()) {
                runs.get(runs.size() - 1)[1]++;
            } else {
                runs.add(new long[] {a.date().toEpochDay(), 1});
            }
        }
        sink.varint(undated);
        sink.varint(runs.size());
        long previous = 0;
        for (int i = 0; i < runs.size(); i++) {
            long day = runs.get(i)[0];
            sink.varint(i == 0 ? (day << 1) ^ (day >> 63) : day - previous);
            sink.varint(runs.get(i)[1]);
            previous = day;
        }
        for (int length : lengths) {
            sink.put((byte) quantise(length));
        }
        return sink.toByteArray();
    }

    /** Raw deflate (RFC 1951): hosts seldom compress {@code .bin} files, and every query reads docs.bin. */
    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** An article's length in a byte, to an eighth of an octave: BM25 needs no more. */
    static int quantise(int length) {
        return (int) Math.min(255, Math.round(Math.log(Math.max(1, length)) / Math.log(2) * 8));
    }

    /**
     * Reporters by normalised name, most prolific first, each with its articles as base64 varint deltas when
     * {@code withDocs}.
     */
    static JsonObject reporters(List<IndexedArticle> articles, boolean withDocs) {
        Map<String, String> names = new LinkedHashMap<>();
        // Per name: its articles as varint deltas, their count and the last one.
        final class Docs {
            final ByteSink deltas = new ByteSink(16);
            int count;
            int last = -1;
        }
        Map<String, Docs> docs = new HashMap<>();
        // A few hundred names over tens of thousands of bylines: each normalised once.
        Map<String, String> normalised = new HashMap<>();
        for (IndexedArticle a : articles) {
            for (String reporter : a.article().byline().reporters()) {
                String key = normalised.computeIfAbsent(reporter, r -> SearchText.normalise(r.strip()));
                names.putIfAbsent(key, reporter.strip());
                Docs of = docs.computeIfAbsent(key, k -> new Docs());
                if (of.last != a.doc()) {
                    of.deltas.varint(a.doc() - of.last);
                    of.count++;
                    of.last = a.doc();
                }
            }
        }
        List<String> keys = new ArrayList<>(names.keySet());
        keys.sort(Comparator.comparingInt((String k) -> -docs.get(k).count).thenComparing(k -> k));
        JsonArray nameArray = new JsonArray();
        JsonArray docArray = new JsonArray();
        for (String key : keys) {
            nameArray.add(names.get(key));
            if (withDocs) {
                docArray.add(Base64.getEncoder().encodeToString(docs.get(key).deltas.toByteArray()));
            }
        }
        JsonObject reporters = new JsonObject();
        reporters.add("names", nameArray);
        if (withDocs) {
            reporters.add("docs", docArray);
        }
        return reporters;
    }

    private static long write(IndexFiles out, String name, byte[] bytes) throws IOException {
        out.file(name, bytes);
        return bytes.length;
    }
}
