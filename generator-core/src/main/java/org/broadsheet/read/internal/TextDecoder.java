package org.broadsheet.read.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a seed file's bytes into text with {@code \n} line ends, detecting its encoding: a byte-order
 * mark (UTF-8, UTF-16) first, then strict UTF-8, then strict GB18030 (a superset of GBK and GB2312, the
 * encodings of most older Chinese archives), then Big5 (Hong Kong and Taiwan archives in traditional
 * characters, which GB18030 reads without error as nonsense). Anything else is refused with the line where
 * decoding failed, never decoded wrongly in silence.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Big5 with Hong Kong's additions where the runtime has it (a trimmed runtime may have no Big5 at all). */
    private static final Charset BIG5 = Charset.isSupported("Big5-HKSCS") ? Charset.forName("Big5-HKSCS")
            : Charset.isSupported("Big5") ? Charset.forName("Big5") : null;

    private TextDecoder() {
    }

    /** The decoded text and the charset it was in. */
    public record Decoded(String text, Charset charset) {
    }

    /** Why bytes could not be decoded, and the 1-based line where it showed. */
    public static final class UndecodableException extends Exception {
        private final int line;

        UndecodableException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static Decoded decode(byte[] bytes) throws UndecodableException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(normaliseLineEnds(strict(bytes, 3, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(normaliseLineEnds(strict(bytes, 2, StandardCharsets.UTF_16LE)), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(normaliseLineEnds(strict(bytes, 2, StandardCharsets.UTF_16BE)), StandardCharsets.UTF_16BE);
        }
        refuseBinary(bytes);
        // Most seeds are well-formed UTF-8, decoded once: the decoder puts U+FFFD for every malformed sequence, so
        // text without one came from valid bytes. Only a file with one (or holding U+FFFD itself) is checked line
        // by line, to tell GB18030 from mixed encodings and name the first bad line.
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (utf8.indexOf('\uFFFD') < 0) {
            return new Decoded(normaliseLineEnds(utf8), StandardCharsets.UTF_8);
        }
        List<Integer> utf8Lines = new ArrayList<>();
        List<Integer> otherLines = new ArrayList<>();
        int lines = classifyLines(bytes, utf8Lines, otherLines);
        if (cutShortUtf8(bytes)) {
            throw new UndecodableException(lines, "the file ends in the middle of a character, as if cut short"
                    + " (the rest is UTF-8); copy it again from its source");
        }
        if (otherLines.isEmpty()) {
            return new Decoded(normaliseLineEnds(utf8), StandardCharsets.UTF_8);
        }
        if (!utf8Lines.isEmpty()) {
            throw new UndecodableException(otherLines.get(0), "mixed encodings: line " + utf8Lines.get(0)
                    + " is UTF-8 but line " + otherLines.get(0) + " is not; convert the file to one encoding (UTF-8)");
        }
        try {
            String text = strict(bytes, 0, GB18030);
            if (looksLikeText(text)) {
                return new Decoded(normaliseLineEnds(text), GB18030);
            }
        } catch (UndecodableException gb) {
            // Most likely a GBK file with a broken byte (or cut short): where GB18030 failed is where to look.
            throw new UndecodableException(gb.line(), "not valid UTF-8 (from line " + otherLines.get(0)
                    + "), and not valid GB18030/GBK at line " + gb.line() + "; convert the file to UTF-8");
        }
        if (BIG5 != null) {
            try {
                String text = strict(bytes, 0, BIG5);
                if (looksLikeText(text)) {
                    return new Decoded(normaliseLineEnds(text), BIG5);
                }
            } catch (UndecodableException ignored) {
                // neither: the message below names the first line that is not UTF-8
            }
        }
        throw new UndecodableException(otherLines.get(0),
                "not valid UTF-8, and not GB18030/GBK or Big5 text either; convert the file to UTF-8");
    }

    private static void refuseBinary(byte[] bytes) throws UndecodableException {
        int line = 1;
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                boolean utf16 = looksLikeUtf16(bytes);
                throw new UndecodableException(line, utf16
                        ? "looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)"
                        : "binary file: NUL byte at line " + line);
            } else if (b < 0x20 && b != '\t' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (controls > 8 && controls * 100L > bytes.length) {
            throw new UndecodableException(1, "binary file: " + controls + " control characters");
        }
    }

    /** Text in UTF-16 has NULs in every other byte (the high byte of ASCII), and few in the others. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = Math.max(1, n / 2);
        return Math.max(even, odd) * 10 >= pairs * 3 && Math.min(even, odd) * 20 < pairs;
    }

    /**
     * Sorts the lines holding non-ASCII bytes into those that read as UTF-8 Chinese and the rest. A GBK line of a
     * character or two can be well-formed UTF-8 by chance ({@code 一} is {@code D2 BB}, which UTF-8 reads as the
     * Cyrillic {@code һ}): a line counts as UTF-8 only when UTF-8 makes a Chinese character or mark of it, so that
     * a short line does not make a GBK file look like a mix of encodings.
     */
    private static int classifyLines(byte[] bytes, List<Integer> utf8Lines, List<Integer> otherLines) {
        int start = 0;
        int line = 1;
        for (int i = 0; i <= bytes.length; i++) {
            // Lines end as the text's will (CR LF, CR or LF): neither byte occurs inside a UTF-8 or GBK character.
            if (i == bytes.length || bytes[i] == '\n' || bytes[i] == '\r') {
                if (hasNonAscii(bytes, start, i)) {
                    boolean utf8 = isUtf8(bytes, start, i)
                            && hasChinese(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                    (utf8 ? utf8Lines : otherLines).add(line);
                }
                if (i < bytes.length && bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                if (i < bytes.length) {
                    line++;
                }
                start = i + 1;
            }
        }
        return line;
    }

    /**
     * Whether the bytes are UTF-8 but for their last one to three, which begin a character that the file ends
     * before finishing: a file cut short in copying, not a file in another encoding.
     */
    private static boolean cutShortUtf8(byte[] bytes) {
        for (int k = 1; k <= 3 && k <= bytes.length; k++) {
            int b = bytes[bytes.length - k] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            int needs = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
            return needs >= k && isUtf8(bytes, 0, bytes.length - k);
        }
        return false;
    }

    /**
     * Whether {@code bytes[from, to)} is well-formed UTF-8 as RFC 3629 defines it (as Java's strict decoder
     * reads it): no overlong forms, no surrogates, nothing past U+10FFFF. Checked by hand because every line of
     * every seed goes through here, and a decoder per line made a tenth of the reading time.
     */
    static boolean isUtf8(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int trailing;
            if (lead >= 0xC2 && lead <= 0xDF) {
                trailing = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                trailing = 2;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                trailing = 3;
            } else {
                return false;
            }
            if (i + trailing >= to) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F
                    || lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F) {
                return false;
            }
            for (int k = 1; k <= trailing; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += trailing + 1;
        }
        return true;
    }

    /** Whether {@code text} holds a Han character, a CJK mark ({@code 、。《》【】}) or a full-width form. */
    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(TextDecoder::isChinese);
    }

    /** A Han character, a CJK mark ({@code U+3000}–{@code U+303F}) or a full-width form. */
    private static boolean isChinese(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    private static boolean hasNonAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return true;
            }
        }
        return false;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UndecodableException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            // Counted as the text's lines will be: CR LF, CR and LF each end one.
            String partial = normaliseLineEnds(out.flip().toString());
            int line = 1 + (int) partial.chars().filter(c -> c == '\n').count();
            throw new UndecodableException(line, "not valid " + charset.name() + " at line " + line);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** GB18030 maps almost any byte soup to some character; real Chinese text is mostly Han, ASCII and punctuation. */
    private static boolean looksLikeText(String text) {
        long usual = text.codePoints().filter(cp -> cp == '\n' || cp == '\r' || cp == '\t'
                || (cp >= 0x20 && cp < 0x7F) || isChinese(cp) || (cp >= 0x2000 && cp <= 0x206F)).count();
        long all = text.codePoints().count();
        return all == 0 || usual * 100 >= all * 95;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
