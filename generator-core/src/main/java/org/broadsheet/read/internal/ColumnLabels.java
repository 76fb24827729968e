package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A column's name printed over a headline that already has three lines (营商环境面对面 over a kicker, title and
 * subtitle) is left by the splitter as an article of its own with no text. It is the next article's: it goes
 * before that article's kicker.
 */
final class ColumnLabels {
    private ColumnLabels() {
    }

    static List<RawTextParser.Draft> foldIntoNext(List<RawTextParser.Draft> found) {
        List<RawTextParser.Draft> drafts = new ArrayList<>(found);
        List<RawTextParser.Draft> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            RawTextParser.Draft draft = drafts.get(i);
            RawTextParser.Draft next = i + 1 < drafts.size() ? drafts.get(i + 1) : null;
            // Not over a continuation (上接), whose headline it repeats, to be matched with its article.
            if (next != null && isLabelOnly(draft) && next.page() == draft.page()
                    && !RawTextParser.UNTITLED.equals(next.title())) {
                String kicker = next.kicker() == null ? draft.title() : draft.title() + " " + next.kicker();
                drafts.set(i + 1, new RawTextParser.Draft(draft.line(), next.page(), kicker, next.title(),
                        next.subtitle(), next.head(), next.signed(), next.paragraphs()));
                continue;
            }
            out.add(draft);
        }
        return out;
    }

    /** A one-line headline with no byline and no text. */
    private static boolean isLabelOnly(RawTextParser.Draft draft) {
        return draft.paragraphs().isEmpty() && draft.kicker() == null && draft.subtitle() == null
                && draft.head().prefix() == null && draft.head().reporters().isEmpty()
                && !RawTextParser.UNTITLED.equals(draft.title());
    }
}
