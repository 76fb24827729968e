package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every internal link and resource of the sample site leads to a file the build wrote, whether the site is
 * served from a host's root or from a sub-path; absolute URLs name the configured base URL.
 */
class LinkCheckTest {

    @Test
    void everyInternalLinkResolvesAtTheRoot() throws IOException {
        check(SampleSite.atRoot(), "http://127.0.0.1:8000/");
    }

    @Test
    void everyInternalLinkResolvesUnderASubPath() throws IOException {
        check(SampleSite.underSubPath(), SampleSite.SUB_PATH_BASE);
    }

    private static void check(Path site, String baseUrl) throws IOException {
        String basePath = URI.create(baseUrl).getPath();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : SampleSite.files(site, ".html")) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element element : doc.select("[href], [src]")) {
                String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String where = site.relativize(page) + ": " + element.tagName() + " '" + ref + "'";
                if (ref.startsWith("http://") || ref.startsWith("https://")) {
                    if (!ref.startsWith(baseUrl)) {
                        broken.add(where + " is absolute but not under the base URL " + baseUrl);
                    }
                    continue;
                }
                if (ref.startsWith("#") || ref.startsWith("mailto:") || ref.equals("data:,")) { // data:, the empty icon
                    continue;
                }
                links++;
                Path target = resolve(site, page, ref, basePath);
                if (target == null || !Files.isRegularFile(target)) {
                    broken.add(where + " leads to no generated file");
                }
            }
            String canonical = doc.select("link[rel=canonical]").attr("href");
            if (!canonical.startsWith(baseUrl)) {
                broken.add(site.relativize(page) + ": canonical '" + canonical + "' is not under " + baseUrl);
            }
        }
        assertTrue(links > 500, "the sample site should have many links, found " + links);
        assertEquals(List.of(), broken);
    }

    /** Where a link leads on disk: relative to the page, or from the base path for root-relative links. */
    private static Path resolve(Path site, Path page, String ref, String basePath) {
        String path = ref.replaceAll("[?#].*$", "");
        Path target;
        if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return null;
            }
            target = site.resolve(decode(path.substring(basePath.length())));
        } else {
            target = page.getParent().resolve(decode(path));
        }
        target = target.normalize();
        if (!target.startsWith(site.normalize())) {
            return null;
        }
        return path.endsWith("/") || path.isEmpty() || Files.isDirectory(target) ? target.resolve("index.html") : target;
    }

    private static String decode(String path) {
        return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
