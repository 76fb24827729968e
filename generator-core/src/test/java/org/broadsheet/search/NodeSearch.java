package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.broadsheet.model.Archive;
import org.broadsheet.search.internal.SegmentedIndex;

/**
 * Writes an archive's index into a folder and queries it with the real {@code assets/search.js}, run by Node
 * through {@code search-driver.mjs}.
 */
final class NodeSearch {
    private static final Gson GSON = new Gson();
    private final Path site;
    private final Path module;
    private final Path driver;
    final long indexBytes;

    /** One query: the text typed and the options object. */
    record Query(String q, Map<String, Object> options) {
        static Query of(String q) {
            return new Query(q, Map.of("size", 1_000_000, "excerpt", false));
        }
    }

    /** What search() resolved to, with the site-relative URLs and the bytes and requests it cost. */
    record Answer(int total, List<String> urls, JsonArray results, int requests, long bytes) {
    }

    NodeSearch(Archive archive, Path folder) throws IOException {
        this(archive, folder, SearchIndexWriter.segments(archive));
    }

    /** An index of the given segments, such as a single segment of the whole archive. */
    NodeSearch(Archive archive, Path folder, List<IndexSegment> segments) throws IOException {
        site = folder.resolve("site");
        Path data = site.resolve(SearchIndexWriter.FOLDER);
        indexBytes = SegmentedIndex.write(segments, (name, bytes) -> {
            Files.createDirectories(data.resolve(name).getParent());
            Files.write(data.resolve(name), bytes);
        }, KeptSegments.NONE);
        module = copy("/org/broadsheet/theme/assets/search.js", folder.resolve("search.js"));
        driver = copy("/org/broadsheet/search/search-driver.mjs", folder.resolve("search-driver.mjs"));
    }

    Path site() {
        return site;
    }

    List<Answer> search(List<Query> queries, boolean cold) throws IOException, InterruptedException {
        JsonObject request = new JsonObject();
        request.add("queries", GSON.toJsonTree(queries));
        request.addProperty("cold", cold);
        request.addProperty("full", true);
        JsonObject response = run(request);
        List<Answer> answers = new ArrayList<>();
        for (var element : response.getAsJsonArray("answers")) {
            JsonObject a = element.getAsJsonObject();
            List<String> urls = new ArrayList<>();
            a.getAsJsonArray("urls").forEach(u -> urls.add(u.getAsString()));
            answers.add(new Answer(a.get("total").getAsInt(), urls, a.getAsJsonArray("results"),
                    a.get("requests").getAsInt(), a.get("bytes").getAsLong()));
        }
        return answers;
    }

    Answer search(String q, Map<String, Object> options) throws IOException, InterruptedException {
        return search(List.of(new Query(q, options)), false).get(0);
    }

    List<String> normalise(List<String> texts) throws IOException, InterruptedException {
        JsonObject request = new JsonObject();
        request.add("normalise", GSON.toJsonTree(texts));
        List<String> normalised = new ArrayList<>();
        run(request).getAsJsonArray("normalised").forEach(n -> normalised.add(n.getAsString()));
        return normalised;
    }

    private JsonObject run(JsonObject request) throws IOException, InterruptedException {
        Process node;
        try {
            node = new ProcessBuilder("node", driver.toString(), module.toString(), site.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            throw new IOException("cannot start 'node' (Node.js 18 or later must be on the PATH to test search.js)", e);
        }
        try (var in = node.getOutputStream()) {
            in.write(GSON.toJson(request).getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(5, TimeUnit.MINUTES) || node.exitValue() != 0) {
            fail("search-driver.mjs failed (exit " + node.exitValue() + "); output: " + out);
        }
        return GSON.fromJson(out, JsonObject.class);
    }

    private static Path copy(String resource, Path target) throws IOException {
        try (InputStream in = NodeSearch.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " is not on the test class path");
            }
            Files.copy(in, target);
        }
        return target;
    }
}
