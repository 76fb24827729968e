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
            "^[【\\[［(（]?\\s*(?:编者按|编者的话|编前)\\s*(?:[】\\]］)）]\\s*[：:]?|[：:]|\\s)"));

    private EditorsNotes() {
    }

    static boolean isNote(String paragraph) {
        return NOTE.matcher(paragraph).lookingAt();
    }

    /**
     * Moves an editor's note that ends an article to the start of the next article on the same page (not to a
     * continuation, which has no headline for it to stand above); an article that held nothing else (a note
     * before the first headline, or a column's name and its note) is then dropped. A note with no article
     * to go to stays an untitled article of its own, with a warning.
     */
    static List<RawTextParser.Draft> moveToTheirArticles(List<RawTextParser.Draft> drafts,
                                                        List<RawTextParser.Note> notes) {
        List<RawTextParser.Draft> out = new ArrayList<>(drafts);
        for (int i = out.size() - 1; i >= 0; i--) {
            RawTextParser.Draft draft = out.get(i);
            List<String> paragraphs = draft.paragraphs();
            if (paragraphs.isEmpty() || !isNote(paragraphs.get(paragraphs.size() - 1))) {
                continue;
            }
            RawTextParser.Draft next = i + 1 < out.size() ? out.get(i + 1) : null;
            boolean untitled = RawTextParser.UNTITLED.equals(draft.title());
            if (next == null || draft.page() != next.page() || RawTextParser.UNTITLED.equals(next.title())) {
                if (untitled && paragraphs.size() == 1) {
                    notes.add(new RawTextParser.Note(draft.line(), false, "editor's note (编者按) with no headline"
                            + " after it on its page; kept as an article titled " + RawTextParser.UNTITLED));
                }
                continue;
            }
            int note = paragraphs.size() - 1;
            // The column's name above the note: a short line after the text's last sentence, or the title the
            // splitter gave an article that holds only the note.
            boolean named = !untitled && note == 0 && draft.kicker() == null && draft.subtitle() == null
                    && draft.head().reporters().isEmpty();
            boolean column = named || note >= 2 && NewsText.isHeadlineLike(paragraphs.get(note - 1))
                    && NewsText.endsStatement(paragraphs.get(note - 2));
            String name = named ? draft.title() : column ? paragraphs.get(note - 1) : null;
            int from = column && !named ? note - 1 : note;
            List<String> moved = new ArrayList<>(next.paragraphs().size() + 1);
            moved.add(paragraphs.get(note));
            moved.addAll(next.paragraphs());
            String kicker = name == null ? next.kicker() : next.kicker() == null ? name : name + " " + next.kicker();
            out.set(i + 1, new RawTextParser.Draft(next.line(), next.page(), kicker, next.title(), next.subtitle(),
                    next.head(), next.signed(), moved));
            if (from == 0 && (untitled || named)) {
                out.remove(i);
            } else {
                out.set(i, new RawTextParser.Draft(draft.line(), draft.page(), draft.kicker(), draft.title(),
                        draft.subtitle(), draft.head(), draft.signed(), paragraphs.subList(0, from)));
            }
        }
        return out;
    }
}
