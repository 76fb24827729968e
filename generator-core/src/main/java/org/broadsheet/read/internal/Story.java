package org.broadsheet.read.internal;

import java.util.List;
import org.broadsheet.model.Page;

/**
 * An article as a seed of any kind gives it, before it gets its id and its dateline is resolved.
 *
 * @param line       the 1-based line it starts on, for messages
 * @param head       the credit at its head
 * @param signed     reporters signed at its end who are not in the head
 * @param paragraphs the plain text of each block of the body
 * @param html       the body as sanitised HTML when the seed gave markup, or {@code null}
 */
record Story(int line, Page page, String kicker, String title, String subtitle, BylineParser.Head head,
             List<String> signed, List<String> paragraphs, String html) {
    /** The title of an article whose seed gives none. */
    static final String UNTITLED = "（无题）";

    Story {
        signed = List.copyOf(signed);
        paragraphs = List.copyOf(paragraphs);
    }
}
