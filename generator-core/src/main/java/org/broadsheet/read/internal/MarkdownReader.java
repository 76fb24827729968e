package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.model.Page;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Reads a Markdown seed. Front matter as in raw text; then each article begins with a level-1 heading, its
 * title. Directly under the title, a level-2 heading is its subtitle, and lines {@code 引题：…} and
 * {@code 副题：…} (or {@code kicker:}, {@code subtitle:}) give kicker and subtitle. The byline is read from
 * the first paragraph as in raw text ({@code 本报讯（记者 张三）3月2日…}), or is that paragraph when it is
 * nothing but a byline ({@code 本报记者 张三}). A paragraph that is only a page mark, such as
 * {@code 第01版：要闻}, starts a printed page for the articles after it.
 *
 * <p>Bodies are rendered by commonmark-java with raw HTML escaped (shown as the text it is, never run) and
 * link and image URLs restricted to {@code http}, {@code https}, {@code mailto} and relative ones, so a seed
 * cannot put script into the site. Thread-safe: the parser and renderer are.
 */
final class MarkdownReader implements KindReader {
    private static final Pattern LABEL = Pattern.compile(TraditionalForms.either(
            "^(?<label>引题|肩题|眉题|副题|kicker|subtitle)\\s*[：:]\\s*(?<value>\\S.*)$"), Pattern.CASE_INSENSITIVE);

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    /** Links and images may point only to the web or mail; {@code javascript:} and {@code data:} URLs are emptied. */
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    private final BylineParser bylines = new BylineParser();

    /** The blocks of one article: its title heading ({@code null} for text before any) and what follows. */
    private record Part(Heading title, Page page, List<Node> blocks) {
    }

    @Override
    public Content read(byte[] bytes) throws TextDecoder.UndecodableException {
        String text = TextDecoder.decode(bytes).text();
        MetadataBlock.Parsed front = MetadataBlock.frontMatter(text);
        List<RawTextParser.Note> notes = new ArrayList<>(front.notes());
        int firstLine = front.bodyLine();
        Document document = (Document) parser.parse(RawTextReader.skipLines(text, firstLine - 1));
        List<Part> parts = parts(document);
        if (parts.isEmpty()) {
            notes.add(new RawTextParser.Note(firstLine, true, "no text: the file holds no article"));
        }
        List<Story> stories = new ArrayList<>();
        for (Part part : parts) {
            if (part.title() == null) {
                notes.add(new RawTextParser.Note(line(part.blocks().get(0), firstLine), false,
                        "text before the first '# title' heading; kept as an article titled " + Story.UNTITLED));
            }
            stories.add(story(part, firstLine));
        }
        return new Content(front, stories, notes);
    }

    /** Splits the document's blocks at level-1 headings; page marks set the page of the articles after them. */
    private static List<Part> parts(Document document) {
        List<Part> parts = new ArrayList<>();
        Page page = null;
        Part current = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            Optional<Page> marker = block instanceof Paragraph ? PageMarker.ofLine(MarkdownText.of(block, " "))
                    : Optional.empty();
            if (marker.isPresent()) {
                page = marker.get();
            } else if (block instanceof Heading heading && heading.getLevel() == 1) {
                current = new Part(heading, page, new ArrayList<>());
                parts.add(current);
            } else {
                if (current == null) {
                    current = new Part(null, page, new ArrayList<>());
                    parts.add(current);
                }
                current.blocks().add(block);
            }
        }
        return parts;
    }

    private Story story(Part part, int firstLine) {
        String title = part.title() == null ? Story.UNTITLED : MarkdownText.of(part.title(), "");
        String kicker = null;
        String subtitle = null;
        List<Node> body = new ArrayList<>(part.blocks());
        // Headline lines directly under the title: a level-2 heading, or labelled lines.
        while (part.title() != null && !body.isEmpty()) {
            Node next = body.get(0);
            List<String[]> labels = next instanceof Paragraph ? labels(MarkdownText.of(next, "\n")) : List.of();
            if (next instanceof Heading heading && heading.getLevel() == 2 && subtitle == null) {
                subtitle = MarkdownText.of(heading, "");
            } else if (!labels.isEmpty()) {
                for (String[] label : labels) {
                    if (label[0].equals("副题") || label[0].equals("subtitle")) {
                        subtitle = label[1];
                    } else {
                        kicker = label[1];
                    }
                }
            } else {
                break;
            }
            body.remove(0);
        }
        BylineParser.Head head = new BylineParser.Head(null, null, List.of(), null);
        if (!body.isEmpty() && body.get(0) instanceof Paragraph first) {
            String text = MarkdownText.of(first, "");
            if (NewsText.isStandaloneByline(text) && body.size() > 1) {
                head = bylines.parseStandalone(text);
                body.remove(0);
            } else {
                head = bylines.parseHead(text);
            }
        }
        Document content = new Document();
        body.forEach(content::appendChild);
        MarkdownText.joinChineseLines(content);
        List<String> paragraphs = MarkdownText.blocks(content);
        List<String> signed = bylines.signedBesides(head, paragraphs);
        String html = body.isEmpty() ? null : renderer.render(content);
        Node start = part.title() != null ? part.title() : part.blocks().get(0);
        return new Story(line(start, firstLine), part.page(), kicker, title.isEmpty() ? Story.UNTITLED : title,
                subtitle, head, signed, paragraphs, html);
    }

    /** The labelled lines of a paragraph, as {label, value}; empty unless every line is labelled. */
    private static List<String[]> labels(String text) {
        List<String[]> labels = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LABEL.matcher(RawTextParser.strip(line));
            if (!m.matches()) {
                return List.of();
            }
            labels.add(new String[] {TraditionalForms.simplified(m.group("label")).toLowerCase(Locale.ROOT),
                    RawTextParser.strip(m.group("value"))});
        }
        return labels;
    }

    private static int line(Node node, int firstLine) {
        return node.getSourceSpans().isEmpty() ? firstLine : firstLine + node.getSourceSpans().get(0).getLineIndex();
    }
}
