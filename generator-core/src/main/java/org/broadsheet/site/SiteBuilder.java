package org.broadsheet.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.broadsheet.model.Archive;
import org.broadsheet.render.Theme;
import org.broadsheet.search.SearchIndexWriter;
import org.broadsheet.site.internal.AtomicOutput;
import org.broadsheet.site.internal.PlannedPage;
import org.broadsheet.site.internal.SitePlan;

/**
 * Writes an archive's whole site into a folder: every page ({@link SiteLayout} says where), the theme's
 * assets, the search index, {@code robots.txt}, {@code sitemap.xml}, the Atom feed {@code feed.xml} and
 * {@code .nojekyll} (so GitHub Pages serves the site as it is).
 *
 * <p>The same archive and theme always give byte-identical files: nothing depends on the clock, the machine's
 * locale or the order files were read. The site is built in a folder beside the output and swapped in when
 * complete; a build that fails leaves the previous output untouched. Immutable and thread-safe.
 */
public final class SiteBuilder {
    private final Theme theme;

    public SiteBuilder(Theme theme) {
        this.theme = theme;
    }

    /** What a build wrote. */
    public record Written(int pages, long bytes) {
    }

    /**
     * Builds the site of {@code archive} and puts it at {@code output}, replacing what was there.
     *
     * @throws IOException when a template fails or a file cannot be written; the output then stays as it was
     */
    public Written build(Archive archive, Path output) throws IOException {
        AtomicOutput atomic = AtomicOutput.beside(output);
        try {
            Path root = atomic.staging();
            SitePlan plan = new SitePlan(archive);
            for (PlannedPage page : plan.pages()) {
                write(root, page.file(), theme.render(page.template(), page.model()));
            }
            for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
                write(root, SiteLayout.ASSETS + asset.getKey(), asset.getValue());
            }
            write(root, SiteLayout.FEED, theme.render("feed.ftlx", plan.feed()));
            write(root, SiteLayout.SITEMAP, theme.render("sitemap.ftlx", plan.sitemap()));
            write(root, SiteLayout.ROBOTS, plan.robots());
            write(root, ".nojekyll", "");
            SearchIndexWriter.write(archive, root);
            long bytes = size(root);
            atomic.commit();
            return new Written(plan.pages().size(), bytes);
        } catch (IOException | RuntimeException e) {
            atomic.abandon();
            throw e;
        }
    }

    private static void write(Path root, String path, String text) throws IOException {
        write(root, path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("refusing to write '" + path + "' outside the site folder");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
