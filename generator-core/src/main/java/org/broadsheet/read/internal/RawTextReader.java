package org.broadsheet.read.internal;

import java.util.ArrayList;
import java.util.List;

/** Reads a raw-text seed: front matter, then the text {@link RawTextParser} splits into articles. */
final class RawTextReader implements KindReader {
    private final RawTextParser parser = new RawTextParser();

    @Override
    public Content read(byte[] bytes) throws TextDecoder.UndecodableException {
        String text = TextDecoder.decode(bytes).text();
        MetadataBlock.Parsed front = MetadataBlock.frontMatter(text);
        List<RawTextParser.Note> notes = new ArrayList<>(front.notes());
        RawTextParser.Result parsed = parser.parse(skipLines(text, front.bodyLine() - 1), front.bodyLine());
        notes.addAll(parsed.notes());
        List<Story> stories = new ArrayList<>();
        for (RawTextParser.Draft draft : parsed.articles()) {
            stories.add(new Story(draft.line(), draft.page(), draft.kicker(), draft.title(), draft.subtitle(),
                    draft.head(), draft.signed(), draft.paragraphs(), null));
        }
        return new Content(front, stories, notes);
    }

    static String skipLines(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines && at >= 0; i++) {
            at = text.indexOf('\n', at) + 1;
            if (at == 0) {
                return "";
            }
        }
        return text.substring(at);
    }
}
