package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.broadsheet.internal.Fingerprint;
import org.broadsheet.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the reader's cache stores of a seed comes back as it was read, its paragraphs decoded only when asked for. */
class OutcomeCodecTest {
    /** Reads an encoded outcome back from its head, its paragraphs fetched from its bodies when asked for. */
    private static IssueReader.Outcome decode(OutcomeCodec.Encoded encoded) throws IOException {
        byte[] bodies = encoded.bodies();
        return OutcomeCodec.read(encoded.head(),
                (start, length) -> Arrays.copyOfRange(bodies, (int) start, (int) start + length));
    }

    private static OutcomeCodec.Encoded encode(IssueReader.Outcome outcome) throws IOException {
        return OutcomeCodec.write(outcome);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed/2022-03-04.txt", "mixed/2022-03-04.md", "mixed/2022-03-05.html",
            "html/2022-03-06-gbk.html", "markdown/hostile.md", "html/no-article.html"})
    void aSeedsOutcomeComesBackEqualWithTheSameParagraphDigests(String seed) throws IOException {
        IssueReader.Outcome read = Fixtures.read(seed);
        IssueReader.Outcome back = decode(encode(read));
        assertEquals(read, back);
        if (read.issue() != null) {
            for (int i = 0; i < read.issue().articles().size(); i++) {
                List<String> paragraphs = read.issue().articles().get(i).paragraphs();
                List<String> cached = back.issue().articles().get(i).paragraphs();
                assertEquals(Fingerprint.digest(paragraphs), Fingerprint.digest(cached));
                assertEquals(new Fingerprint().add(paragraphs).hex(), new Fingerprint().add(cached).hex());
            }
        }
    }

    @Test
    void theHeadHoldsNoTextAndParagraphsDamagedAfterReadingAreRefusedOnlyWhenAskedFor() throws IOException {
        IssueReader.Outcome read = Fixtures.read("mixed/2022-03-04.txt");
        Article first = read.issue().articles().get(0);
        OutcomeCodec.Encoded encoded = encode(read);
        byte[] firstParagraph = first.paragraphs().get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(AssertionError.class, () -> indexOf(encoded.head(), firstParagraph), "no text in the head");
        IssueReader.Outcome back = decode(encoded);
        // Overwrite the first paragraph's first character after reading: the paragraphs were not fetched yet, so
        // the damage shows when they are, as an error rather than as wrong text.
        encoded.bodies()[indexOf(encoded.bodies(), firstParagraph)] = 'X';
        Article cached = back.issue().articles().get(0);
        assertEquals(first.title(), cached.title());
        java.io.UncheckedIOException damaged = assertThrows(java.io.UncheckedIOException.class,
                () -> cached.paragraphs().get(0));
        assertTrue(damaged.getMessage().contains(first.id()) && damaged.getMessage().contains("damaged"),
                damaged.getMessage());
        assertEquals(read.issue().articles().get(1).paragraphs(), back.issue().articles().get(1).paragraphs(),
                "another article's text is as written");
    }

    @Test
    void aHeadCutShortOrWithBytesLeftOverIsRefused() throws IOException {
        OutcomeCodec.Encoded encoded = encode(Fixtures.read("mixed/2022-03-04.txt"));
        byte[] head = encoded.head();
        assertThrows(IOException.class, () -> decode(new OutcomeCodec.Encoded(Arrays.copyOf(head, head.length - 1),
                encoded.bodies())));
        assertThrows(IOException.class, () -> decode(new OutcomeCodec.Encoded(Arrays.copyOf(head, head.length + 1),
                encoded.bodies())));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
