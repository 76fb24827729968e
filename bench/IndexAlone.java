import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.model.Archive;
import org.broadsheet.read.SeedReader;
import org.broadsheet.search.KeptSegments;
import org.broadsheet.search.SearchIndexWriter;

/**
 * Times Broadsheet's search index alone, as Pagefind's time is its index alone: the seeds are read first (timed on
 * their own), then the whole index is built three times in this JVM into a sink that only counts bytes (no files).
 * The first build is the cold one (code compiled as it runs, as in a real build); the later ones show it warm.
 * Prints one JSON line: {@code {"readMs":…,"indexMs":[…,…,…],"bytes":…}}.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp generator-core/target/broadsheet.jar bench/IndexAlone.java SRC</pre>
 */
public class IndexAlone {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Archive archive = SeedReader.builder().build().read(Path.of(args[0])).archive();
        long read = System.nanoTime() - start;
        StringBuilder runs = new StringBuilder();
        AtomicLong bytes = new AtomicLong();
        for (int run = 0; run < 3; run++) {
            bytes.set(0);
            long began = System.nanoTime();
            SearchIndexWriter.write(archive, (name, data) -> bytes.addAndGet(data.length), KeptSegments.NONE);
            runs.append(run == 0 ? "" : ",").append((System.nanoTime() - began) / 1_000_000);
        }
        System.out.println("{\"readMs\":" + read / 1_000_000 + ",\"indexMs\":[" + runs + "],\"bytes\":" + bytes.get() + "}");
    }
}
