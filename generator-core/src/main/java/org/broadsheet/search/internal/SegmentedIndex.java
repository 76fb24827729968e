package org.broadsheet.search.internal;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.broadsheet.model.Issue;
import org.broadsheet.search.IndexFiles;
import org.broadsheet.search.IndexSegment;
import org.broadsheet.search.KeptSegments;

/**
 * Writes an index made of segments: each a complete index of its articles in its own folder, and at the top a
 * {@code manifest.json} listing them with what the client needs to rank across them as one index (every
 * article's count and average length), and a {@code reporters.json} with every reporter's name.
 */
public final class SegmentedIndex {
    static final int FORMAT = 3;
    private static final Gson GSON = new Gson();

    private SegmentedIndex() {
    }

    /**
     * Builds the segments that {@code kept} does not keep, handing their files to {@code out} as
     * {@code <segment>/<file>}, then the top files.
     *
     * @return the number of bytes handed to {@code out}
     */
    public static long write(List<IndexSegment> segments, IndexFiles out, KeptSegments kept) throws IOException {
        long written = 0;
        int articles = 0;
        long length = 0;
        JsonArray list = new JsonArray();
        List<Issue> all = new ArrayList<>();
        for (IndexSegment segment : segments) {
            all.addAll(segment.issues());
            byte[] manifest = kept.manifest(segment);
            IndexBuilder.Built built = manifest != null ? stats(segment, manifest)
                    : new IndexBuilder(segment.issues()).write((name, bytes) -> out.file(segment.name() + "/" + name, bytes));
            written += manifest != null ? 0 : built.bytes();
            articles += built.articles();
            length += built.length();
            JsonObject entry = new JsonObject();
            entry.addProperty("name", segment.name());
            entry.addProperty("articles", built.articles());
            List<LocalDate> dates = segment.issues().stream().map(Issue::date).filter(Objects::nonNull).toList();
            entry.addProperty("from", dates.isEmpty() ? null : dates.get(0).toString());
            entry.addProperty("to", dates.isEmpty() ? null : dates.get(dates.size() - 1).toString());
            list.add(entry);
        }
        JsonObject top = new JsonObject();
        top.addProperty("format", FORMAT);
        top.addProperty("articles", articles);
        // The same division the client would make, done once: BM25 needs the average over the whole archive.
        top.addProperty("averageLength", articles == 0 ? 0 : (double) length / articles);
        top.add("segments", list);
        byte[] reporters = GSON.toJson(IndexBuilder.reporters(IndexBuilder.indexed(all), false))
                .getBytes(StandardCharsets.UTF_8);
        out.file("reporters.json", reporters);
        byte[] manifest = GSON.toJson(top).getBytes(StandardCharsets.UTF_8);
        out.file("manifest.json", manifest);
        return written + reporters.length + manifest.length;
    }

    /** A kept segment's article count and summed length, read back from its manifest. */
    private static IndexBuilder.Built stats(IndexSegment segment, byte[] manifest) throws IOException {
        try {
            JsonObject json = JsonParser.parseString(new String(manifest, StandardCharsets.UTF_8)).getAsJsonObject();
            if (json.get("format").getAsInt() != IndexBuilder.FORMAT) {
                throw new IOException("search index segment '" + segment.name() + "': manifest.json has format "
                        + json.get("format") + ", not " + IndexBuilder.FORMAT);
            }
            int articles = json.get("articles").getAsInt();
            if (articles != segment.issues().stream().mapToInt(issue -> issue.articles().size()).sum()) {
                throw new IOException("search index segment '" + segment.name() + "': manifest.json counts " + articles
                        + " articles, but the segment's issues hold another number");
            }
            return new IndexBuilder.Built(0, articles, json.get("length").getAsLong());
        } catch (JsonSyntaxException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IOException("search index segment '" + segment.name() + "': unreadable manifest.json", e);
        }
    }
}
