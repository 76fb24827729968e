package org.broadsheet.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed and the sitemap parse as XML and carry what their specifications require. */
class FeedAndSitemapTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Test
    void theFeedIsAtomWithTheRequiredElementsAndAbsoluteLinks() throws Exception {
        Path site = SampleSite.underSubPath();
        Element feed = parse(site.resolve("feed.xml")).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertFalse(text(feed, required).isBlank(), "feed needs <" + required + ">");
        }
        OffsetDateTime.parse(text(feed, "updated"));
        assertFalse(text((Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name").isBlank());
        Element self = null;
        NodeList feedLinks = feed.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < feedLinks.getLength(); i++) {
            Element link = (Element) feedLinks.item(i);
            if (link.getParentNode() == feed && "self".equals(link.getAttribute("rel"))) {
                self = link;
            }
        }
        assertEquals(SampleSite.SUB_PATH_BASE + "feed.xml", self == null ? null : self.getAttribute("href"));

        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() >= 4, "one entry per dated issue, found " + entries.getLength());
        OffsetDateTime previous = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated")) {
                assertFalse(text(entry, required).isBlank(), "entry needs <" + required + ">");
            }
            OffsetDateTime updated = OffsetDateTime.parse(text(entry, "updated"));
            assertTrue(previous == null || !updated.isAfter(previous), "entries come newest first");
            previous = updated;
            String href = ((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href");
            assertTrue(href.startsWith(SampleSite.SUB_PATH_BASE), "entry link must be absolute: " + href);
            assertTrue(Files.isRegularFile(onDisk(site, href)), "entry link leads to a page: " + href);
        }
        assertEquals(OffsetDateTime.parse(text(feed, "updated")),
                OffsetDateTime.parse(text((Element) entries.item(0), "updated")), "feed updated = newest entry");
    }

    @Test
    void theSitemapIndexListsSitemapsThatListEveryPageButThe404OnceWithAbsoluteUrlsAndDates() throws Exception {
        Path site = SampleSite.underSubPath();
        Element index = parse(site.resolve("sitemap.xml")).getDocumentElement();
        assertEquals(SITEMAP, index.getNamespaceURI());
        assertEquals("sitemapindex", index.getLocalName());
        NodeList sitemaps = index.getElementsByTagNameNS(SITEMAP, "sitemap");
        assertTrue(sitemaps.getLength() >= 2, "the sample's pages span a year and undated pages");
        List<Path> listed = new ArrayList<>();
        int dated = 0;
        for (int s = 0; s < sitemaps.getLength(); s++) {
            String sitemap = text((Element) sitemaps.item(s), "loc");
            assertTrue(sitemap.startsWith(SampleSite.SUB_PATH_BASE + "sitemaps/"), "an absolute sitemap URL: " + sitemap);
            Element urlset = parse(onDisk(site, sitemap)).getDocumentElement();
            assertEquals(SITEMAP, urlset.getNamespaceURI());
            assertEquals("urlset", urlset.getLocalName());
            NodeList urls = urlset.getElementsByTagNameNS(SITEMAP, "url");
            assertTrue(urls.getLength() > 0 && urls.getLength() <= 50_000, sitemap + " lists " + urls.getLength());
            for (int i = 0; i < urls.getLength(); i++) {
                Element url = (Element) urls.item(i);
                String loc = text(url, "loc");
                assertTrue(loc.startsWith(SampleSite.SUB_PATH_BASE), "loc must be absolute under the base URL: " + loc);
                assertTrue(loc.matches("[\\x21-\\x7e]+"), "loc must be percent-encoded ASCII: " + loc);
                listed.add(onDisk(site, loc));
                if (url.getElementsByTagNameNS(SITEMAP, "lastmod").getLength() > 0) {
                    LocalDate lastmod = LocalDate.parse(text(url, "lastmod"));
                    assertTrue(sitemap.contains("/" + lastmod.getYear()), loc + " of " + lastmod + " is in " + sitemap);
                    dated++;
                }
            }
        }
        List<Path> pages = SampleSite.files(site, ".html");
        pages.remove(site.resolve("404.html"));
        assertEquals(pages.stream().sorted().toList(), listed.stream().sorted().toList(), "every page once");
        assertTrue(dated > 30, "issue and article pages carry their date, found " + dated);
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + SampleSite.SUB_PATH_BASE + "sitemap.xml"));
    }

    private static Path onDisk(Path site, String url) {
        String path = URLDecoder.decode(url.substring(SampleSite.SUB_PATH_BASE.length()), StandardCharsets.UTF_8);
        return site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile());
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(parent.getNamespaceURI(), name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent();
            }
        }
        return "";
    }
}
