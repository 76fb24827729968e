package org.broadsheet.read.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a web page saved from a digital edition (数字报): one article per page. The page is decoded in the
 * charset it declares ({@link HtmlCharset}); scripts, styles, navigation, forms and ads are dropped; then the
 * parts are found by the archive's {@link HtmlLayout}, or by defaults that know the common layouts:
 *
 * <ul>
 *   <li>body: {@code #ozoom}, {@code <founder-content>}, {@code .article-content} and similar, else the
 *       element with the most paragraph text;</li>
 *   <li>title, kicker, subtitle: elements labelled {@code 主题：}, {@code 引题：}, {@code 副题：} (the value in
 *       the element or the one after it), classes such as {@code .zhuti}/{@code .yinti}/{@code .futi} or
 *       {@code .title}/{@code .kicker}/{@code .subtitle}, else the {@code <h1>} nearest before the body with
 *       the heading just above it as kicker and the heading just below as subtitle;</li>
 *   <li>byline: {@code .author}, {@code .byline} and similar, else the first paragraph as in raw text;</li>
 *   <li>page: the first mark such as {@code 第01版：要闻} in the page's text;</li>
 *   <li>date: a {@code <meta>} publication date, else a date such as {@code 2022年03月04日} above the body.</li>
 * </ul>
 *
 * <p>The body's text becomes the paragraphs (each block and line break a paragraph; markup unknown to us
 * reads as its text). {@code Article.html} is the body cleaned by a jsoup {@link Safelist} when it carries
 * markup worth keeping (links, emphasis, lists, images with absolute URLs), else {@code null}. A page
 * with no recognisable article gives a warning and no issue. Thread-safe: holds only its layout.
 */
final class HtmlReader implements KindReader {
    private static final List<String> CONTENT = List.of("#ozoom", "founder-content", ".article-content",
            "#article-content", ".article_content", "#articleContent", ".TRS_Editor", ".article-body", "#content",
            ".content", "article");
    private static final List<String> TITLE = List.of("founder-title", ".zhuti", ".main-title", ".article-title",
            ".article_title", "h1", ".title");
    private static final List<String> KICKER = List.of("founder-introtitle", ".yinti", ".introtitle", ".kicker",
            ".pretitle");
    private static final List<String> SUBTITLE = List.of("founder-subtitle", ".futi", ".subtitle", ".sub-title",
            ".sub_title");
    private static final List<String> BYLINE = List.of("founder-author", ".author", ".byline", ".zuozhe");
    private static final String DROP = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
            + "form, nav, button, input, select, textarea, svg, canvas, audio, video, link, [hidden], "
            + ".ad, .ads, .advert, .advertisement, .nav, .navigation, .menu, #nav, #menu, .share";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PLAIN_TAGS = Set.of("p", "br", "span", "div", "#root", "body");
    private static final Pattern LABEL = Pattern.compile(
            TraditionalForms.either("^(?<label>引题|肩题|眉题|主题|副题)\\s*[：:]?\\s*(?<value>.*)$"));
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?<y>(?:19|20|21)\\d{2})\\s*[-/.年]\\s*(?<m>\\d{1,2})\\s*[-/.月]\\s*(?<d>\\d{1,2})(?!\\d)");
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "(?<!\\d)(?<y>(?:19|20|21)\\d{2})年(?<m>\\d{1,2})月(?<d>\\d{1,2})日");
    private static final Pattern FOUNDER_DATE = Pattern.compile("<(?:founder-)?date>\\s*([^<]{8,30})\\s*</(?:founder-)?date>");
    private static final Pattern AUTHOR_LABEL = Pattern.compile(TraditionalForms.either("^(?:作者|文|撰文|来源)\\s*[：:／/]\\s*"));
    private static final int MIN_BODY_CHARS = 20;

    private final HtmlLayout layout;
    private final Safelist safelist = Safelist.basic()
            .addTags("h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "img")
            .addAttributes("img", "src", "alt", "title")
            .addProtocols("img", "src", "http", "https");
    private final BylineParser bylines = new BylineParser();

    HtmlReader(HtmlLayout layout) {
        this.layout = layout;
    }

    @Override
    public Content read(byte[] bytes) throws TextDecoder.UndecodableException {
        HtmlCharset.Decoded decoded = HtmlCharset.decode(bytes);
        List<RawTextParser.Note> notes = new ArrayList<>();
        if (decoded.note() != null) {
            notes.add(decoded.note());
        }
        Document document = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
        Document original = document.clone();
        LocalDate metaDate = metaDate(document);
        document.select(DROP).remove();
        if (layout.drop() != null) {
            document.select(layout.drop()).remove();
        }
        // Navigation may list other pages' marks; it only counts when the page has no mark of its own.
        Page page = page(document);
        if (page == null && layout.page() == null) {
            page = page(original);
        }
        Map<Element, Integer> order = documentOrder(document);
        Element content = content(document);
        if (content == null) {
            notes.add(new RawTextParser.Note(0, false, "no article found in the page: no element matches "
                    + (layout.content() != null ? "html.content '" + layout.content() + "'" : "the usual content selectors")
                    + " and no block of paragraphs stands out; set html.content in broadsheet.properties"));
            return new Content(metadata(metaDate, null), List.of(), notes);
        }
        LocalDate date = metaDate != null ? metaDate : dateAbove(document, content, order);
        Map<String, Element> labelled = labelled(document);
        Element titleElement = labelled.containsKey("主题") ? labelled.get("主题")
                : find(document, layout.title(), TITLE, content, order);
        String title = titleElement != null ? value(titleElement) : documentTitle(document);
        if (title == null || title.isEmpty()) {
            title = Story.UNTITLED;
            notes.add(new RawTextParser.Note(line(content), false,
                    "no title found in the page; set html.title in broadsheet.properties. Kept as " + Story.UNTITLED));
        }
        String kicker = headline(document, labelled, layout.kicker(), KICKER, content, order,
                titleElement == null ? null : titleElement.previousElementSibling(), "引题", "肩题", "眉题");
        String subtitle = headline(document, labelled, layout.subtitle(), SUBTITLE, content, order,
                titleElement == null ? null : titleElement.nextElementSibling(), "副题");

        List<String> lines = lines(content);
        Set<String> headlineText = new HashSet<>();
        for (String line : new String[] {title, kicker, subtitle}) {
            if (line != null) {
                headlineText.add(line);
            }
        }
        Set<String> removed = new HashSet<>();
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            if (headlineText.contains(line) || PageMarker.ofLine(line).isPresent()) {
                removed.add(line);
            } else {
                paragraphs.add(line);
            }
        }
        BylineParser.Head head = null;
        Element bylineElement = find(document, layout.byline(), BYLINE, content, order);
        if (bylineElement != null && !bylineElement.text().isBlank()) {
            head = byline(RawTextParser.strip(bylineElement.text()));
            removed.add(RawTextParser.strip(bylineElement.text()));
            paragraphs.remove(RawTextParser.strip(bylineElement.text()));
        }
        if (head == null && paragraphs.size() > 1 && NewsText.isStandaloneByline(paragraphs.get(0))) {
            head = bylines.parseStandalone(paragraphs.get(0));
            removed.add(paragraphs.remove(0));
        }
        if (head == null) {
            head = paragraphs.isEmpty() ? new BylineParser.Head(null, null, List.of(), null)
                    : bylines.parseHead(paragraphs.get(0));
        }
        List<String> signed = bylines.signedBesides(head, paragraphs);
        int line = titleElement != null ? line(titleElement) : line(content);
        Story story = new Story(line, page, kicker, title, subtitle, head, signed, paragraphs,
                html(content, removed));
        return new Content(metadata(date, null), List.of(story), notes);
    }

    private static MetadataBlock.Parsed metadata(LocalDate date, String publication) {
        return new MetadataBlock.Parsed(date, publication, null, 1, List.of());
    }

    /** The body: the configured selector's first match, else the first default that matches, else the densest block. */
    private Element content(Document document) {
        if (layout.content() != null) {
            return document.selectFirst(layout.content());
        }
        for (String selector : CONTENT) {
            for (Element candidate : document.select(selector)) {
                if (RawTextParser.strip(candidate.text()).length() >= MIN_BODY_CHARS) {
                    return candidate;
                }
            }
        }
        Element best = null;
        int bestLength = MIN_BODY_CHARS - 1;
        for (Element candidate : document.body().getAllElements()) {
            int length = 0;
            for (Element child : candidate.children()) {
                if (child.nameIs("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /**
     * A configured selector's first match; else, for the first default selector that matches near the body,
     * its match nearest before the body (or the first inside it). Elements far from the body, such as a
     * site logo in an {@code <h1>}, lose to the one just above the article.
     */
    private static Element find(Document document, String configured, List<String> defaults, Element content,
                                Map<Element, Integer> order) {
        if (configured != null) {
            return document.selectFirst(configured);
        }
        int contentAt = order.getOrDefault(content, Integer.MAX_VALUE);
        for (String selector : defaults) {
            Element before = null;
            Element inside = null;
            for (Element candidate : document.select(selector)) {
                if (candidate.text().isBlank() || candidate == content || candidate.getAllElements().contains(content)) {
                    continue;
                }
                if (order.getOrDefault(candidate, 0) < contentAt && !isInside(candidate, content)) {
                    before = candidate;
                } else if (inside == null && isInside(candidate, content)) {
                    inside = candidate;
                }
            }
            if (before != null || inside != null) {
                return before != null ? before : inside;
            }
        }
        return null;
    }

    private String headline(Document document, Map<String, Element> labelled, String configured, List<String> defaults,
                            Element content, Map<Element, Integer> order, Element beside, String... labels) {
        for (String label : labels) {
            if (labelled.containsKey(label)) {
                return emptyToNull(value(labelled.get(label)));
            }
        }
        Element found = find(document, configured, defaults, content, order);
        if (found == null && configured == null && beside != null && HEADINGS.contains(beside.normalName())
                && !beside.nameIs("h1") && NewsText.isHeadlineLike(RawTextParser.strip(beside.text()))) {
            found = beside;
        }
        return found == null ? null : emptyToNull(value(found));
    }

    /**
     * Elements labelled 引题, 主题, 副题 by their text, such as {@code <p>引题：…</p>} or
     * {@code <td>主题</td><td>…</td>}: each label mapped to the element holding the value.
     */
    private static Map<String, Element> labelled(Document document) {
        Map<String, Element> labelled = new java.util.HashMap<>();
        for (Element element : document.body().getAllElements()) {
            Matcher m = LABEL.matcher(RawTextParser.strip(element.ownText()));
            String label = m.matches() ? TraditionalForms.simplified(m.group("label")) : null;
            if (label == null || labelled.containsKey(label)) {
                continue;
            }
            if (!m.group("value").isBlank()) {
                labelled.put(label, element);
            } else if (element.nextElementSibling() != null && element.children().isEmpty()) {
                labelled.put(label, element.nextElementSibling());
            }
        }
        return labelled;
    }

    /** An element's text without the label it may open with. */
    private static String value(Element element) {
        String text = RawTextParser.strip(element.text());
        Matcher m = LABEL.matcher(text);
        return m.matches() && !m.group("value").isBlank() ? RawTextParser.strip(m.group("value")) : text;
    }

    /**
     * The byline element's credit: a head credit ({@code 本报讯（记者 王五）}), a byline line
     * ({@code 本报记者 周敏}), or, the element being known to name the authors, bare names ({@code 作者：陈静 刘洋}).
     */
    private BylineParser.Head byline(String text) {
        BylineParser.Head head = bylines.parseHead(text);
        if (head.prefix() != null || !head.reporters().isEmpty()) {
            return head;
        }
        String names = AUTHOR_LABEL.matcher(text).replaceFirst("");
        head = bylines.parseStandalone(names);
        if (head.reporters().isEmpty()) {
            head = new BylineParser.Head(null, null, bylines.parseNames(names).reporters(), null);
        }
        return head;
    }

    /** The {@code <title>}'s longest part, where sites join the headline and their name with a separator. */
    private static String documentTitle(Document document) {
        String best = null;
        for (String part : document.title().split("\\s*(?:--|_|\\||｜| - | — )\\s*")) {
            String stripped = RawTextParser.strip(part);
            if (!stripped.isEmpty() && (best == null || stripped.length() > best.length())) {
                best = stripped;
            }
        }
        return best;
    }

    /** The first page mark in the page's text (its header, or the {@code <title>}), or the configured element's. */
    private Page page(Document document) {
        if (layout.page() != null) {
            Element element = document.selectFirst(layout.page());
            return element == null ? null : PageMarker.find(element.text()).orElse(null);
        }
        for (Element element : document.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                Optional<Page> page = PageMarker.find(RawTextParser.strip(text.text()));
                if (page.isPresent()) {
                    return page.get();
                }
            }
        }
        return null;
    }

    /** A publication date in {@code <meta>} (or the 方正 {@code enpproperty} comment), or {@code null}. */
    private static LocalDate metaDate(Document document) {
        for (Element meta : document.select("meta[content]")) {
            String key = (meta.attr("name") + meta.attr("property") + meta.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (key.contains("modif") || !(key.contains("pubdate") || key.contains("publishdate")
                    || key.contains("publish_date") || key.contains("published") || key.contains("dc.date")
                    || key.equals("date") || key.contains("dcterms.issued"))) {
                continue;
            }
            LocalDate date = date(DATE, meta.attr("content"));
            if (date != null) {
                return date;
            }
        }
        for (Element element : document.getAllElements()) {
            for (Node child : element.childNodes()) {
                if (child instanceof Comment comment && comment.getData().contains("enpproperty")) {
                    Matcher m = FOUNDER_DATE.matcher(comment.getData());
                    LocalDate date = m.find() ? date(DATE, m.group(1)) : null;
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    /** A date such as {@code 2022年03月04日} printed above the body, as digital editions head their pages. */
    private static LocalDate dateAbove(Document document, Element content, Map<Element, Integer> order) {
        int contentAt = order.getOrDefault(content, Integer.MAX_VALUE);
        for (Element element : document.body().getAllElements()) {
            if (order.getOrDefault(element, Integer.MAX_VALUE) >= contentAt) {
                break;
            }
            LocalDate date = date(CHINESE_DATE, element.ownText());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate date(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                    Integer.parseInt(m.group("d")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The body's text, a line per block element or line break, stripped. Line ends in the HTML source are
     * layout: between Chinese characters they vanish, between Latin words they are a space.
     */
    static List<String> lines(Element content) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(collapse(textNode.getWholeText()));
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append('\n');
                }
            }
        }, content);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            String stripped = RawTextParser.strip(line);
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return lines;
    }

    /** Collapses runs of ASCII white space: to nothing at a line end beside Chinese text, else to one space. */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                int end = i;
                boolean newline = false;
                while (end < text.length() && " \t\n\r\f".indexOf(text.charAt(end)) >= 0) {
                    newline |= text.charAt(end) == '\n' || text.charAt(end) == '\r';
                    end++;
                }
                boolean chineseBefore = out.length() > 0 && MarkdownText.isChinese(out.codePointBefore(out.length()));
                boolean chineseAfter = end < text.length() && MarkdownText.isChinese(text.codePointAt(end));
                if (!(newline && (chineseBefore || chineseAfter))) {
                    out.append(' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The body as safe HTML, without the headline and byline lines taken out of it; {@code null} when it is
     * nothing but paragraphs, which {@code Article.paragraphs} already hold.
     */
    private String html(Element content, Set<String> removed) {
        Element body = content.clone();
        for (Element element : body.getAllElements()) {
            if (element != body && removed.contains(RawTextParser.strip(element.text())) && element.parent() != null) {
                element.remove();
            }
        }
        for (TextNode text : body.selectXpath("//text()", TextNode.class)) {
            text.text(collapse(text.getWholeText()));
        }
        Document dirty = Document.createShell("");
        dirty.body().appendChild(body);
        Document cleaned = new Cleaner(safelist).clean(dirty);
        cleaned.select("img:not([src])").remove();
        trimBlocks(cleaned.body());
        boolean plain = cleaned.body().getAllElements().stream().allMatch(e -> PLAIN_TAGS.contains(e.normalName()));
        if (plain || cleaned.body().text().isBlank() && cleaned.select("img").isEmpty()) {
            return null;
        }
        cleaned.outputSettings().prettyPrint(false);
        return cleaned.body().html().strip();
    }

    /** Strips the indentation (full-width spaces, no-break spaces) printed pages put at each paragraph's start. */
    private static void trimBlocks(Element root) {
        for (TextNode text : root.selectXpath("//text()", TextNode.class)) {
            Node before = text.previousSibling();
            Node after = text.nextSibling();
            String value = text.getWholeText();
            if (before == null && text.parent() != null && text.parent().isBlock()
                    || before instanceof Element e && (e.nameIs("br") || e.isBlock())) {
                value = stripStart(value);
            }
            if (after == null && text.parent() != null && text.parent().isBlock()
                    || after instanceof Element e && (e.nameIs("br") || e.isBlock())) {
                value = RawTextParser.strip("x" + value).substring(1);
            }
            text.text(value);
        }
    }

    private static String stripStart(String value) {
        String stripped = RawTextParser.strip(value + "x");
        return stripped.substring(0, stripped.length() - 1);
    }

    private static Map<Element, Integer> documentOrder(Document document) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        Elements all = document.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        return order;
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static int line(Element element) {
        int line = element.sourceRange().start().lineNumber();
        return Math.max(line, 0);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
