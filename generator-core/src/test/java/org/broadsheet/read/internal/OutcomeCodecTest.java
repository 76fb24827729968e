package org.broadsheet.read.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
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
    /** Reads an encoded outcome back, its paragraphs fetched from the same array when asked for. */
    private static IssueReader.Outcome decode(byte[] encoded) throws IOException {
        return OutcomeCodec.read(encoded,
                (start, length) -> Arrays.copyOfRange(encoded, (int) start, (int) start + length));
    }

    private static byte[] encode(IssueReader.Outcome outcome) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutcomeCodec.write(outcome, new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed/2022-03-04.txt", "mixed/2022-03-04.md", "mixed/2022-03-05.html",
            "html/2022-03-06-gbk.html", "markdown/hostile.md", "html/no-article.html"})
    void aSeedsOutcomeComesBackEqualWithTheSameParagraphDigests(String seed) throws IOException {
        IssueReader.Outcome read = Fixtures.read(seed);
        byte[] encoded = encode(read);
        IssueReader.Outcome back = decode(encoded);
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
    void paragraphsChangedInTheCachedBytesAreDecodedAsTheyNowAreOnlyWhenAskedFor() throws IOException {
        IssueReader.Outcome read = Fixtures.read("mixed/2022-03-04.txt");
        Article first = read.issue().articles().get(0);
        byte[] encoded = encode(read);
        IssueReader.Outcome back = decode(encoded);
        // Overwrite the first paragraph's first character in the encoded bytes after reading: the paragraphs were
        // not decoded yet, so the change shows when they are. (The cache guards its bytes with a checksum.)
        byte[] firstParagraph = first.paragraphs().get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(encoded, firstParagraph);
        encoded[at] = 'X';
        Article cached = back.issue().articles().get(0);
        assertEquals(first.title(), cached.title());
        assertNotEquals(first.paragraphs().get(0), cached.paragraphs().get(0));
        assertEquals('X', cached.paragraphs().get(0).charAt(0));
    }

    @Test
    void aBlockCutShortOrWithBytesLeftOverIsRefused() throws IOException {
        byte[] encoded = encode(Fixtures.read("mixed/2022-03-04.txt"));
        assertThrows(IOException.class, () -> decode(Arrays.copyOf(encoded, encoded.length - 1)));
        assertThrows(IOException.class, () -> decode(Arrays.copyOf(encoded, encoded.length + 1)));
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
