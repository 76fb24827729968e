package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An editor's note (编者按) is printed above the headline of the article it introduces, often under the name of
 * the column it opens, so the splitter, which starts an article at its headline, leaves both at the end of the
 * article before: this puts the note back at the head of its own article's text, and the column's name over its
 * headline as the kicker, where it has none.
 */
final class EditorsNotes {
    private static final Pattern NOTE = Pattern.compile(TraditionalForms.either(
            "^[【\\[［(（]?\\s*(?:编者按|编者的话|编前)\\s*[】\\]］)）]?\\s*[：:]?"));

    private EditorsNotes() {
    }

    static boolean isNote(String paragraph) {
        return NOTE.matcher(paragraph).lookingAt();
    }

    /**
     * Moves an editor's note that ends an article to the start of the next article on the same page; an article
     * that held nothing else (a note before the first headline) is then dropped.
     */
    static List<RawTextParser.Draft> moveToTheirArticles(List<RawTextParser.Draft> drafts) {
        List<RawTextParser.Draft> out = new ArrayList<>(drafts);
        for (int i = out.size() - 2; i >= 0; i--) {
            RawTextParser.Draft draft = out.get(i);
            RawTextParser.Draft next = out.get(i + 1);
            List<String> paragraphs = draft.paragraphs();
            if (paragraphs.isEmpty() || draft.page() != next.page()
                    || !isNote(paragraphs.get(paragraphs.size() - 1))) {
                continue;
            }
            int note = paragraphs.size() - 1;
            // The column's name above the note: a short line after the text's last sentence.
            boolean column = next.kicker() == null && note >= 2 && NewsText.isHeadlineLike(paragraphs.get(note - 1))
                    && NewsText.endsSentence(paragraphs.get(note - 2));
            int from = column ? note - 1 : note;
            List<String> moved = new ArrayList<>(next.paragraphs().size() + 1);
            moved.add(paragraphs.get(note));
            moved.addAll(next.paragraphs());
            out.set(i + 1, new RawTextParser.Draft(next.line(), next.page(), column ? paragraphs.get(from) : null,
                    next.title(), next.subtitle(), next.head(), next.signed(), moved));
            if (from == 0 && RawTextParser.UNTITLED.equals(draft.title())) {
                out.remove(i);
            } else {
                out.set(i, new RawTextParser.Draft(draft.line(), draft.page(), draft.kicker(), draft.title(),
                        draft.subtitle(), draft.head(), draft.signed(), paragraphs.subList(0, from)));
            }
        }
        return out;
    }
}
