package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * What parsed Markdown says as plain text, and the Chinese handling of its line breaks: a line break inside
 * a paragraph joins Chinese text without a space (as the raw-text reader joins layout breaks), while between
 * Latin words it stays a space. Raw HTML is markup, not text: it has no plain text (the page shows it
 * escaped).
 *
 * <p>Stateless and thread-safe.
 */
final class MarkdownText {
    private MarkdownText() {
    }

    /** The text of a node, a soft line break read as {@code softBreak}. */
    static String of(Node node, String softBreak) {
        StringBuilder text = new StringBuilder();
        append(node, softBreak, text);
        return RawTextParser.strip(text.toString());
    }

    private static void append(Node node, String softBreak, StringBuilder text) {
        if (node instanceof Text t) {
            text.append(t.getLiteral());
        } else if (node instanceof Code c) {
            text.append(c.getLiteral());
        } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
            // markup, not text: shown escaped on the page, but not what a reader searches for
        } else if (node instanceof SoftLineBreak) {
            text.append(softBreak);
        } else if (node instanceof HardLineBreak) {
            text.append('\n');
        } else if (node instanceof FencedCodeBlock f) {
            text.append(f.getLiteral());
        } else if (node instanceof IndentedCodeBlock i) {
            text.append(i.getLiteral());
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                append(child, softBreak, text);
            }
        }
    }

    /**
     * The plain text of each block under a node, in order: paragraphs, headings, code blocks, and those
     * inside lists and block quotes; blank ones are left out. This is what search indexes.
     */
    static List<String> blocks(Node node) {
        List<String> out = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                add(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                add(heading);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                add(code);
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                add(code);
            }

            private void add(Node block) {
                String text = of(block, " ");
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        });
        return out;
    }

    /** Removes soft line breaks next to Chinese text, so neither the HTML nor the text shows a space there. */
    static void joinChineseLines(Node node) {
        List<SoftLineBreak> breaks = new ArrayList<>();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak softLineBreak) {
                breaks.add(softLineBreak);
            }
        });
        for (SoftLineBreak softBreak : breaks) {
            String before = softBreak.getPrevious() == null ? "" : of(softBreak.getPrevious(), " ");
            String after = softBreak.getNext() == null ? "" : of(softBreak.getNext(), " ");
            if (before.isEmpty() || after.isEmpty()
                    || isChinese(before.codePointBefore(before.length())) || isChinese(after.codePointAt(0))) {
                softBreak.unlink();
            }
        }
    }

    /** Han characters and the punctuation set with them, which take no space at a line break. */
    static boolean isChinese(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF
                || cp >= 0x2018 && cp <= 0x201F || cp == 0x2014 || cp == 0x2026 || cp == 0x00B7;
    }
}
